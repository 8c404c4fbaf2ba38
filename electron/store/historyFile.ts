import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { parseHistoryLine } from '../../shared/history/export';
import type { HistoryRecord } from '../../shared/history/types';
import { asideName } from './asideName';

export interface HistoryLoad {
  records: HistoryRecord[];
  /** Things the user must be told (once): a file moved aside, history not being saved. */
  notices: string[];
}

export interface HistoryFile {
  readonly path: string;
  /** Reads the file at start-up, repairing a torn last line; see the module comment. */
  load(): HistoryLoad;
  /** Appends complete lines and fsyncs; cost is independent of the history's length. */
  append(records: readonly HistoryRecord[]): void;
  /** Every valid record now on disk (for export); invalid lines are skipped, nothing is changed. */
  readAll(): HistoryRecord[];
  close(): void;
}

export interface HistoryFileOptions {
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
  /** Told once when an append fails (disk full, permissions), so the user learns history is not saved. */
  onWriteError?: (message: string) => void;
}

/**
 * History as an append-only JSON Lines file: one record per line, written with one write() of whole
 * lines followed by fsync, only when the core reports new records (never per tick).
 *
 * Reading it back: a crash can leave the last line torn, so an invalid LAST line is dropped (at most
 * that one record is lost) and cut off the file so the next append starts on a clean line. Anything
 * worse (an unreadable file, a bad line before the last) is never silently reset: the file is moved
 * aside as history.corrupt-<time>.jsonl, the app starts with an empty history and the user is told.
 */
export function openHistoryFile(path: string, options: HistoryFileOptions = {}): HistoryFile {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((m: string, e?: unknown) => console.warn(m, e ?? ''));
  let fd: number | null = null;
  let writable = true;
  let toldWriteError = false;

  const moveAside = (why: string, notices: string[]): void => {
    const target = asideName(path, 'corrupt', now());
    try {
      renameSync(path, target);
      notices.push(
        `Your movement history could not be read (${why}). It was kept as ${target} and a new history was started.`,
      );
    } catch (error) {
      writable = false;
      log(`history: could not move ${path} aside`, error);
      notices.push(
        `Your movement history could not be read (${why}) and could not be moved aside, so it was left untouched at ${path}. ` +
          'New history will not be saved until the file is fixed or removed.',
      );
    }
  };

  return {
    path,
    load() {
      const notices: string[] = [];
      mkdirSync(dirname(path), { recursive: true });
      if (!existsSync(path)) return { records: [], notices };
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        moveAside(
          `the file is unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
          notices,
        );
        return { records: [], notices };
      }
      const lines = text.split('\n');
      const records: HistoryRecord[] = [];
      let lastContent = -1;
      for (let i = lines.length - 1; i >= 0; i--) {
        if (lines[i].trim()) {
          lastContent = i;
          break;
        }
      }
      for (let i = 0; i <= lastContent; i++) {
        const line = lines[i].replace(/\r$/, '');
        if (!line.trim()) continue;
        const parsed = parseHistoryLine(line, i + 1);
        if (parsed.ok) {
          records.push(parsed.record);
          continue;
        }
        if (i === lastContent) {
          // A torn last line from a crash mid-write: drop it and cut it off the file.
          log(`history: dropped an incomplete last line (${parsed.error})`);
          truncateSync(
            path,
            Buffer.byteLength(
              lines
                .slice(0, i)
                .map((l) => `${l}\n`)
                .join(''),
            ),
          );
          return { records, notices };
        }
        moveAside(parsed.error, notices);
        return { records: [], notices };
      }
      if (text.length > 0 && !text.endsWith('\n')) {
        // The last record is complete but lost its newline: add it so the next line starts clean.
        const end = openSync(path, 'a');
        try {
          writeSync(end, '\n');
          fsyncSync(end);
        } finally {
          closeSync(end);
        }
      }
      return { records, notices };
    },
    append(records) {
      if (!records.length || !writable) return;
      const data = records.map((r) => `${JSON.stringify(r)}\n`).join('');
      try {
        fd ??= openSync(path, 'a');
        writeSync(fd, data);
        fsyncSync(fd);
      } catch (error) {
        log('history: append failed', error);
        if (!toldWriteError) {
          toldWriteError = true;
          options.onWriteError?.(
            `Mobes could not save your movement history to ${path} (${(error as NodeJS.ErrnoException).code ?? 'write error'}).`,
          );
        }
      }
    },
    readAll() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return [];
      }
      const records: HistoryRecord[] = [];
      text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        if (!line.trim()) return;
        const parsed = parseHistoryLine(line, i + 1);
        if (parsed.ok) records.push(parsed.record);
      });
      return records;
    },
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
