/** Runs the CLI in process, with its output and exit code, for the cli*.test.ts suites. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../electron/cli/main';
import type { CliIo } from '../../electron/cli/io';
import { TRACES_DIR } from '../traces/generate';

export const ROOT = join(__dirname, '..', '..');
export const OFFICE = join(TRACES_DIR, 'office-day.jsonl');

/** Runs the CLI in-process with files from `files` (or the disk for paths not in it). */
export function cli(argv: string[], files: Record<string, string> = {}) {
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

export const jsonLines = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));

/** A clear one-line error naming the file, and no stack trace. */
export function expectOneLineError(
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
