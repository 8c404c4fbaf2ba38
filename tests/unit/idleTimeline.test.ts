import { describe, expect, it } from 'vitest';
import { IdleTimeline } from '../../shared/sim/idleTimeline';
import { at } from './support/engineRig';

describe('the simulated user idle time', () => {
  const T = at('2026-03-02T10:00');
  const S = 1000;

  it('counts idle since the latest known input, revealed by later observations too', () => {
    // At 10:00:00 the user had just typed; at 10:00:30 they had been idle 10 s (input at 10:00:20).
    const idle = new IdleTimeline(T - 60 * S, [
      [T, 0],
      [T + 30 * S, 10],
    ]);
    expect(idle.idleSecondsAt(T + 10 * S)).toBe(10);
    expect(idle.idleSecondsAt(T + 25 * S)).toBe(5);
    expect(idle.idleSecondsAt(T + 40 * S)).toBe(20);
    // Whole seconds, as the OS reports them.
    expect(idle.idleSecondsAt(T + 1999)).toBe(1);
  });

  it('counts from the start before any known input', () => {
    const idle = new IdleTimeline(T, [[T + 60 * S, 0]]);
    expect(idle.idleSecondsAt(T + 30 * S)).toBe(30);
    expect(idle.idleSecondsAt(T - S)).toBe(0);
  });

  it('takes an observation that reveals an older input at its word', () => {
    // Away 45 minutes: the observation at 10:45 says the last input was at 10:00.
    const idle = new IdleTimeline(T - 60 * S, [
      [T, 0],
      [T + 45 * 60 * S, 45 * 60],
    ]);
    expect(idle.idleSecondsAt(T + 30 * 60 * S)).toBe(30 * 60);
  });
});
