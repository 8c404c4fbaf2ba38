import { constants } from 'node:fs';
import { dirname } from 'node:path';
import type { SalvagedHistory } from '../../shared/history/salvage';
import { readableLines, rejectedFileContent, salvageHistory } from '../../shared/history/salvage';
import type { HistoryRecord } from '../../shared/history/types';
import type { Notice } from '../../shared/i18n/translator';
import { notice } from '../../shared/i18n/translator';
import { asideName } from './asideName';
import type { StoreFs } from './durableFs';
import {
  errorCode,
  realFs,
  removeQuietly,
  replaceFileAtomically,
  writeAllSync,
  writeNewFileDurably,
} from './durableFs';

export interface HistoryLoad {
  records: HistoryRecord[];
  /** Things the user must be told (once): lines set aside, a file moved aside, history not saved. */
  notices: Notice[];
}

export interface HistoryFile {
  readonly path: string;
  /** Reads the file at start-up, salvaging every readable line; see the module comment. */
  load(): HistoryLoad;
  /**
   * Appends complete lines and fsyncs; cost is independent of the history's length. Returns whether
   * the records are on disk (false after a write error, which the user is told about once).
   */
  append(records: readonly HistoryRecord[]): boolean;
  /** Every readable record now on disk (for export); nothing is changed. */
  readAll(): HistoryRecord[];
  close(): void;
}

export interface HistoryFileOptions {
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
  /** Told once when an append fails (disk full, permissions), so the user learns history is not saved. */
  onWriteError?: (message: Notice) => void;
  /** The file system; tests inject write errors here. */
  fs?: StoreFs;
}

/**
 * History as an append-only JSON Lines file: one record per line, written with one write of whole
 * lines followed by fsync, only when the core reports new records (never per tick).
 *
 * Reading it back never throws history away (shared/history/salvage.ts decides what each line is):
 * - every readable record is kept; lines of a newer version's record kinds stay in the file untouched;
 * - a torn last line (a crash mid-write) is cut off quietly and logged: at most that record is lost;
 * - other unreadable lines are set aside: the file as it was is copied to history.original-<time>.jsonl,
 *   the lines go verbatim, with their line numbers, to history.rejected-<time>.jsonl, the file is
 *   rewritten atomically without them, and the user is told once;
 * - only when no line at all is readable is the file moved aside (history.corrupt-<time>.jsonl) and a
 *   new history started. Nothing here ever deletes what the user saved.
 */
export function openHistoryFile(path: string, options: HistoryFileOptions = {}): HistoryFile {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((m: string, e?: unknown) => console.warn(m, e ?? ''));
  const fs = options.fs ?? realFs;
  let fd: number | null = null;
  let writable = true;
  let toldWriteError = false;
  /** The file does not end in a newline (a repair failed): the next append starts a new line first. */
  let needsNewline = false;

  const moveAside = (why: Notice): Notice => {
    const target = asideName(path, 'corrupt', now());
    try {
      fs.renameSync(path, target);
      return notice('historyMovedAside', { why, target });
    } catch (error) {
      writable = false;
      log(`history: could not move ${path} aside`, error);
      return notice('historyLeftUntouched', { why, path });
    }
  };

  const setAside = (text: string, s: SalvagedHistory): Notice => {
    const stamp = now();
    const original = asideName(path, 'original', stamp);
    const rejected = asideName(path, 'rejected', stamp);
    const count = s.rejected.length;
    try {
      fs.copyFileSync(path, original, constants.COPYFILE_EXCL);
      writeNewFileDurably(fs, rejected, rejectedFileContent(s.rejected));
      replaceFileAtomically(fs, path, s.kept);
    } catch (error) {
      log(`history: could not set ${count} unreadable line(s) aside`, error);
      removeQuietly(fs, rejected);
      removeQuietly(fs, original);
      needsNewline = !text.endsWith('\n');
      return notice('historyLinesNotSetAside', { count, code: errorCode(error), path });
    }
    for (const line of s.rejected) log(`history: set aside line ${line.lineNo}: ${line.error}`);
    return notice('historyLinesSetAside', { count, rejected, original });
  };

  const cutTornLine = (text: string, s: SalvagedHistory): void => {
    const torn = s.torn!;
    log(
      `history: dropped an incomplete last line ${torn.lineNo} (${torn.error}): ${torn.text.slice(0, 200)}`,
    );
    try {
      fs.truncateSync(path, Buffer.byteLength(text.slice(0, s.tornAt!)));
    } catch (error) {
      log('history: could not cut off the incomplete last line', error);
      needsNewline = true;
    }
  };

  return {
    path,
    load() {
      try {
        fs.mkdirSync(dirname(path), { recursive: true });
      } catch (error) {
        writable = false;
        log(`history: cannot use the folder ${dirname(path)}`, error);
        return {
          records: [],
          notices: [notice('dataFolderUnusable', { folder: dirname(path), code: errorCode(error) })],
        };
      }
      if (!fs.existsSync(path)) return { records: [], notices: [] };
      let text: string;
      try {
        text = fs.readFileSync(path, 'utf8');
      } catch (error) {
        return {
          records: [],
          notices: [moveAside(notice('whyUnreadable', { code: errorCode(error) }))],
        };
      }
      const s = salvageHistory(text);
      if (!readableLines(s) && s.rejected.length) {
        const first = s.rejected[0];
        return {
          records: [],
          notices: [moveAside(notice('whyNoReadableLine', { lineNo: first.lineNo, error: first.error }))],
        };
      }
      const notices: Notice[] = [];
      if (s.rejected.length) notices.push(setAside(text, s));
      else if (s.torn) cutTornLine(text, s);
      else if (!s.endsWithNewline) needsNewline = true; // the last record is complete but lost its newline
      if (s.newer.length) log(`history: kept ${s.newer.length} line(s) from a newer version untouched`);
      return { records: s.records, notices };
    },
    append(records) {
      if (!records.length) return true;
      if (!writable) return false;
      const data = (needsNewline ? '\n' : '') + records.map((r) => `${JSON.stringify(r)}\n`).join('');
      try {
        fd ??= fs.openSync(path, 'a');
        writeAllSync(fs, fd, data);
        fs.fsyncSync(fd);
        needsNewline = false;
        return true;
      } catch (error) {
        // Part of the data may be on disk: start the next append on a new line, so one bad line costs
        // at most these records.
        needsNewline = true;
        log('history: append failed', error);
        if (!toldWriteError) {
          toldWriteError = true;
          options.onWriteError?.(notice('historyNotSaved', { path, code: errorCode(error) }));
        }
        return false;
      }
    },
    readAll() {
      try {
        return salvageHistory(fs.readFileSync(path, 'utf8')).records;
      } catch {
        return [];
      }
    },
    close() {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    },
  };
}
