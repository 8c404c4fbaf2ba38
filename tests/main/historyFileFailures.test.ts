/** The history file when the disk fails it: an unreadable file, a read-only or missing folder, a full disk. */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoreFs } from '../../electron/store/durableFs';
import { realFs } from '../../electron/store/durableFs';
import { openHistoryFile } from '../../electron/store/historyFile';
import { english, failing, NOW, open, prompt, run, sitting, useHistoryFolder } from './historyFileRig';

useHistoryFolder();

describe('history file: failures', () => {
  it('moves an unreadable file aside (here: a directory where the file should be)', () => {
    mkdirSync(run.file);
    const loaded = open().load();
    expect(loaded.records).toEqual([]);
    expect(english(loaded.notices[0])).toMatch(/could not be read \(the file is unreadable: EISDIR\)/);
    expect(readdirSync(run.dir)).toContain('history.corrupt-2025-03-05T12-00-00-000Z.jsonl');
  });

  it('if it cannot even move an unreadable file, leaves it untouched, says so, and stops writing to it', () => {
    writeFileSync(run.file, 'bad\nworse\n');
    // Make the rename fail: a non-empty directory already holds the name it would move to.
    const blocker = join(run.dir, 'history.corrupt-2025-03-05T12-00-00-000Z.jsonl');
    mkdirSync(blocker);
    writeFileSync(join(blocker, 'x'), 'x');
    const h = open();
    const loaded = h.load();
    expect(loaded.records).toEqual([]);
    expect(english(loaded.notices[0])).toContain('left untouched');
    expect(h.append([sitting(2)])).toBe(false);
    h.close();
    expect(readFileSync(run.file, 'utf8')).toBe('bad\nworse\n');
  });

  it('if the lines cannot be set aside (read-only folder), keeps every record, leaves the file as it is, and says so', () => {
    const text = `${JSON.stringify(sitting(1))}\nbad\n${JSON.stringify(prompt)}`;
    writeFileSync(run.file, text);
    const readOnly = failing('copyFileSync', 'EROFS');
    const h = openHistoryFile(run.file, { now: () => NOW, log: (m) => run.logs.push(m), fs: readOnly });
    const loaded = h.load();
    expect(loaded.records).toEqual([sitting(1), prompt]);
    expect(loaded.notices.map(english)).toEqual([
      `1 line of your movement history could not be read. Mobes could not set them aside (EROFS), so ${run.file} was left as it is; your history and streak are intact.`,
    ]);
    expect(readFileSync(run.file, 'utf8')).toBe(text);
    expect(readdirSync(run.dir)).toEqual(['history.jsonl']);
    // Appending still works, and starts on a new line although the file lacked a final newline.
    expect(h.append([sitting(2)])).toBe(true);
    h.close();
    expect(open().load().records).toEqual([sitting(1), prompt, sitting(2)]);
  });

  it('a data folder that cannot exist (its parent is a file) gives one notice; nothing throws', () => {
    writeFileSync(join(run.dir, 'not-a-folder'), 'x');
    const errors: string[] = [];
    const h = openHistoryFile(join(run.dir, 'not-a-folder', 'history.jsonl'), {
      log: () => {},
      onWriteError: (m) => errors.push(english(m)),
    });
    const loaded = h.load();
    expect(loaded.records).toEqual([]);
    expect(loaded.notices).toHaveLength(1);
    expect(english(loaded.notices[0])).toMatch(
      /cannot use its data folder .*not-a-folder \((ENOTDIR|EEXIST)\)/,
    );
    expect(h.append([sitting(1)])).toBe(false);
    expect(errors).toEqual([]); // already told at start-up
  });

  it('a full disk (a write cut short by ENOSPC) is told once; saved records stay, later appends start clean', () => {
    const h0 = open();
    h0.load();
    h0.append([sitting(1)]);
    h0.close();
    let full = true;
    const errors: string[] = [];
    const disk = { ...realFs } as StoreFs;
    disk.writeSync = ((fd: number, buf: Uint8Array, off: number, len: number) => {
      if (!full) return realFs.writeSync(fd, buf, off, len);
      // Half the bytes make it, then the disk is full: what a real nearly full disk does.
      realFs.writeSync(fd, buf, off, Math.floor(len / 2));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    }) as StoreFs['writeSync'];
    const h = openHistoryFile(run.file, {
      now: () => NOW,
      log: () => {},
      onWriteError: (m) => errors.push(english(m)),
      fs: disk,
    });
    expect(h.load().records).toEqual([sitting(1)]);
    expect(h.append([sitting(2)])).toBe(false);
    expect(h.append([sitting(3)])).toBe(false);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('(ENOSPC)');
    full = false;
    expect(h.append([sitting(4)])).toBe(true);
    h.close();
    const reloaded = open().load();
    // Each half-written line costs itself only (two failed appends, two lines set aside).
    expect(reloaded.records).toEqual([sitting(1), sitting(4)]);
    expect(english(reloaded.notices[0])).toMatch(/^2 lines could not be read and were set aside/);
  });

  it('reports a failing append once instead of throwing', () => {
    const errors: string[] = [];
    const h = openHistoryFile(join(run.dir, 'missing-dir', 'history.jsonl'), {
      log: () => {},
      onWriteError: (m) => errors.push(english(m)),
    });
    expect(() => h.append([sitting(1)])).not.toThrow();
    expect(() => h.append([sitting(2)])).not.toThrow();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('ENOENT');
  });
});
