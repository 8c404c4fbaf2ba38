import type { BoutCheckpoint } from '../../shared/history/checkpoint';
import {
  CHECKPOINT_INTERVAL_MS,
  checkpointFor,
  parseCheckpoint,
  recoverBout,
  sameCheckpoint,
} from '../../shared/history/checkpoint';
import type { HistoryRecord, OpenBout } from '../../shared/history/types';
import type { StoreFs } from './durableFs';
import { realFs, removeQuietly, replaceFileAtomically } from './durableFs';

/** Beside history.jsonl in the user-data folder. */
export const BOUT_CHECKPOINT_FILE = 'bout-checkpoint.json';

export interface BoutCheckpointFile {
  /**
   * At start-up, before the core exists: turns a checkpoint left by a crash into a sitting record
   * ended by `crash`, appends it, and only then removes the checkpoint (so a crash in between can
   * only lead to the same decision again, which then finds the record: exactly once). Returns the
   * records to add to the loaded history.
   */
  recover(history: readonly HistoryRecord[], append: (records: HistoryRecord[]) => boolean): HistoryRecord[];
  /** Writes the bout under way when it changed since the last write; removes the file when none is open. */
  save(bout: OpenBout | null): void;
}

export interface BoutCheckpointOptions {
  log?: (message: string, error?: unknown) => void;
  fs?: StoreFs;
}

/**
 * The crash checkpoint of the sitting bout under way: one small JSON file, replaced atomically
 * (temporary file, fsync, rename), so after a crash or power cut it holds either the previous
 * checkpoint or the new one. The decisions are in shared/history/checkpoint.ts.
 */
export function openBoutCheckpoint(path: string, options: BoutCheckpointOptions = {}): BoutCheckpointFile {
  const log = options.log ?? ((m: string, e?: unknown) => console.warn(m, e ?? ''));
  const fs = options.fs ?? realFs;
  /** What the file holds now, as far as this process knows (null: no file). */
  let last: BoutCheckpoint | null = null;
  let failing = false;
  /** A recovered bout could not be written: keep its checkpoint for the next start, untouched. */
  let holding = false;

  const read = (): BoutCheckpoint | null => {
    let text: string;
    try {
      if (!fs.existsSync(path)) return null;
      text = fs.readFileSync(path, 'utf8');
    } catch (error) {
      log(`checkpoint: cannot read ${path}`, error);
      return null;
    }
    const parsed = parseCheckpoint(text);
    if (parsed.ok) return parsed.checkpoint;
    // Our own file, only ever replaced whole: damage here costs the few minutes it held, no more.
    log(`checkpoint: ignored an unreadable checkpoint (${parsed.error})`);
    removeQuietly(fs, path);
    return null;
  };

  return {
    recover(history, append) {
      const checkpoint = read();
      if (!checkpoint) return [];
      const recovery = recoverBout(checkpoint, history);
      if (recovery.kind === 'invalid') {
        log(`checkpoint: ignored an invalid bout (${recovery.error})`);
        removeQuietly(fs, path);
        return [];
      }
      if (recovery.kind === 'already-recorded') {
        removeQuietly(fs, path);
        return [];
      }
      log(`checkpoint: recovered a bout of ${recovery.record.activeSeconds} s left open by a crash`);
      // If the record cannot be written (full disk), the checkpoint stays for the next start.
      if (append([recovery.record])) removeQuietly(fs, path);
      else holding = true;
      return [recovery.record];
    },
    save(bout) {
      const next = checkpointFor(bout);
      if (holding || sameCheckpoint(last, next)) return;
      try {
        if (next) replaceFileAtomically(fs, path, `${JSON.stringify(next)}\n`);
        else if (fs.existsSync(path)) fs.unlinkSync(path);
        last = next;
        failing = false;
      } catch (error) {
        // The history's own write errors tell the user; log this once per run of failures.
        if (!failing) log('checkpoint: could not save the bout under way', error);
        failing = true;
      }
    },
  };
}

/**
 * Saves the bout under way every CHECKPOINT_INTERVAL_MS, on a timer of its own, off the sample path
 * (unref'd, so it never keeps the process alive). `stop` saves once more: after the core closed the
 * bout at shutdown, that removes the checkpoint.
 */
export function keepBoutCheckpoint(
  file: BoutCheckpointFile,
  openBout: () => OpenBout | null,
  every = CHECKPOINT_INTERVAL_MS,
): { stop(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const arm = () => {
    timer = setTimeout(() => {
      file.save(openBout());
      arm();
    }, every);
    timer.unref?.();
  };
  arm();
  return {
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      file.save(openBout());
    },
  };
}
