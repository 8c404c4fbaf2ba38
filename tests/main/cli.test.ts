import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { HELP, main } from '../../electron/cli/main';
import type { CliIo } from '../../electron/cli/io';
import { CATALOG } from '../../shared/catalog/catalog';
import { toJson } from '../../shared/history/export';
import type { HistoryRecord } from '../../shared/history/types';
import { parseTrace } from '../../shared/trace/parse';
import { replay } from '../../shared/sim/replay';
import { TRACES_DIR } from '../traces/generate';
import { at } from '../unit/support/engineRig';

const ROOT = join(__dirname, '..', '..');
const OFFICE = join(TRACES_DIR, 'office-day.jsonl');

/** Runs the CLI in-process with files from `files` (or the disk for paths not in it). */
function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (path) => {
      if (path in files) return files[path];
      return readFileSync(path, 'utf8');
    },
  };
  const code = main(argv, io);
  return { code, stdout, stderr };
}

const jsonLines = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));

/** A clear one-line error naming the file, and no stack trace. */
function expectOneLineError(
  r: { code: number; stdout: string; stderr: string },
  code: number,
  pattern: RegExp,
) {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^mobes: .*\n$/);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
}

describe('mobes --help and usage', () => {
  it('prints help', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['replay', '--help']]) {
      const r = cli(argv);
      expect(r).toEqual({ code: 0, stdout: HELP, stderr: '' });
    }
    expect(HELP).toMatch(/mobes catalog/);
    expect(HELP).toMatch(/mobes replay TRACE \[--summary-only\]/);
    expect(HELP).toMatch(/mobes stats FILE/);
  });

  it('rejects a missing or unknown command and bad options with exit 2', () => {
    expectOneLineError(cli([]), 2, /a command is needed/);
    expectOneLineError(cli(['dance']), 2, /unknown command "dance"/);
    expectOneLineError(cli(['catalog', '--yaml']), 2, /unknown option --yaml for "catalog"/);
    expectOneLineError(cli(['catalog', 'extra']), 2, /"catalog" takes no arguments/);
    expectOneLineError(cli(['replay']), 2, /"replay" needs a trace file/);
    expectOneLineError(cli(['replay', 'a', 'b']), 2, /"replay" takes one trace file, got 2: a b/);
    expectOneLineError(
      cli(['replay', OFFICE, '--summary-only=yes']),
      2,
      /--summary-only of "replay" takes no value/,
    );
    expectOneLineError(cli(['stats', 'h.json', '--goal']), 2, /option --goal of "stats" needs a value/);
  });
});

describe('mobes catalog', () => {
  it('prints the catalog as JSON', () => {
    const r = cli(['catalog', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(CATALOG)));
  });

  it('prints a table with one row per mobe', () => {
    const r = cli(['catalog']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^id\s+name\s+area\s+postures\s+s\/rep\s+reps\s+focus\s+sides$/);
    for (const m of CATALOG) {
      const row = lines.find((l) => l.startsWith(`${m.id} `));
      expect(row, m.id).toContain(m.name);
      expect(row?.split(/\s{2,}/).slice(-2), m.id).toEqual([
        `${m.focusReps.min}-${m.focusReps.max}`,
        m.sides,
      ]);
    }
    expect(r.stdout).toContain(`${CATALOG.length} mobes.`);
  });
});

describe('mobes replay', () => {
  it('prints decisions and day summaries as JSON Lines', () => {
    const r = cli(['replay', OFFICE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = jsonLines(r.stdout);
    expect(lines.filter((l) => l.event === 'prompt').length).toBeGreaterThan(10);
    expect(lines.at(-1)).toMatchObject({ event: 'day', day: '2026-03-02' });
  });

  it('--summary-only prints only the day lines, the same as the full output ends with', () => {
    const full = jsonLines(cli(['replay', OFFICE]).stdout);
    const summary = cli(['replay', '--summary-only', OFFICE]);
    expect(summary.code).toBe(0);
    expect(jsonLines(summary.stdout)).toEqual(full.filter((l) => l.event === 'day'));
  });

  const start = '{"type":"start","at":"2026-03-02T08:55:00","zone":"Europe/Berlin"}';
  it.each([
    [
      'a malformed line',
      `${start}\n{"at":"2026-03-02T09:00:00","type":"idle"`,
      /^mobes: t\.jsonl:2: malformed JSON/,
    ],
    [
      'an unknown event',
      `${start}\n\n{"at":"2026-03-02T09:00:00","type":"power","event":"hibernate"}`,
      /^mobes: t\.jsonl:3: unknown event "hibernate"/,
    ],
    [
      'a timestamp earlier than the previous line',
      `${start}\n{"at":"2026-03-02T08:50:00","type":"idle","idleSeconds":0}`,
      /^mobes: t\.jsonl:2: time "2026-03-02T08:50:00" is earlier than the previous line's/,
    ],
    ['an empty file', '', /^mobes: t\.jsonl: the trace is empty/],
  ])('names the file and line of %s', (_name, text, pattern) => {
    expectOneLineError(cli(['replay', 't.jsonl'], { 't.jsonl': text }), 1, pattern);
  });

  it('says when the file is missing or a directory', () => {
    expectOneLineError(
      cli(['replay', join(ROOT, 'no-such-trace.jsonl')]),
      1,
      /cannot read .*no-such-trace\.jsonl: no such file/,
    );
    expectOneLineError(cli(['replay', TRACES_DIR]), 1, /cannot read .*traces: it is a directory/);
  });
});

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

describe('the bundled CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mobes-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds with the package build:cli options and runs with node', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin.mobes).toBe('out/cli/mobes.js');
    expect(pkg.scripts['build:cli']).toContain('electron/cli/main.ts');
    const outfile = join(dir, 'mobes.js');
    await build({
      entryPoints: [join(ROOT, 'electron/cli/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'warning',
    });
    const catalog = spawnSync(process.execPath, [outfile, 'catalog', '--json'], { encoding: 'utf8' });
    expect(catalog.status).toBe(0);
    expect(JSON.parse(catalog.stdout)).toHaveLength(CATALOG.length);
    const bad = spawnSync(process.execPath, [outfile, 'replay', join(dir, 'nothing.jsonl')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^mobes: cannot read .*nothing\.jsonl: no such file\n$/);
  }, 30_000);
});
