import { describe, expect, it } from 'vitest';
import type { BoutCheckpoint } from '../../shared/history/checkpoint';
import { checkpointFor, parseCheckpoint, recoverBout, sameCheckpoint } from '../../shared/history/checkpoint';
import { parseRecord } from '../../shared/history/recordSchema';
import { MIN, Rig, at, nonstop } from './support/engineRig';

const START = at('2026-03-02T09:00');
const cp = (more: Partial<BoutCheckpoint> = {}): BoutCheckpoint => ({
  format: 'mobes-bout-checkpoint',
  version: 1,
  start: START,
  day: '2026-03-02',
  activeSeconds: 1200,
  at: START + 21 * MIN,
  ...more,
});

describe('recoverBout', () => {
  it('turns an unclosed checkpoint into a sitting bout ended by crash at its last checkpoint', () => {
    expect(recoverBout(cp(), [])).toEqual({
      kind: 'record',
      record: {
        kind: 'sitting',
        start: START,
        end: START + 21 * MIN,
        day: '2026-03-02',
        activeSeconds: 1200,
        endedBy: 'crash',
      },
    });
  });

  it('exactly once: a history that already holds the bout (closed or recovered) gets nothing', () => {
    const recovered = recoverBout(cp(), []);
    if (recovered.kind !== 'record') throw new Error('expected a record');
    expect(recoverBout(cp(), [recovered.record])).toEqual({ kind: 'already-recorded' });
    const closedNormally = { ...recovered.record, endedBy: 'idle' as const, activeSeconds: 1300 };
    expect(recoverBout(cp(), [closedNormally])).toEqual({ kind: 'already-recorded' });
    // Another bout's record does not count.
    expect(recoverBout(cp(), [{ ...recovered.record, start: START - MIN }]).kind).toBe('record');
  });

  it('refuses a checkpoint that would make an invalid record, naming the field', () => {
    expect(recoverBout(cp({ day: '2019-01-01' }), [])).toMatchObject({
      kind: 'invalid',
      error: expect.stringContaining('day'),
    });
    expect(recoverBout(cp({ activeSeconds: -1 }), [])).toMatchObject({
      kind: 'invalid',
      error: expect.stringContaining('activeSeconds'),
    });
  });

  it('the crash record is a valid history record', () => {
    const r = recoverBout(cp(), []);
    expect(r.kind === 'record' && parseRecord(r.record).ok).toBe(true);
  });
});

describe('checkpoint file content', () => {
  it('round-trips, and rejects anything else with the field named', () => {
    expect(parseCheckpoint(JSON.stringify(cp()))).toEqual({ ok: true, checkpoint: cp() });
    expect(parseCheckpoint('{')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not valid JSON'),
    });
    expect(parseCheckpoint(JSON.stringify({ ...cp(), format: 'x' }))).toMatchObject({
      ok: false,
      error: expect.stringContaining('format'),
    });
    expect(parseCheckpoint(JSON.stringify({ ...cp(), extra: 1 }))).toMatchObject({ ok: false });
  });

  it('skips identical writes, writes changed ones', () => {
    expect(sameCheckpoint(null, null)).toBe(true);
    expect(sameCheckpoint(cp(), cp())).toBe(true);
    expect(sameCheckpoint(cp(), cp({ activeSeconds: 1201 }))).toBe(false);
    expect(sameCheckpoint(cp(), null)).toBe(false);
    expect(checkpointFor(null)).toBeNull();
  });
});

describe('the engine exposes the bout under way', () => {
  it('while sitting: its start, day and credited seconds, up to the last sample', () => {
    const rig = new Rig(START);
    expect(rig.engine.openBout()).toBeNull(); // nothing credited yet
    rig.run(START + 10 * MIN, nonstop);
    const bout = rig.engine.openBout();
    expect(bout).toMatchObject({ start: START, day: '2026-03-02' });
    expect(bout!.activeSeconds).toBeGreaterThanOrEqual(9.5 * 60);
    expect(bout!.activeSeconds).toBeLessThanOrEqual(10 * 60);
    expect(bout!.at).toBe(rig.engine.snapshot().at);
  });

  it('during a short lock the bout is still open (held), ending where the lock began', () => {
    const rig = new Rig(START);
    rig.run(START + 10 * MIN, nonstop);
    rig.input({ type: 'power', at: START + 10 * MIN, event: 'lock' });
    expect(rig.engine.openBout()).toMatchObject({ start: START, at: START + 10 * MIN });
  });

  it('none once the bout closed (a natural break) or the app shut down', () => {
    const rig = new Rig(START);
    rig.run(START + 10 * MIN, nonstop);
    rig.input({ type: 'idle', at: START + 20 * MIN, idleSeconds: 600 });
    expect(rig.engine.openBout()).toBeNull();
    const other = new Rig(START);
    other.run(START + 10 * MIN, nonstop);
    other.input({ type: 'power', at: START + 10 * MIN, event: 'shutdown' });
    expect(other.engine.openBout()).toBeNull();
  });
});
