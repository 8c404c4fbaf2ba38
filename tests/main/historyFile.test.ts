import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../shared/history/types';
import { openHistoryFile } from '../../electron/store/historyFile';

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

  it('drops an invalid (but complete) last line the same way', () => {
    writeFileSync(file, `${JSON.stringify(sitting(1))}\n{"kind":"prompt","at":"soon"}\n`);
    const loaded = open().load();
    expect(loaded.records).toEqual([sitting(1)]);
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

  it('moves a file corrupt before its last line aside, starts empty and tells the user, never resets silently', () => {
    const original = `${JSON.stringify(sitting(1))}\nnot json at all\n${JSON.stringify(prompt)}\n`;
    writeFileSync(file, original);
    const h = open();
    const loaded = h.load();
    expect(loaded.records).toEqual([]);
    expect(loaded.notices).toHaveLength(1);
    const moved = join(dir, 'history.corrupt-2025-03-05T12-00-00-000Z.jsonl');
    expect(loaded.notices[0]).toContain(moved);
    expect(loaded.notices[0]).toContain('line 2');
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
    expect(loaded.notices[0]).toMatch(/could not be read \(the file is unreadable: EISDIR\)/);
    expect(readdirSync(dir)).toContain('history.corrupt-2025-03-05T12-00-00-000Z.jsonl');
  });

  it('if it cannot even move the file, leaves it untouched, says so, and stops writing to it', () => {
    writeFileSync(file, `bad\n${JSON.stringify(sitting(1))}\n`);
    // Make the rename fail: a non-empty directory already holds the name it would move to.
    const blocker = join(dir, 'history.corrupt-2025-03-05T12-00-00-000Z.jsonl');
    mkdirSync(blocker);
    writeFileSync(join(blocker, 'x'), 'x');
    const h = open();
    const loaded = h.load();
    expect(loaded.records).toEqual([]);
    expect(loaded.notices[0]).toContain('left untouched');
    h.append([sitting(2)]);
    h.close();
    expect(readFileSync(file, 'utf8')).toBe(`bad\n${JSON.stringify(sitting(1))}\n`);
  });

  it('reports a failing append once instead of throwing', () => {
    const errors: string[] = [];
    const h = openHistoryFile(join(dir, 'missing-dir', 'history.jsonl'), {
      log: () => {},
      onWriteError: (m) => errors.push(m),
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
