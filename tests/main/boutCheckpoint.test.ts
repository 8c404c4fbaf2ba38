import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepBoutCheckpoint, openBoutCheckpoint } from '../../electron/store/boutCheckpoint';
import type { StoreFs } from '../../electron/store/durableFs';
import { realFs } from '../../electron/store/durableFs';
import { openHistoryFile } from '../../electron/store/historyFile';
import { CHECKPOINT_INTERVAL_MS } from '../../shared/history/checkpoint';
import type { HistoryRecord, OpenBout } from '../../shared/history/types';

const START = Date.parse('2026-03-02T08:00:00Z');
const bout = (activeSeconds: number, at = START + activeSeconds * 1000): OpenBout => ({
  start: START,
  day: '2026-03-02',
  activeSeconds,
  at,
});

let dir: string;
let file: string;
let logs: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mobes-checkpoint-'));
  file = join(dir, 'bout-checkpoint.json');
  logs = [];
});
afterEach(() => vi.useRealTimers());

const open = (fs?: StoreFs) => openBoutCheckpoint(file, { log: (m) => logs.push(m), fs });
const history = () => openHistoryFile(join(dir, 'history.jsonl'), { log: () => {} });

describe('bout checkpoint file', () => {
  it('saves the bout under way as one small file, replaced whole, and removes it when the bout closes', () => {
    const cp = open();
    cp.save(bout(300));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ start: START, activeSeconds: 300 });
    cp.save(bout(540));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ activeSeconds: 540 });
    expect(readdirSync(dir)).toEqual(['bout-checkpoint.json']); // no temporary file left behind
    cp.save(null);
    expect(existsSync(file)).toBe(false);
  });

  it('a crash leaves the checkpoint; the next start records the bout as ended by crash, once', () => {
    open().save(bout(540));
    // Next start.
    const h = history();
    const loaded = h.load();
    const recovered = open().recover(loaded.records, (r) => h.append(r));
    expect(recovered).toEqual([
      {
        kind: 'sitting',
        start: START,
        end: START + 540_000,
        day: '2026-03-02',
        activeSeconds: 540,
        endedBy: 'crash',
      },
    ]);
    expect(existsSync(file)).toBe(false);
    h.close();
    expect(history().load().records).toEqual(recovered);
    // And the start after that: nothing more.
    expect(open().recover(history().load().records, () => true)).toEqual([]);
  });

  it('a crash between writing the record and removing the checkpoint does not duplicate the bout', () => {
    open().save(bout(540));
    const h = history();
    h.load();
    // First start: the record is appended, then the process dies before the checkpoint goes.
    const first = open().recover([], (r) => h.append(r));
    writeFileSync(file, JSON.stringify({ format: 'mobes-bout-checkpoint', version: 1, ...bout(540) }));
    h.close();
    const records = history().load().records;
    expect(records).toEqual(first);
    expect(open().recover(records, () => true)).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });

  it('a bout that closed normally before the crash is not recorded again', () => {
    open().save(bout(540));
    const closed: HistoryRecord = {
      kind: 'sitting',
      start: START,
      end: START + 600_000,
      day: '2026-03-02',
      activeSeconds: 590,
      endedBy: 'idle',
    };
    expect(open().recover([closed], () => true)).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });

  it('keeps the checkpoint when the recovered record cannot be written (full disk), and does not overwrite it', () => {
    open().save(bout(540));
    const cp = open();
    expect(cp.recover([], () => false)).toHaveLength(1); // still counted in this session
    cp.save(bout(60, START + 3_600_000));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ activeSeconds: 540 });
  });

  it('ignores (and logs) a damaged checkpoint', () => {
    writeFileSync(file, '{"format":"mobes-bout-checkpoint",');
    expect(open().recover([], () => true)).toEqual([]);
    expect(logs.join()).toContain('ignored an unreadable checkpoint');
    expect(existsSync(file)).toBe(false);
  });

  it('a failing write (full disk) never throws and leaves the previous checkpoint whole', () => {
    open().save(bout(300));
    const full = {
      ...realFs,
      writeSync: () => {
        throw Object.assign(new Error('full'), { code: 'ENOSPC' });
      },
    } as unknown as StoreFs;
    const cp = open(full);
    expect(() => cp.save(bout(540))).not.toThrow();
    expect(() => cp.save(bout(600))).not.toThrow();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ activeSeconds: 300 });
    expect(readdirSync(dir)).toEqual(['bout-checkpoint.json']);
    expect(logs.filter((l) => l.includes('could not save'))).toHaveLength(1);
  });

  it('the timer saves every few minutes, not more often, and stop() saves the final state', () => {
    vi.useFakeTimers();
    let current: OpenBout | null = bout(60);
    const writes: (OpenBout | null)[] = [];
    const keeper = keepBoutCheckpoint({ recover: () => [], save: (b) => void writes.push(b) }, () => current);
    vi.advanceTimersByTime(CHECKPOINT_INTERVAL_MS - 1);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([bout(60)]);
    current = null;
    keeper.stop();
    expect(writes).toEqual([bout(60), null]);
    vi.advanceTimersByTime(10 * CHECKPOINT_INTERVAL_MS);
    expect(writes).toHaveLength(2);
  });
});
