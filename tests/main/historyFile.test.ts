import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { english, lines, open, prompt, run, sitting, useHistoryFolder } from './historyFileRig';

useHistoryFolder();

describe('history file', () => {
  it('starts empty when there is no file', () => {
    expect(open().load()).toEqual({ records: [], notices: [] });
  });

  it('appends whole lines and reads them back', () => {
    const h = open();
    h.load();
    h.append([sitting(1), prompt]);
    h.append([sitting(2)]);
    h.append([]);
    h.close();
    expect(lines()).toHaveLength(4); // three lines + the final newline
    expect(open().load()).toEqual({ records: [sitting(1), prompt, sitting(2)], notices: [] });
  });

  it('append never reads the file (cost independent of history length)', () => {
    const h = open();
    h.load();
    h.append([sitting(1)]);
    // Damage the start of the file behind its back: an append that re-read or rewrote it would notice.
    const body = readFileSync(run.file, 'utf8');
    writeFileSync(run.file, `GARBAGE\n${body}`);
    h.append([sitting(2)]);
    h.close();
    expect(lines()).toEqual(['GARBAGE', JSON.stringify(sitting(1)), JSON.stringify(sitting(2)), '']);
  });

  it('drops a torn last line (crash mid-write), cuts it off, and the next append starts clean', () => {
    writeFileSync(
      run.file,
      `${JSON.stringify(sitting(1))}\n${JSON.stringify(prompt)}\n{"kind":"sitting","start":17`,
    );
    const h = open();
    const loaded = h.load();
    expect(loaded.records).toEqual([sitting(1), prompt]);
    expect(loaded.notices).toEqual([]);
    expect(run.logs.join()).toContain('dropped an incomplete last line');
    h.append([sitting(2)]);
    h.close();
    expect(open().load().records).toEqual([sitting(1), prompt, sitting(2)]);
  });

  it('sets aside a complete but invalid last line like any other bad line (it is not torn)', () => {
    writeFileSync(run.file, `${JSON.stringify(sitting(1))}\n{"kind":"prompt","at":"soon"}\n`);
    const loaded = open().load();
    expect(loaded.records).toEqual([sitting(1)]);
    expect(english(loaded.notices[0])).toMatch(
      /^1 line could not be read and was set aside; your history and streak are intact\./,
    );
    expect(readFileSync(run.file, 'utf8')).toBe(`${JSON.stringify(sitting(1))}\n`);
  });

  it('adds a missing final newline to a complete last record', () => {
    writeFileSync(run.file, JSON.stringify(sitting(1)));
    const h = open();
    expect(h.load().records).toEqual([sitting(1)]);
    h.append([sitting(2)]);
    h.close();
    expect(open().load().records).toEqual([sitting(1), sitting(2)]);
  });

  it('1,000 records and one bad line: all 1,000 load, the bad line is set aside verbatim with its number', () => {
    const good = Array.from({ length: 1000 }, (_, i) => sitting(i));
    const bad = '{"kind":"sitting", oops';
    const text = [
      ...good.slice(0, 500).map((r) => JSON.stringify(r)),
      bad,
      ...good.slice(500).map((r) => JSON.stringify(r)),
    ]
      .map((l) => `${l}\n`)
      .join('');
    writeFileSync(run.file, text);
    const loaded = open().load();
    expect(loaded.records).toEqual(good);
    expect(loaded.notices).toHaveLength(1);
    const rejected = join(run.dir, 'history.rejected-2025-03-05T12-00-00-000Z.jsonl');
    const original = join(run.dir, 'history.original-2025-03-05T12-00-00-000Z.jsonl');
    expect(english(loaded.notices[0])).toBe(
      `1 line could not be read and was set aside; your history and streak are intact. The unreadable lines are in ${rejected}; the file as it was is kept as ${original}.`,
    );
    expect(readFileSync(original, 'utf8')).toBe(text); // untouched copy, byte for byte
    const aside = readFileSync(rejected, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(aside).toEqual([{ line: 501, text: bad, error: expect.stringContaining('not valid JSON') }]);
    expect(readFileSync(run.file, 'utf8')).toBe(good.map((r) => `${JSON.stringify(r)}\n`).join(''));
    // Repaired once: the next start is quiet and finds the same records.
    expect(open().load()).toEqual({ records: good, notices: [] });
  });

  it('a line that is JSON but fails a check (a day that does not match its time) is set aside the same way', () => {
    const wrongDay = JSON.stringify({ ...sitting(2), day: '2019-01-01' });
    writeFileSync(run.file, `${JSON.stringify(sitting(1))}\n${wrongDay}\n${JSON.stringify(prompt)}\n`);
    const loaded = open().load();
    expect(loaded.records).toEqual([sitting(1), prompt]);
    const aside = JSON.parse(
      readFileSync(join(run.dir, 'history.rejected-2025-03-05T12-00-00-000Z.jsonl'), 'utf8'),
    );
    expect(aside).toEqual({ line: 2, text: wrongDay, error: expect.stringContaining('field "day"') });
  });

  it('keeps records of a newer version untouched on disk, counts none of an unknown kind, and never deletes them', () => {
    const future = '{"kind":"focus-set","at":1741176000000,"area":"neck","reps":40}';
    const extra = JSON.stringify({ ...sitting(2), posture: 'standing' });
    const text = `${JSON.stringify(sitting(1))}\n${future}\n${extra}\nnot json\n${JSON.stringify(prompt)}\n`;
    writeFileSync(run.file, text);
    const loaded = open().load();
    // The extra field is ignored; the record still counts. The unknown kind is left out.
    expect(loaded.records).toEqual([sitting(1), sitting(2), prompt]);
    // Rewritten without the bad line only: the newer lines are exactly as they were.
    expect(readFileSync(run.file, 'utf8')).toBe(
      `${JSON.stringify(sitting(1))}\n${future}\n${extra}\n${JSON.stringify(prompt)}\n`,
    );
    const h = open();
    h.load();
    h.append([sitting(3)]);
    h.close();
    expect(readFileSync(run.file, 'utf8')).toContain(`${future}\n${extra}\n`);
  });

  it('starts empty only when no line at all is readable: the file is moved aside and the user told', () => {
    const original = 'not json at all\n{"kind":"prompt"}\nstill not\n';
    writeFileSync(run.file, original);
    const h = open();
    const loaded = h.load();
    expect(loaded.records).toEqual([]);
    expect(loaded.notices).toHaveLength(1);
    const moved = join(run.dir, 'history.corrupt-2025-03-05T12-00-00-000Z.jsonl');
    expect(english(loaded.notices[0])).toContain(moved);
    expect(english(loaded.notices[0])).toContain('no line of it is readable; line 1');
    expect(readFileSync(moved, 'utf8')).toBe(original); // kept byte for byte
    expect(existsSync(run.file)).toBe(false);
    h.append([sitting(3)]);
    h.close();
    expect(open().load().records).toEqual([sitting(3)]);
  });

  it('readAll returns what is on disk, skipping bad lines, without changing the file', () => {
    const text = `${JSON.stringify(sitting(1))}\nbad\n${JSON.stringify(prompt)}\n`;
    writeFileSync(run.file, text);
    expect(open().readAll()).toEqual([sitting(1), prompt]);
    expect(readFileSync(run.file, 'utf8')).toBe(text);
  });
});
