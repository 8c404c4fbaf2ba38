import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BusyReason } from '../../shared/context/reasons';
import type { EngineInput } from '../../shared/engine/types';
import { FLAP_WINDOW_MS, HELD_GRACE_MS } from '../../shared/engine/timing';
import { MIN, Rig, SEC, at, typist } from './support/engineRig';

const MONDAY_9 = at('2026-03-02T09:00');
const context = (t: number, busy: BusyReason[], idleInhibited = false): EngineInput => ({
  type: 'context',
  at: t,
  busy,
  idleInhibited,
});
/** Types until `from`, then listens (no input at all) until `to`, then types again. */
const listensBetween = (from: number, to: number) => (t: number) =>
  t >= from && t < to ? (t - from) / 1000 : typist()(t);

describe('busy: calls, Do Not Disturb, meetings', () => {
  it('a 90-minute call: no prompt during it, no natural break from listening, one prompt after', () => {
    const rig = new Rig(MONDAY_9);
    const start = MONDAY_9 + 10 * MIN;
    const end = start + 90 * MIN;
    rig.run(end + 20 * MIN, listensBetween(start, end), [context(start, ['call']), context(end, [])], {
      action: 'done',
    });
    const prompts = rig.dueprompts();
    expect(prompts.filter((p) => p.at >= start && p.at < end)).toEqual([]);
    expect(rig.records('natural-break')).toEqual([]);
    const after = prompts.filter((p) => p.at >= end);
    expect(after[0].at - end).toBeGreaterThanOrEqual(HELD_GRACE_MS);
    expect(after[0].at - end).toBeLessThan(HELD_GRACE_MS + 70 * SEC);
    expect(after[0].prompt.after).toEqual(['call']);
    expect(after.filter((p) => p.at < end + 5 * MIN)).toHaveLength(1);
    // The sitting clock counted the call: the bout ran on, and the held spell is in history.
    expect(rig.records('held')).toEqual([expect.objectContaining({ start, end, reasons: ['call'] })]);
  });

  it('busy never resets or lowers the sitting count', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 5 * MIN, typist());
    const before = rig.engine.snapshot().sittingSeconds;
    rig.input(context(MONDAY_9 + 5 * MIN, ['dnd']));
    rig.run(MONDAY_9 + 8 * MIN, typist());
    rig.input(context(MONDAY_9 + 8 * MIN, []));
    expect(rig.engine.snapshot().sittingSeconds).toBeGreaterThan(before);
  });

  it('Do Not Disturb holds prompts but idle is still a natural break; lock is one during a call', () => {
    const rig = new Rig(MONDAY_9);
    const t = MONDAY_9 + 5 * MIN;
    rig.run(t + 20 * MIN, listensBetween(t, t + 10 * MIN), [context(t, ['dnd'])]);
    expect(rig.records('natural-break')).toHaveLength(1);
    expect(rig.dueprompts()).toEqual([]);

    const call = new Rig(MONDAY_9);
    call.run(t + 10 * MIN, listensBetween(t, t + 60 * MIN), [
      context(t, ['call']),
      { type: 'power', at: t + 2 * MIN, event: 'lock' },
      { type: 'power', at: t + 8 * MIN, event: 'unlock' },
    ]);
    expect(call.records('natural-break')).toEqual([expect.objectContaining({ reason: 'lock' })]);
  });

  it('an idle inhibitor alone does not hold prompts, but makes idle passive', () => {
    const rig = new Rig(MONDAY_9);
    const t = MONDAY_9 + 2 * MIN;
    rig.run(t + 30 * MIN, listensBetween(t, t + 60 * MIN), [context(t, [], true)]);
    expect(rig.records('natural-break')).toEqual([]);
    expect(rig.dueprompts().length).toBeGreaterThan(0);
  });

  it('a due prompt showing is withdrawn when a call starts, and comes back once after it', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 17 * MIN, typist());
    const [shown] = rig.dueprompts();
    expect(shown).toBeDefined();
    const t = shown.at + 10 * SEC;
    // The call flaps on and off every 40 s for six minutes, then stays off.
    const flaps = Array.from({ length: 9 }, (_, i) => context(t + i * 40 * SEC, i % 2 === 0 ? ['call'] : []));
    rig.run(t + 20 * MIN, typist(), [...flaps, context(t + 6 * MIN, [])], { action: 'done' });
    const closes = rig.log.filter((d) => d.type === 'close-prompt');
    expect(closes[0]).toMatchObject({ outcome: 'held' });
    expect(rig.records('prompt')[0]).not.toMatchObject({ at: shown.at, outcome: 'held' });
    const again = rig.dueprompts().filter((p) => p.at > shown.at);
    expect(again[0].at - shown.at).toBeGreaterThanOrEqual(FLAP_WINDOW_MS);
    expect(again.filter((p) => p.at < again[0].at + 5 * MIN)).toHaveLength(1);
  });

  it('manual meeting mode for 30 minutes holds breaks and ends by itself', () => {
    const rig = new Rig(MONDAY_9);
    const t = MONDAY_9 + 10 * MIN;
    rig.run(t + 50 * MIN, typist(), [{ type: 'action', at: t, action: 'meeting', until: t + 30 * MIN }], {
      action: 'done',
    });
    const prompts = rig.dueprompts();
    expect(prompts.filter((p) => p.at >= t && p.at < t + 30 * MIN)).toEqual([]);
    const next = prompts.find((p) => p.at >= t + 30 * MIN)!;
    expect(next.prompt.after).toEqual(['meeting']);
    expect(next.at - (t + 30 * MIN)).toBeGreaterThanOrEqual(HELD_GRACE_MS);
    expect(rig.engine.snapshot()).toMatchObject({ meeting: false, busy: [] });
  });

  it('meeting until ended, then ended from the tray; the snapshot says why breaks are held', () => {
    const rig = new Rig(MONDAY_9);
    rig.input({ type: 'action', at: MONDAY_9 + MIN, action: 'meeting', until: null });
    rig.input(context(MONDAY_9 + 2 * MIN, ['call', 'dnd']));
    expect(rig.engine.snapshot()).toMatchObject({ busy: ['call', 'dnd', 'meeting'], meeting: true });
    rig.input({ type: 'action', at: MONDAY_9 + 3 * MIN, action: 'end-meeting' });
    rig.input(context(MONDAY_9 + 4 * MIN, []));
    expect(rig.engine.snapshot()).toMatchObject({ busy: [], meeting: false, meetingUntil: null });
    expect(rig.records('held')).toEqual([
      expect.objectContaining({
        start: MONDAY_9 + MIN,
        end: MONDAY_9 + 4 * MIN,
        reasons: ['call', 'dnd', 'meeting'],
      }),
    ]);
  });

  it('samples at most twice a minute while a due break is held', () => {
    const rig = new Rig(MONDAY_9);
    const t = MONDAY_9 + 10 * MIN;
    rig.run(t + 60 * MIN, typist(), [context(t, ['call'])]);
    const late = rig.samples.filter((s) => s >= t + 20 * MIN);
    expect(late.length).toBeLessThanOrEqual(2 * 40 + 1);
  });
});

describe('busy: properties over random days', () => {
  const spells = fc.array(
    fc.record({
      startMin: fc.integer({ min: 0, max: 170 }),
      lengthMin: fc.integer({ min: 1, max: 40 }),
      reason: fc.constantFrom<BusyReason>('call', 'dnd', 'presenting', 'fullscreen'),
      flaps: fc.integer({ min: 0, max: 6 }),
    }),
    { maxLength: 5 },
  );

  it('no prompt while busy; at most one within 5 min after busy ends; listening is never a break', () => {
    fc.assert(
      fc.property(spells, fc.integer({ min: 0, max: 3 }), (list, listenPattern) => {
        const rig = new Rig(MONDAY_9);
        const events: EngineInput[] = [];
        const busyAt: [number, number, BusyReason][] = [];
        for (const s of list) {
          const from = MONDAY_9 + s.startMin * MIN;
          const to = from + s.lengthMin * MIN;
          busyAt.push([from, to, s.reason]);
          events.push(context(from, [s.reason]));
          // A few quick off/on flaps inside the spell.
          for (let i = 1; i <= s.flaps; i++) {
            const t = from + (i * (to - from)) / (s.flaps + 1);
            events.push(context(t, []), context(t + 20 * SEC, [s.reason]));
          }
          events.push(context(to, []));
        }
        events.sort((a, b) => a.at - b.at);
        // Resolve overlapping spells the way the detector hub would: the latest line wins.
        const busyNowAt = (t: number) => {
          let last: EngineInput | null = null;
          for (const e of events) if (e.at <= t) last = e;
          return last?.type === 'context' ? last.busy : [];
        };
        const listening = (t: number) => listenPattern > 0 && busyNowAt(t).includes('call');
        rig.run(MONDAY_9 + 200 * MIN, (t) => (listening(t) ? 600 : typist()(t)), events, { action: 'done' });
        const due = rig.dueprompts();
        for (const p of due) expect(busyNowAt(p.at)).toEqual([]);
        const ends = events.filter((e) => e.type === 'context' && e.busy.length === 0).map((e) => e.at);
        for (const end of ends) {
          expect(due.filter((p) => p.at >= end && p.at < end + 5 * MIN).length).toBeLessThanOrEqual(1);
        }
        for (const b of rig.records('natural-break')) {
          expect(busyNowAt(b.start).includes('call') && b.reason === 'idle').toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
