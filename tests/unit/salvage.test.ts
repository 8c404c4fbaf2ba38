import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HistoryIndex } from '../../shared/history/historyIndex';
import { readHistoryText } from '../../shared/history/readHistory';
import { rejectedFileContent, salvageHistory, setAsideNotice } from '../../shared/history/salvage';
import { MON_FRI, prompt, recordArb, sitting } from './support/historyFixtures';

const line = (r: unknown) => JSON.stringify(r);
const GOOD = [prompt('2024-01-02', 'done'), sitting('2024-01-02', 600), prompt('2024-01-03', 'skipped')];

/** Lines no version of Mobes could have written: not JSON, not records, records failing a check. */
const garbageArb = fc.oneof(
  fc.string({ minLength: 1 }).filter((s) => !s.includes('\n') && s.trim() !== '' && !isJson(s)),
  fc.constantFrom('[]', '42', 'null', '"text"', '{}', '{"kind":7}', '{"kind":"prompt"}'),
  fc.constant(line({ ...GOOD[1], activeSeconds: -1 })),
  fc.constant(line({ ...GOOD[0], day: '1999-12-31' })),
);

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

describe('salvageHistory', () => {
  it('keeps every readable record and sets aside exactly the bad lines, with their numbers', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb(30), { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), garbageArb), { maxLength: 5 }),
        (records, bad) => {
          const lines = records.map(line);
          for (const [pos, text] of bad) lines.splice(pos % (lines.length + 1), 0, text);
          // A good last line, so no bad line is the last one (that case is the torn line, below).
          lines.push(line(GOOD[0]));
          const s = salvageHistory(lines.map((l) => `${l}\n`).join(''));
          const expected = [...records, GOOD[0]].map((r) => JSON.parse(line(r)));
          expect(s.records).toEqual(expected);
          const badLines = lines.flatMap((l, i) => (bad.some(([, t]) => t === l) ? [i + 1] : []));
          expect(s.rejected.map((r) => r.lineNo)).toEqual(badLines);
          for (const r of s.rejected) expect(r.text).toBe(lines[r.lineNo - 1]);
          expect(s.torn).toBeNull();
          // What is kept is the good lines, byte for byte.
          expect(s.kept).toBe([...records, GOOD[0]].map((r) => `${line(r)}\n`).join(''));
        },
      ),
    );
  });

  it('treats an unparsable last line as torn (a crash mid-write) and says where it starts', () => {
    const text = `${line(GOOD[0])}\n${line(GOOD[1])}\n{"kind":"prompt","at":17`;
    const s = salvageHistory(text);
    expect(s.records).toEqual(GOOD.slice(0, 2));
    expect(s.rejected).toEqual([]);
    expect(s.torn).toMatchObject({ lineNo: 3, text: '{"kind":"prompt","at":17' });
    expect(text.slice(0, s.tornAt!)).toBe(`${line(GOOD[0])}\n${line(GOOD[1])}\n`);
    expect(s.endsWithNewline).toBe(false);
  });

  it('a last line that is complete JSON but invalid is not torn: it is set aside', () => {
    const s = salvageHistory(`${line(GOOD[0])}\n{"kind":"sitting"}\n`);
    expect(s.torn).toBeNull();
    expect(s.rejected).toEqual([
      { lineNo: 2, text: '{"kind":"sitting"}', error: expect.stringContaining('"start"') },
    ]);
  });

  it('keeps lines of a newer version apart: unknown kinds are not counted, extra fields are ignored', () => {
    const future = '{"kind":"focus-set","reps":40}';
    const extra = line({ ...GOOD[0], feeling: 'good' });
    const s = salvageHistory(`${future}\n${extra}\n`);
    expect(s.newer).toEqual([
      { lineNo: 1, text: future, error: 'a "focus-set" record, from a newer version of Mobes' },
    ]);
    expect(s.records).toEqual([GOOD[0]]);
    expect(s.kept).toBe(`${future}\n${extra}\n`);
  });

  it('the streak from a damaged file equals the streak without the bad lines', () => {
    const days = ['2024-01-01', '2024-01-02', '2024-01-03'];
    const records = days.flatMap((d) =>
      Array.from({ length: 3 }, (_, i) => prompt(d, 'done', { at: Date.parse(`${d}T1${i}:00:00Z`) })),
    );
    const lines = records.map(line);
    lines.splice(4, 0, 'garbage');
    const s = salvageHistory(lines.join('\n') + '\n');
    const rules = { dailyGoal: 3, workHours: MON_FRI };
    expect(new HistoryIndex(s.records, rules).streaks('2024-01-03')).toEqual({ current: 3, best: 3 });
  });

  it('ignores blank lines, CRLF ends and a byte order mark', () => {
    const s = salvageHistory(`\uFEFF${line(GOOD[0])}\r\n\n  \n${line(GOOD[1])}\r\n`);
    expect(s.records).toEqual(GOOD.slice(0, 2));
    expect(s.rejected).toEqual([]);
  });

  it('words the notice for one and for many lines, and writes rejected lines verbatim', () => {
    expect(setAsideNotice(1)).toBe(
      '1 line could not be read and was set aside; your history and streak are intact.',
    );
    expect(setAsideNotice(3)).toBe(
      '3 lines could not be read and were set aside; your history and streak are intact.',
    );
    const content = rejectedFileContent([{ lineNo: 12, text: '{"a":"\\u0000" broken', error: 'x' }]);
    expect(JSON.parse(content)).toEqual({ line: 12, text: '{"a":"\\u0000" broken', error: 'x' });
  });
});

describe('readHistoryText (mobes stats)', () => {
  it('reads both formats and lists what it skipped', () => {
    const jsonl = readHistoryText(`${line(GOOD[0])}\nbad\n`);
    expect(jsonl).toEqual({
      ok: true,
      reading: {
        records: [GOOD[0]],
        skipped: [{ where: '2', error: expect.stringContaining('not valid JSON') }],
        newer: [],
      },
    });
    const exported = JSON.stringify({
      format: 'mobes-history',
      version: 1,
      exportedAt: '2024-01-04T00:00:00Z',
      records: [GOOD[1], { kind: 'focus-set' }, { kind: 'prompt' }],
    });
    const read = readHistoryText(exported);
    expect(read.ok && read.reading.records).toEqual([GOOD[1]]);
    expect(read.ok && read.reading.newer.map((n) => n.where)).toEqual(['records[1]']);
    expect(read.ok && read.reading.skipped.map((n) => n.where)).toEqual(['records[2]']);
  });

  it('refuses files that are not a Mobes history at all', () => {
    expect(readHistoryText('[1,2,3]')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a Mobes history file'),
    });
    expect(readHistoryText('  \n')).toMatchObject({ ok: false, error: expect.stringContaining('empty') });
  });
});
