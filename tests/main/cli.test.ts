import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { HELP } from '../../electron/cli/main';
import { CATALOG } from '../../shared/catalog/catalog';
import { TRACES_DIR } from '../traces/generate';
import { cli, expectOneLineError, jsonLines, OFFICE, ROOT } from './cliRunner';

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
