/** mobes stats: its figures from a history file, and a history with unreadable lines. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../shared/history/export';
import type { HistoryRecord } from '../../shared/history/types';
import { parseTrace } from '../../shared/trace/parse';
import { replay } from '../../shared/sim/replay';
import { at } from '../unit/support/engineRig';
import { cli, expectOneLineError, jsonLines, OFFICE } from './cliRunner';

describe('mobes stats', () => {
  const records = replay(parseTrace(readFileSync(OFFICE, 'utf8'))).records;
  // The office day and a day two days later with nothing done.
  const later: HistoryRecord = {
    kind: 'sitting',
    start: at('2026-03-04T09:00'),
    end: at('2026-03-04T10:00'),
    day: '2026-03-04',
    activeSeconds: 3000,
    endedBy: 'idle',
  };
  const exported = toJson([...records, later], at('2026-03-05T12:00'));
  const jsonl = records.map((r) => JSON.stringify(r)).join('\n') + '\n';

  it('prints daily summaries and streaks of a JSON export as JSON Lines', () => {
    const r = cli(['stats', 'h.json', '--json'], { 'h.json': exported });
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.day ?? l.event)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', 'streaks']);
    const done = records.filter((x) => x.kind === 'prompt' && x.outcome === 'done').length;
    expect(lines[0]).toMatchObject({
      event: 'day',
      done,
      goal: 8,
      goalMet: true,
      workDay: true,
      streak: { current: 1, best: 1 },
    });
    const sitting = records.reduce((s, x) => s + (x.kind === 'sitting' ? x.activeSeconds : 0), 0);
    expect(lines[0].sittingMinutes).toBeCloseTo(sitting / 60, 1);
    // Tuesday had no records and Wednesday no mobes: the streak is broken.
    expect(lines[2]).toMatchObject({
      done: 0,
      goalMet: false,
      sittingMinutes: 50,
      streak: { current: 0, best: 1 },
    });
    expect(lines[3]).toEqual({ event: 'streaks', today: '2026-03-04', goal: 8, current: 0, best: 1 });
  });

  it('reads JSON Lines records, takes --goal and --today', () => {
    const done = records.filter((x) => x.kind === 'prompt' && x.outcome === 'done').length;
    const r = cli(['stats', 'h.jsonl', '--json', `--goal=${done + 1}`, '--today', '2026-03-02'], {
      'h.jsonl': jsonl,
    });
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines[0]).toMatchObject({ goal: done + 1, goalMet: false });
    expect(lines.at(-1)).toEqual({
      event: 'streaks',
      today: '2026-03-02',
      goal: done + 1,
      current: 0,
      best: 0,
    });
  });

  it('prints a table by default', () => {
    const r = cli(['stats', 'h.json'], { 'h.json': exported });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^day\s+kind\s+done\s+not done\s+sitting min\s+longest min\s+breaks\s+streak$/);
    expect(lines.filter((l) => /^2026-03-0[234] /.test(l))).toHaveLength(3);
    expect(r.stdout).toMatch(/As of 2026-03-04: current streak 0, best 1 \(goal 8 a work day\)\./);
  });

  it('rejects bad options and bad files with one clear line', () => {
    expectOneLineError(
      cli(['stats', 'h.json', '--goal', '0'], { 'h.json': exported }),
      2,
      /--goal must be at least 1/,
    );
    expectOneLineError(
      cli(['stats', 'h.json', '--goal', 'many'], { 'h.json': exported }),
      2,
      /--goal must be a number/,
    );
    expectOneLineError(
      cli(['stats', 'h.json', '--today', '2026-02-30'], { 'h.json': exported }),
      2,
      /--today must be a date/,
    );
    const none = cli(['stats', 'h.jsonl'], { 'h.jsonl': '{"kind":"prompt"\n' });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(
      /^mobes: h\.jsonl:1: skipped: not valid JSON \(.*\)\nmobes: h\.jsonl: no readable history records in the file\n$/,
    );
    expectOneLineError(
      cli(['stats', 'h.json'], { 'h.json': '{"format":"mobes-history","version":7,"records":[]}' }),
      1,
      /^mobes: h\.json: export version 7 is newer than this app reads/,
    );
    expectOneLineError(cli(['stats', 'missing.json']), 1, /cannot read missing\.json: no such file/);
  });
});

describe('mobes stats with unreadable lines', () => {
  const records = replay(parseTrace(readFileSync(OFFICE, 'utf8'))).records;
  const lines = records.map((r) => JSON.stringify(r));
  const negative = lines[3].replace(/"(activeSeconds|reps)":\d+/, '"$1":-4');
  const damaged = [
    ...lines.slice(0, 3),
    'garbage',
    negative,
    ...lines.slice(4),
    '{"kind":"focus-set","reps":3}',
  ]
    .map((l) => `${l}\n`)
    .join('');
  const clean = cli(['stats', 'h.jsonl', '--json'], {
    'h.jsonl': lines.slice(0, 3).concat(lines.slice(4)).join('\n'),
  });

  it('reports on every readable record and names each skipped line on stderr', () => {
    const r = cli(['stats', 'h.jsonl', '--json'], { 'h.jsonl': damaged });
    expect(r.code).toBe(0);
    // The same report as the file without the two bad lines.
    expect(r.stdout).toBe(clean.stdout);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^mobes: h\.jsonl:4: skipped: not valid JSON/),
      expect.stringMatching(
        /^mobes: h\.jsonl:5: skipped: field "(activeSeconds|reps)" must not be negative$/,
      ),
      `mobes: h.jsonl:${lines.length + 2}: not counted: a "focus-set" record, from a newer version of Mobes`,
    ]);
  });

  it('names a bad record of an export by its index', () => {
    const exported = JSON.parse(toJson(records, at('2026-03-05T12:00')));
    exported.records[2] = { ...exported.records[2], day: 'yesterday' };
    const r = cli(['stats', 'h.json'], { 'h.json': JSON.stringify(exported) });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^mobes: h\.json: records\[2\]: skipped: field "day" must be a real date/);
  });

  it('--strict makes any unreadable line an error with a non-zero exit', () => {
    const r = cli(['stats', 'h.jsonl', '--strict'], { 'h.jsonl': damaged });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/h\.jsonl:4: skipped/);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      'mobes: h.jsonl: 2 records could not be read (--strict)',
    );
    // A clean file passes --strict, and a newer version's record is not an error.
    const newerOnly = cli(['stats', 'h.jsonl', '--strict'], {
      'h.jsonl': `${lines.join('\n')}\n{"kind":"focus-set"}\n`,
    });
    expect(newerOnly.code).toBe(0);
  });
});
