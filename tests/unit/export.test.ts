import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHistoryExport, parseHistoryLine, toCsv, toJson } from '../../shared/history/export';
import { parseRecord, recordSchema } from '../../shared/history/recordSchema';
import type { HistoryRecord } from '../../shared/history/types';
import { addDays } from '../../shared/time/zoned';
import { naturalBreak, prompt, recordArb, sitting } from './support/historyFixtures';

const D = '2024-06-03';
const RECORDS: HistoryRecord[] = [
  prompt(D, 'done', { at: Date.parse('2024-06-03T08:15:00Z'), endedAt: Date.parse('2024-06-03T08:15:50Z') }),
  naturalBreak(D, Date.parse('2024-06-03T10:00:00Z')),
  sitting(D, 1500, Date.parse('2024-06-03T09:30:00Z')),
];
const EXPORTED_AT = Date.parse('2024-06-04T07:00:00Z');

const ok = (text: string) => {
  const r = parseHistoryExport(text);
  if (!r.ok) throw new Error(`expected success, got: ${r.error}`);
  return r.records;
};
const error = (text: string) => {
  const r = parseHistoryExport(text);
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

describe('toCsv', () => {
  it('writes a header and one row per record, times in UTC ISO 8601 with the day key', () => {
    expect(toCsv(RECORDS).split('\r\n')).toEqual([
      'kind,day,start_utc,end_utc,reason,mobe_id,area,outcome,reps,target_reps,active_seconds,ended_by,focus,feel',
      'prompt,2024-06-03,2024-06-03T08:15:00.000Z,2024-06-03T08:15:50.000Z,due,neck-circles,neck,done,10,10,,,,',
      'natural-break,2024-06-03,2024-06-03T10:00:00.000Z,2024-06-03T10:10:00.000Z,lock,,,,,,,,,',
      'sitting,2024-06-03,2024-06-03T09:30:00.000Z,2024-06-03T09:55:30.000Z,,,,,,,1500,idle,,',
      '',
    ]);
  });

  it('writes only the header for no records', () => {
    expect(toCsv([])).toBe(
      'kind,day,start_utc,end_utc,reason,mobe_id,area,outcome,reps,target_reps,active_seconds,ended_by,focus,feel\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const odd = (mobeId: string) =>
      toCsv([prompt(D, 'done', { mobeId })])
        .split('\r\n')[1]
        .split(',')[5];
    expect(toCsv([prompt(D, 'done', { mobeId: 'a,"b"' })])).toContain(',"a,""b""",');
    expect(toCsv([prompt(D, 'done', { mobeId: 'two\nlines' })])).toContain(',"two\nlines",');
    expect(odd('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(odd('-neck')).toBe(`'-neck`);
    expect(odd('@sum')).toBe(`'@sum`);
    expect(odd('neck-circles')).toBe('neck-circles');
  });

  it('marks focus sets and writes the answer after one', () => {
    const rows = toCsv([
      prompt(D, 'done', { focus: 'set', reps: 40, targetReps: 40 }),
      {
        kind: 'feel',
        at: Date.parse('2024-06-03T08:20:00Z'),
        day: '2024-06-03',
        mobeId: 'neck-circles',
        area: 'neck',
        feel: 'hurt',
        targetReps: 40,
      },
    ]).split('\r\n');
    const header = rows[0].split(',');
    const cell = (row: string, column: string) => row.split(',')[header.indexOf(column)];
    expect(cell(rows[1], 'focus')).toBe('set');
    expect(cell(rows[1], 'feel')).toBe('');
    expect(cell(rows[2], 'kind')).toBe('feel');
    expect(cell(rows[2], 'feel')).toBe('hurt');
    expect(cell(rows[2], 'start_utc')).toBe('2024-06-03T08:20:00.000Z');
    expect(cell(rows[2], 'target_reps')).toBe('40');
  });

  it('has as many cells in every row as in the header', () => {
    fc.assert(
      fc.property(fc.array(recordArb(20), { maxLength: 30 }), (records) => {
        const rows = toCsv(records).trimEnd().split('\r\n');
        expect(rows).toHaveLength(records.length + 1);
        for (const row of rows) expect(row.split(',')).toHaveLength(14);
      }),
    );
  });
});

describe('toJson', () => {
  it('is an object naming its format, version and time, with the records as stored', () => {
    const parsed = JSON.parse(toJson(RECORDS, EXPORTED_AT));
    expect(parsed).toEqual({
      format: 'mobes-history',
      version: 1,
      exportedAt: '2024-06-04T07:00:00.000Z',
      records: RECORDS,
    });
  });

  it('is valid JSON with no records', () => {
    expect(JSON.parse(toJson([], EXPORTED_AT)).records).toEqual([]);
  });

  it('puts one record per line', () => {
    const lines = toJson(RECORDS, EXPORTED_AT).split('\n');
    expect(lines.filter((l) => l.includes('"kind"'))).toHaveLength(RECORDS.length);
  });
});

describe('parseHistoryExport', () => {
  it('reads back our JSON export', () => {
    expect(ok(toJson(RECORDS, EXPORTED_AT))).toEqual(RECORDS);
    expect(ok(toJson([], EXPORTED_AT))).toEqual([]);
  });

  it('reads JSON Lines, with CRLF, blank lines, a BOM and a final newline', () => {
    const lines = RECORDS.map((r) => JSON.stringify(r));
    expect(ok(lines.join('\n'))).toEqual(RECORDS);
    expect(ok(`\uFEFF${lines.join('\r\n')}\r\n\r\n`)).toEqual(RECORDS);
    expect(ok(`${lines[0]}\n\n${lines[1]}\n`)).toEqual(RECORDS.slice(0, 2));
    expect(ok(lines[2])).toEqual([RECORDS[2]]);
  });

  it('round-trips any records through both formats', () => {
    fc.assert(
      fc.property(fc.array(recordArb(400), { maxLength: 40 }), (records) => {
        expect(ok(toJson(records, EXPORTED_AT))).toEqual(records);
        if (records.length) expect(ok(records.map((r) => JSON.stringify(r)).join('\n'))).toEqual(records);
      }),
      { numRuns: 200 },
    );
  });

  it('names the record and field that are wrong in an export', () => {
    const bad = JSON.parse(toJson(RECORDS, EXPORTED_AT));
    bad.records[1].reason = 'nap';
    expect(error(JSON.stringify(bad))).toBe('records[1]: field "reason" must be one of idle, lock, suspend');
    bad.records[1] = { ...RECORDS[0], outcome: 'maybe' };
    expect(error(JSON.stringify(bad))).toBe(
      'records[1]: field "outcome" must be one of done, skipped, snoozed, missed',
    );
    bad.records[1] = 'prompt';
    expect(error(JSON.stringify(bad))).toBe('records[1]: the record must be an object');
  });

  it('names the line and field that are wrong in JSON Lines', () => {
    const lines = RECORDS.map((r) => JSON.stringify(r));
    const { day: _d, ...noDay } = RECORDS[2];
    expect(error([lines[0], '', JSON.stringify(noDay)].join('\n'))).toBe(
      'line 3: field "day" must be a day as YYYY-MM-DD',
    );
    expect(error([lines[0], lines[1].slice(0, 20)].join('\n'))).toMatch(/^line 2: not valid JSON \(/);
    expect(error([lines[0], JSON.stringify({ ...RECORDS[0], kind: 'nap' })].join('\n'))).toBe(
      'line 2: field "kind" must be one of prompt, natural-break, sitting, held, feel',
    );
  });

  it('explains files that are not ours', () => {
    expect(error('')).toBe('the file is empty: no history records found');
    expect(error(' \n\n')).toBe('the file is empty: no history records found');
    expect(error('[1, 2]')).toMatch(/^not a Mobes history file/);
    expect(error('"hello"')).toMatch(/^not a Mobes history file/);
    expect(error('{"settings": true}')).toMatch(/^not a Mobes history file/);
    expect(error('kind,day,start_utc\nprompt,2024-06-03,x')).toMatch(/^not valid JSON: /);
    expect(error(JSON.stringify({ format: 'other-app', records: [] }))).toBe(
      'not a Mobes history export: "format" is "other-app"',
    );
    expect(error(JSON.stringify({ format: 'mobes-history', version: 2, records: [] }))).toBe(
      'export version 2 is newer than this app reads (version 1)',
    );
    expect(error(JSON.stringify({ format: 'mobes-history', version: '1', records: [] }))).toBe(
      '"version" must be 1, got "1"',
    );
    expect(error(JSON.stringify({ format: 'mobes-history', version: 1, records: {} }))).toBe(
      '"records" must be a list of records',
    );
  });

  it('reports a cut-off export as broken JSON', () => {
    const text = toJson(RECORDS, EXPORTED_AT);
    expect(error(text.slice(0, text.length - 10))).toMatch(/^not valid JSON: /);
  });

  it('reads ten years of history in one go', () => {
    const records: HistoryRecord[] = [];
    for (let k = 0; k < 3653; k++) {
      const day = addDays('2015-01-05', k);
      for (let i = 0; i < 20; i++) records.push(i % 3 ? sitting(day, 900) : prompt(day, 'done'));
    }
    const text = records.map((r) => JSON.stringify(r)).join('\n');
    expect(ok(text)).toHaveLength(records.length);
    expect(ok(toJson(records, EXPORTED_AT))).toHaveLength(records.length);
  });
});

describe('parseHistoryLine', () => {
  it('reads a record and drops fields it does not know', () => {
    expect(parseHistoryLine(JSON.stringify({ ...RECORDS[0], mood: 'great' }), 1)).toEqual({
      ok: true,
      record: RECORDS[0],
    });
  });

  it('says which line is empty or torn', () => {
    expect(parseHistoryLine('', 7)).toEqual({ ok: false, error: 'line 7: is empty' });
    const torn = JSON.stringify(RECORDS[0]).slice(0, 30);
    expect(parseHistoryLine(torn, 12)).toEqual({
      ok: false,
      error: expect.stringMatching(/^line 12: not valid JSON/),
    });
  });

  it.each([
    ['at', -1, 'must not be before 1970'],
    ['at', 1.5, 'must be a whole number of milliseconds'],
    ['at', '2024-06-03', 'must be a time in epoch milliseconds'],
    ['endedAt', undefined, 'must be a time in epoch milliseconds'],
    ['day', '2024-02-30', 'must be a real date as YYYY-MM-DD'],
    ['day', '2023-06-03', 'must be the local date of the record (within a day of its time)'],
    ['reason', 'auto', 'must be one of due, manual, preview'],
    ['mobeId', 'Neck Circles', 'must be a mobe id'],
    ['area', 'knee', 'must be one of neck, hip, wrist, shoulder, spine, ankle'],
    ['outcome', 'later', 'must be one of done, skipped, snoozed, missed'],
    ['reps', -3, 'must not be negative'],
    ['targetReps', 501, 'must be at most 500'],
  ])('names a bad prompt %s (%j)', (field, value, message) => {
    const line = JSON.stringify({ ...RECORDS[0], [field]: value });
    expect(parseHistoryLine(line, 4)).toEqual({ ok: false, error: `line 4: field "${field}" ${message}` });
  });

  it.each([
    ['activeSeconds', -1, 'must not be negative'],
    ['activeSeconds', 'lots', 'must be a number of seconds'],
    ['endedBy', 'coffee', 'must be one of idle, lock, suspend, pause, off-hours, shutdown, crash'],
    ['start', null, 'must be a time in epoch milliseconds'],
  ])('names a bad sitting %s (%j)', (field, value, message) => {
    const line = JSON.stringify({ ...RECORDS[2], [field]: value });
    expect(parseHistoryLine(line, 9)).toEqual({ ok: false, error: `line 9: field "${field}" ${message}` });
  });

  it('accepts a day a zone away from the UTC date, and records whose clock went backwards', () => {
    // 00:30 in Kiritimati (UTC+14) is still the previous day in UTC.
    const at = Date.parse('2024-06-02T10:30:00Z');
    expect(parseRecord({ ...RECORDS[0], at, endedAt: at + 1000, day: '2024-06-03' }).ok).toBe(true);
    // The wall clock was set back during a bout: end before start is kept, not lost.
    const s = RECORDS[2] as Extract<HistoryRecord, { kind: 'sitting' }>;
    expect(parseRecord({ ...s, end: s.start - 60_000 }).ok).toBe(true);
  });
});

describe('recordSchema', () => {
  it('accepts every record shape the app writes', () => {
    fc.assert(
      fc.property(recordArb(400), (r) => {
        expect(recordSchema.safeParse(JSON.parse(JSON.stringify(r))).success).toBe(true);
      }),
    );
  });
});
