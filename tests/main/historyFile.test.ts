import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../shared/history/types';
import type { StoreFs } from '../../electron/store/durableFs';
import { realFs } from '../../electron/store/durableFs';
import { openHistoryFile } from '../../electron/store/historyFile';
import type { Notice } from '../../shared/i18n/translator';
import { englishTranslator, noticeText } from '../../shared/i18n/translator';

/** A notice as an English reader sees it. */
const english = (n: Notice) => noticeText(englishTranslator, n);

/** The real file system, except that `call` fails with `code`. */
function failing(call: keyof StoreFs, code: string): StoreFs {
  return {
    ...realFs,
    [call]: () => {
      throw Object.assign(new Error(code), { code });
    },
  } as StoreFs;
}

const NOW = Date.parse('2025-03-05T12:00:00Z');

const sitting = (i: number): HistoryRecord => ({
  kind: 'sitting',
  start: NOW - 3600_000 + i * 60_000,
  end: NOW - 3600_000 + i * 60_000 + 30_000,
  day: '2025-03-05',
  activeSeconds: 30,
  endedBy: 'idle',
});
const prompt: HistoryRecord = {
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

let dir: string;
let file: string;
let logs: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mobes-history-'));
  file = join(dir, 'history.jsonl');
  logs = [];
});
const open = () => openHistoryFile(file, { now: () => NOW, log: (m) => logs.push(m) });
const lines = () => readFileSync(file, 'utf8').split('\n');

describe('history file', () => {
  it('starts empty when there is no file', () => {
    expect(open().load()).toEqual({ records: [], notices: [] });
  });

  it('appends whole lines and reads them back', () => {
    const h = open();
    h.load();
    h.append([sitting(1), prompt]);
    h.append([sitting(2)]);
    h.append([]);
    h.close();
    expect(lines()).toHaveLength(4); // three lines + the final newline
    expect(open().load()).toEqual({ records: [sitting(1), prompt, sitting(2)], notices: [] });
  });

  it('append never reads the file (cost independent of history length)', () => {
    const h = open();
    h.load();
    h.append([sitting(1)]);
    // Damage the start of the file behind its back: an append that re-read or rewrote it would notice.
    const body = readFileSync(file, 'utf8');
    writeFileSync(file, `GARBAGE\n${body}`);
    h.append([sitting(2)]);
    h.close();
    expect(lines()).toEqual(['GARBAGE', JSON.stringify(sitting(1)), JSON.stringify(sitting(2)), '']);
  });

  it('drops a torn last line (crash mid-write), cuts it off, and the next append starts clean', () => {
    writeFileSync(
      file,
      `${JSON.stringify(sitting(1))}\n${JSON.stringify(prompt)}\n{"kind":"sitting","start":17`,
    );
    const h = open();
    const loaded = h.load();
    expect(loaded.records).toEqual([sitting(1), prompt]);
    expect(loaded.notices).toEqual([]);
    expect(logs.join()).toContain('dropped an incomplete last line');
    h.append([sitting(2)]);
    h.close();
    expect(open().load().records).toEqual([sitting(1), prompt, sitting(2)]);
  });

  it('sets aside a complete but invalid last line like any other bad line (it is not torn)', () => {
    writeFileSync(file, `${JSON.stringify(sitting(1))}\n{"kind":"prompt","at":"soon"}\n`);
    const loaded = open().load();
    expect(loaded.records).toEqual([sitting(1)]);
    expect(english(loaded.notices[0])).toMatch(
      /^1 line could not be read and was set aside; your history and streak are intact\./,
    );
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(sitting(1))}\n`);
  });

  it('adds a missing final newline to a complete last record', () => {
    writeFileSync(file, JSON.stringify(sitting(1)));
    const h = open();
    expect(h.load().records).toEqual([sitting(1)]);
    h.append([sitting(2)]);
    h.close();
    expect(open().load().records).toEqual([sitting(1), sitting(2)]);
  });

  it('1,000 records and one bad line: all 1,000 load, the bad line is set aside verbatim with its number', () => {
    const good = Array.from({ length: 1000 }, (_, i) => sitting(i));
    const bad = '{"kind":"sitting", oops';
    const text = [
      ...good.slice(0, 500).map((r) => JSON.stringify(r)),
      bad,
      ...good.slice(500).map((r) => JSON.stringify(r)),
    ]
      .map((l) => `${l}\n`)
      .join('');
    writeFileSync(file, text);
    const loaded = open().load();
    expect(loaded.records).toEqual(good);
    expect(loaded.notices).toHaveLength(1);
    const rejected = join(dir, 'history.rejected-2025-03-05T12-00-00-000Z.jsonl');
    const original = join(dir, 'history.original-2025-03-05T12-00-00-000Z.jsonl');
    expect(english(loaded.notices[0])).toBe(
      `1 line could not be read and was set aside; your history and streak are intact. The unreadable lines are in ${rejected}; the file as it was is kept as ${original}.`,
    );
    expect(readFileSync(original, 'utf8')).toBe(text); // untouched copy, byte for byte
    const aside = readFileSync(rejected, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(aside).toEqual([{ line: 501, text: bad, error: expect.stringContaining('not valid JSON') }]);
    expect(readFileSync(file, 'utf8')).toBe(good.map((r) => `${JSON.stringify(r)}\n`).join(''));
    // Repaired once: the next start is quiet and finds the same records.
    expect(open().load()).toEqual({ records: good, notices: [] });
  });

  it('a line that is JSON but fails a check (a day that does not match its time) is set aside the same way', () => {
    const wrongDay = JSON.stringify({ ...sitting(2), day: '2019-01-01' });
    writeFileSync(file, `${JSON.stringify(sitting(1))}\n${wrongDay}\n${JSON.stringify(prompt)}\n`);
    const loaded = open().load();
    expect(loaded.records).toEqual([sitting(1), prompt]);
    const aside = JSON.parse(
      readFileSync(join(dir, 'history.rejected-2025-03-05T12-00-00-000Z.jsonl'), 'utf8'),
    );
    expect(aside).toEqual({ line: 2, text: wrongDay, error: expect.stringContaining('field "day"') });
  });

  it('keeps records of a newer version untouched on disk, counts none of an unknown kind, and never deletes them', () => {
    const future = '{"kind":"focus-set","at":1741176000000,"area":"neck","reps":40}';
    const extra = JSON.stringify({ ...sitting(2), posture: 'standing' });
    const text = `${JSON.stringify(sitting(1))}\n${future}\n${extra}\nnot json\n${JSON.stringify(prompt)}\n`;
    writeFileSync(file, text);
    const loaded = open().load();
    // The extra field is ignored; the record still counts. The unknown kind is left out.
    expect(loaded.records).toEqual([sitting(1), sitting(2), prompt]);
    // Rewritten without the bad line only: the newer lines are exactly as they were.
    expect(readFileSync(file, 'utf8')).toBe(
      `${JSON.stringify(sitting(1))}\n${future}\n${extra}\n${JSON.stringify(prompt)}\n`,
    );
    const h = open();
    h.load();
    h.append([sitting(3)]);
    h.close();
    expect(readFileSync(file, 'utf8')).toContain(`${future}\n${extra}\n`);
  });

  it('starts empty only when no line at all is readable: the file is moved aside and the user told', () => {
    const original = 'not json at all\n{"kind":"prompt"}\nstill not\n';
    writeFileSync(file, original);
    const h = open();
    const loaded = h.load();
    expect(loaded.records).toEqual([]);
    expect(loaded.notices).toHaveLength(1);
    const moved = join(dir, 'history.corrupt-2025-03-05T12-00-00-000Z.jsonl');
    expect(english(loaded.notices[0])).toContain(moved);
    expect(english(loaded.notices[0])).toContain('no line of it is readable; line 1');
    expect(readFileSync(moved, 'utf8')).toBe(original); // kept byte for byte
    expect(existsSync(file)).toBe(false);
    h.append([sitting(3)]);
    h.close();
    expect(open().load().records).toEqual([sitting(3)]);
  });

  it('moves an unreadable file aside (here: a directory where the file should be)', () => {
    mkdirSync(file);
    const loaded = open().load();
    expect(loaded.records).toEqual([]);
    expect(english(loaded.notices[0])).toMatch(/could not be read \(the file is unreadable: EISDIR\)/);
    expect(readdirSync(dir)).toContain('history.corrupt-2025-03-05T12-00-00-000Z.jsonl');
  });

  it('if it cannot even move an unreadable file, leaves it untouched, says so, and stops writing to it', () => {
    writeFileSync(file, 'bad\nworse\n');
    // Make the rename fail: a non-empty directory already holds the name it would move to.
    const blocker = join(dir, 'history.corrupt-2025-03-05T12-00-00-000Z.jsonl');
    mkdirSync(blocker);
    writeFileSync(join(blocker, 'x'), 'x');
    const h = open();
    const loaded = h.load();
    expect(loaded.records).toEqual([]);
    expect(english(loaded.notices[0])).toContain('left untouched');
    expect(h.append([sitting(2)])).toBe(false);
    h.close();
    expect(readFileSync(file, 'utf8')).toBe('bad\nworse\n');
  });

  it('if the lines cannot be set aside (read-only folder), keeps every record, leaves the file as it is, and says so', () => {
    const text = `${JSON.stringify(sitting(1))}\nbad\n${JSON.stringify(prompt)}`;
    writeFileSync(file, text);
    const readOnly = failing('copyFileSync', 'EROFS');
    const h = openHistoryFile(file, { now: () => NOW, log: (m) => logs.push(m), fs: readOnly });
    const loaded = h.load();
    expect(loaded.records).toEqual([sitting(1), prompt]);
    expect(loaded.notices.map(english)).toEqual([
      `1 line of your movement history could not be read. Mobes could not set them aside (EROFS), so ${file} was left as it is; your history and streak are intact.`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['history.jsonl']);
    // Appending still works, and starts on a new line although the file lacked a final newline.
    expect(h.append([sitting(2)])).toBe(true);
    h.close();
    expect(open().load().records).toEqual([sitting(1), prompt, sitting(2)]);
  });

  it('a data folder that cannot exist (its parent is a file) gives one notice; nothing throws', () => {
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const errors: string[] = [];
    const h = openHistoryFile(join(dir, 'not-a-folder', 'history.jsonl'), {
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
    const h = openHistoryFile(file, {
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
    const h = openHistoryFile(join(dir, 'missing-dir', 'history.jsonl'), {
      log: () => {},
      onWriteError: (m) => errors.push(english(m)),
    });
    expect(() => h.append([sitting(1)])).not.toThrow();
    expect(() => h.append([sitting(2)])).not.toThrow();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('ENOENT');
  });

  it('readAll returns what is on disk, skipping bad lines, without changing the file', () => {
    const text = `${JSON.stringify(sitting(1))}\nbad\n${JSON.stringify(prompt)}\n`;
    writeFileSync(file, text);
    expect(open().readAll()).toEqual([sitting(1), prompt]);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});
