import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { MIN, Rig, SEC, at, nonstop, typist } from './support/engineRig';

const MONDAY_9 = at('2026-03-02T09:00');

describe('sitting clock and prompts', () => {
  it('prompts three or four times in an hour of steady sitting at the defaults', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 60 * MIN, typist(), [], { action: 'done' });
    const prompts = rig.dueprompts();
    expect(prompts.length).toBeGreaterThanOrEqual(3);
    expect(prompts.length).toBeLessThanOrEqual(4);
    // The first is due after 15 minutes of activity (less the short pauses that do not count).
    expect(prompts[0].at - MONDAY_9).toBeGreaterThanOrEqual(15 * MIN);
    expect(prompts[0].at - MONDAY_9).toBeLessThan(21 * MIN);
  });

  it('waits for a lull in typing before prompting', () => {
    const rig = new Rig(MONDAY_9);
    // Types for 9 s then rests 1 s... no lull of 3 s until 30 s into each minute.
    const idle = (t: number) => {
      const s = (t / 1000) % 60;
      return s >= 30 && s < 35 ? s - 30 : 0;
    };
    rig.run(MONDAY_9 + 20 * MIN, idle);
    const [first] = rig.dueprompts();
    expect(first).toBeDefined();
    const secondOfMinute = ((first.at - MONDAY_9) / 1000) % 60;
    expect(secondOfMinute).toBeGreaterThanOrEqual(33);
    expect(secondOfMinute).toBeLessThan(35);
  });

  it('prompts anyway when no lull comes within the wait window', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 20 * MIN, nonstop);
    const dueAt = rig.log.find((d) => d.type === 'phase' && d.to === 'due')!.at;
    const [first] = rig.dueprompts();
    expect(first.at - dueAt).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.lullWaitSeconds * SEC);
    expect(first.at - dueAt).toBeLessThanOrEqual(DEFAULT_SETTINGS.lullWaitSeconds * SEC + 2 * SEC);
  });

  it('short idle stops the count without resetting it', () => {
    const rig = new Rig(MONDAY_9);
    // Active 10 min, reads without touching anything for 3 min, then active again.
    const idle = (t: number) => {
      const m = (t - MONDAY_9) / MIN;
      return m >= 10 && m < 13 ? (t - (MONDAY_9 + 10 * MIN)) / 1000 : 0;
    };
    rig.run(MONDAY_9 + 30 * MIN, idle);
    expect(rig.records('natural-break')).toHaveLength(0);
    const [first] = rig.dueprompts();
    // 15 active minutes: 10 before the reading pause and 5 after it.
    expect(first.at - MONDAY_9).toBeGreaterThanOrEqual(18 * MIN);
    expect(first.at - MONDAY_9).toBeLessThan(19.5 * MIN);
  });

  it('a long idle is a natural break that resets the clock and is recorded from the last input', () => {
    const rig = new Rig(MONDAY_9);
    const leftAt = MONDAY_9 + 12 * MIN;
    const backAt = MONDAY_9 + 30 * MIN;
    const idle = (t: number) => (t >= leftAt && t < backAt ? (t - leftAt) / 1000 : 0);
    rig.run(MONDAY_9 + 40 * MIN, idle);
    const [brk] = rig.records('natural-break');
    expect(brk).toMatchObject({ reason: 'idle', start: leftAt, day: '2026-03-02' });
    expect(brk.end - backAt).toBeLessThanOrEqual(15 * SEC);
    const [bout] = rig.records('sitting');
    expect(bout.start).toBe(MONDAY_9);
    expect(bout.activeSeconds).toBeGreaterThan(11 * 60);
    // Up to the active grace after the last input counts as sitting.
    expect(bout.activeSeconds).toBeLessThanOrEqual(12 * 60 + 15);
    // The sitting clock restarted on return: no prompt in the 10 minutes after.
    expect(rig.dueprompts()).toHaveLength(0);
  });

  it('asks for few samples far from a break and one a second inside the lull window', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 10 * MIN, nonstop);
    expect(rig.samples.length).toBeLessThanOrEqual(10 * 6);
    expect(rig.samples.length).toBeGreaterThanOrEqual(10);
    const before = rig.samples.length;
    rig.run(MONDAY_9 + 15 * MIN + 30 * SEC, nonstop);
    const lullSamples = rig.samples.slice(before).filter((t) => t > MONDAY_9 + 15 * MIN);
    expect(lullSamples.length).toBeGreaterThanOrEqual(25);
  });
});

describe('answers', () => {
  it('snooze brings the prompt back after the snooze time of sitting', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 30 * MIN, typist(), [], { action: 'snooze', delayMs: 5 * SEC });
    const [a, b] = rig.dueprompts();
    expect(b.at - a.at).toBeGreaterThanOrEqual(5 * MIN);
    expect(b.at - a.at).toBeLessThan(7.5 * MIN);
    expect(rig.records('prompt')[0].outcome).toBe('snoozed');
  });

  it('skip waits a full interval', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 45 * MIN, typist(), [], { action: 'skip', delayMs: 5 * SEC });
    const [a, b] = rig.dueprompts();
    expect(b.at - a.at).toBeGreaterThanOrEqual(15 * MIN);
    expect(rig.records('prompt')[0]).toMatchObject({ outcome: 'skipped', reps: 0 });
  });

  it('done records reps and the mobe', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 20 * MIN, typist(), [], { action: 'done' });
    expect(rig.records('prompt')[0]).toMatchObject({
      outcome: 'done',
      reps: 10,
      mobeId: 'neck-circles',
      area: 'neck',
    });
  });

  it('an unanswered prompt is missed after five minutes and closes', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 25 * MIN, typist());
    const [rec] = rig.records('prompt');
    expect(rec.outcome).toBe('missed');
    expect(rec.endedAt - rec.at).toBeGreaterThanOrEqual(5 * MIN);
    expect(rec.endedAt - rec.at).toBeLessThanOrEqual(5 * MIN + 31 * SEC);
    expect(rig.log.some((d) => d.type === 'close-prompt' && d.outcome === 'missed')).toBe(true);
  });

  it('answers for a break that is not showing change nothing', () => {
    const rig = new Rig(MONDAY_9);
    rig.input({ type: 'action', at: MONDAY_9 + SEC, action: 'done', reps: 5 });
    rig.input({ type: 'action', at: MONDAY_9 + 2 * SEC, action: 'skip' });
    expect(rig.records('prompt')).toHaveLength(0);
  });

  it('a manual break shows at once and a preview is never recorded', () => {
    const rig = new Rig(MONDAY_9);
    rig.input({ type: 'action', at: MONDAY_9 + MIN, action: 'preview' });
    rig.input({ type: 'action', at: MONDAY_9 + 2 * MIN, action: 'done', reps: 10 });
    rig.input({ type: 'action', at: MONDAY_9 + 3 * MIN, action: 'start-break' });
    rig.input({ type: 'action', at: MONDAY_9 + 4 * MIN, action: 'done', reps: 10 });
    expect(rig.prompts().map((p) => p.prompt.reason)).toEqual(['preview', 'manual']);
    expect(rig.records('prompt').map((r) => r.reason)).toEqual(['manual']);
  });
});

describe('lock, sleep and pause', () => {
  it('a lock of a minute or more resets the clock; a shorter one only pauses it', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 10 * MIN, nonstop, [
      { type: 'power', at: MONDAY_9 + 5 * MIN, event: 'lock' },
      { type: 'power', at: MONDAY_9 + 5 * MIN + 20 * SEC, event: 'unlock' },
    ]);
    expect(rig.records('natural-break')).toHaveLength(0);
    rig.run(MONDAY_9 + 20 * MIN, nonstop, [
      { type: 'power', at: MONDAY_9 + 12 * MIN, event: 'lock' },
      { type: 'power', at: MONDAY_9 + 14 * MIN, event: 'unlock' },
    ]);
    expect(rig.records('natural-break')).toEqual([
      expect.objectContaining({ reason: 'lock', start: MONDAY_9 + 12 * MIN, end: MONDAY_9 + 14 * MIN }),
    ]);
    expect(rig.records('sitting')[0]).toMatchObject({ endedBy: 'lock', end: MONDAY_9 + 12 * MIN });
    expect(rig.dueprompts()).toHaveLength(0);
  });

  it('never samples while locked and never prompts straight after a long sleep', () => {
    const rig = new Rig(MONDAY_9);
    const sleep = MONDAY_9 + 14 * MIN;
    const wake = at('2026-03-03T10:00');
    rig.run(wake + 20 * MIN, nonstop, [
      { type: 'power', at: sleep, event: 'suspend' },
      { type: 'power', at: wake, event: 'resume' },
    ]);
    expect(rig.samples.filter((t) => t > sleep && t < wake)).toHaveLength(0);
    const after = rig.dueprompts().filter((p) => p.at > wake);
    expect(after[0].at - wake).toBeGreaterThanOrEqual(15 * MIN);
    expect(rig.records('natural-break')[0]).toMatchObject({ reason: 'suspend', start: sleep, end: wake });
  });

  it('treats a sample arriving long after it was asked for as sleep, without crediting the gap', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 5 * MIN, nonstop);
    const late = MONDAY_9 + 65 * MIN;
    rig.input({ type: 'idle', at: late, idleSeconds: 2 });
    expect(rig.records('natural-break')[0]).toMatchObject({ reason: 'suspend' });
    expect(rig.records('sitting')[0].activeSeconds).toBeLessThanOrEqual(5 * 60);
    expect(rig.dueprompts()).toHaveLength(0);
  });

  it('pause asks for no samples and ends on time; resume ends it early', () => {
    const rig = new Rig(MONDAY_9);
    const until = MONDAY_9 + 40 * MIN;
    rig.input({ type: 'action', at: MONDAY_9 + MIN, action: 'pause', until });
    expect(rig.engine.snapshot().phase).toBe('paused');
    expect(rig.nextWakeAt()).toBe(until);
    rig.run(until + 5 * MIN, nonstop);
    expect(rig.samples.filter((t) => t < until)).toHaveLength(0);
    expect(rig.engine.snapshot().phase).toBe('sitting');
    rig.input({ type: 'action', at: until + 6 * MIN, action: 'pause', until: until + 60 * MIN });
    rig.input({ type: 'action', at: until + 7 * MIN, action: 'resume' });
    expect(rig.engine.snapshot().phase).toBe('sitting');
  });

  it('closes a showing prompt as missed when the screen locks', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 17 * MIN, typist());
    expect(rig.engine.snapshot().phase).toBe('prompting');
    rig.input({ type: 'power', at: MONDAY_9 + 17 * MIN + SEC, event: 'lock' });
    expect(rig.records('prompt')[0].outcome).toBe('missed');
    expect(rig.nextWakeAt()).toBeNull();
  });
});

describe('work hours', () => {
  it('sleeps outside work hours until the next start, then starts a fresh sitting clock', () => {
    const evening = at('2026-03-02T19:00');
    const rig = new Rig(evening);
    expect(rig.engine.snapshot().phase).toBe('off-hours');
    expect(rig.nextWakeAt()).toBe(at('2026-03-03T09:00'));
    rig.run(at('2026-03-03T09:20'), typist());
    expect(rig.samples.filter((t) => t < at('2026-03-03T09:00'))).toHaveLength(0);
    expect(rig.dueprompts()[0].at).toBeGreaterThan(at('2026-03-03T09:15'));
  });

  it('closes the bout at the end of work hours and asks for nothing over the weekend', () => {
    const friday = at('2026-03-06T17:50');
    const rig = new Rig(friday);
    rig.run(at('2026-03-09T08:00'), nonstop);
    expect(rig.records('sitting')[0]).toMatchObject({ endedBy: 'off-hours', end: at('2026-03-06T18:00') });
    expect(rig.samples.filter((t) => t > at('2026-03-06T18:00'))).toHaveLength(0);
    expect(rig.nextWakeAt()).toBe(at('2026-03-09T09:00'));
  });

  it('a settings change moves the due time and work hours take effect at once', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 5 * MIN, nonstop);
    rig.input({
      type: 'settings',
      at: MONDAY_9 + 5 * MIN,
      settings: { ...DEFAULT_SETTINGS, breakIntervalMinutes: 10 },
    });
    rig.run(MONDAY_9 + 12 * MIN, nonstop);
    expect(rig.dueprompts()[0].at - MONDAY_9).toBeLessThan(12 * MIN);
    rig.input({
      type: 'settings',
      at: MONDAY_9 + 12 * MIN + SEC,
      settings: { ...DEFAULT_SETTINGS, workHours: { ...DEFAULT_SETTINGS.workHours, mon: [] } },
    });
    expect(rig.engine.snapshot().phase).toBe('prompting');
    rig.input({ type: 'action', at: MONDAY_9 + 13 * MIN, action: 'skip' });
    expect(rig.engine.snapshot().phase).toBe('off-hours');
  });
});

describe('hostile clocks', () => {
  it('a backwards clock change credits nothing and never yields negative durations', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 10 * MIN, nonstop);
    const back = MONDAY_9 + 5 * MIN;
    rig.input({ type: 'clock', at: back });
    rig.run(back + 30 * MIN, typist(), [], { action: 'done' });
    for (const r of rig.records('sitting')) expect(r.end).toBeGreaterThanOrEqual(r.start);
    for (const r of rig.records('prompt')) expect(r.endedAt).toBeGreaterThanOrEqual(r.at);
    const prompts = rig.dueprompts();
    for (let i = 1; i < prompts.length; i++)
      expect(prompts[i].at - prompts[i - 1].at).toBeGreaterThan(10 * MIN);
  });

  it('an unannounced backwards step is clamped to zero elapsed time', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 10 * MIN, nonstop);
    const before = rig.engine.snapshot().sittingSeconds;
    rig.input({ type: 'idle', at: MONDAY_9 + 2 * MIN, idleSeconds: 0 });
    expect(rig.engine.snapshot().sittingSeconds).toBe(before);
  });

  it('a time-zone change moves work hours to the new local time', () => {
    const rig = new Rig(MONDAY_9);
    rig.run(MONDAY_9 + 10 * MIN, nonstop);
    // Flying west: 09:10 in Berlin is 03:10 in New York, outside work hours.
    rig.input({ type: 'clock', at: MONDAY_9 + 10 * MIN, zone: 'America/New_York' });
    expect(rig.engine.snapshot().phase).toBe('off-hours');
    expect(rig.nextWakeAt()).toBe(at('2026-03-02T09:00', 'America/New_York'));
  });

  it('works through a DST change with the same number of prompts as any day', () => {
    // Sunday 2026-03-29 springs forward in Berlin; work hours on Sunday for this test.
    const hours = { ...DEFAULT_SETTINGS.workHours, sun: [{ start: '01:00', end: '05:00' }] };
    const start = at('2026-03-29T01:00');
    const rig = new Rig(start, { workHours: hours });
    rig.run(at('2026-03-29T05:00'), typist(), [], { action: 'done' });
    // 01:00 to 05:00 local is only three real hours that day.
    const prompts = rig.dueprompts();
    expect(prompts.length).toBeGreaterThanOrEqual(9);
    expect(prompts.length).toBeLessThanOrEqual(12);
    for (let i = 1; i < prompts.length; i++)
      expect(prompts[i].at - prompts[i - 1].at).toBeGreaterThan(14 * MIN);
  });
});
