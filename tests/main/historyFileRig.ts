/** A history file in a fresh temporary folder, and the records and failures the history-file tests use. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach } from 'vitest';
import type { HistoryRecord } from '../../shared/history/types';
import type { StoreFs } from '../../electron/store/durableFs';
import { realFs } from '../../electron/store/durableFs';
import { openHistoryFile } from '../../electron/store/historyFile';
import type { Notice } from '../../shared/i18n/translator';
import { englishTranslator, noticeText } from '../../shared/i18n/translator';

/** A notice as an English reader sees it. */
export const english = (n: Notice) => noticeText(englishTranslator, n);

/** The real file system, except that `call` fails with `code`. */
export function failing(call: keyof StoreFs, code: string): StoreFs {
  return {
    ...realFs,
    [call]: () => {
      throw Object.assign(new Error(code), { code });
    },
  } as StoreFs;
}

export const NOW = Date.parse('2025-03-05T12:00:00Z');

export const sitting = (i: number): HistoryRecord => ({
  kind: 'sitting',
  start: NOW - 3600_000 + i * 60_000,
  end: NOW - 3600_000 + i * 60_000 + 30_000,
  day: '2025-03-05',
  activeSeconds: 30,
  endedBy: 'idle',
});
export const prompt: HistoryRecord = {
  kind: 'prompt',
  at: NOW - 600_000,
  endedAt: NOW - 560_000,
  day: '2025-03-05',
  reason: 'due',
  mobeId: 'neck-circles',
  area: 'neck',
  outcome: 'done',
  reps: 10,
  targetReps: 10,
};

/** The folder and file of the test under way, and what the history file logged. */
export const run = { dir: '', file: '', logs: [] as string[] };

/** A fresh folder for each test. */
export function useHistoryFolder(): void {
  beforeEach(() => {
    run.dir = mkdtempSync(join(tmpdir(), 'mobes-history-'));
    run.file = join(run.dir, 'history.jsonl');
    run.logs = [];
  });
}
export const open = () => openHistoryFile(run.file, { now: () => NOW, log: (m) => run.logs.push(m) });
export const lines = () => readFileSync(run.file, 'utf8').split('\n');
