import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMidnightTimer } from '../../electron/power/midnight';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => vi.useRealTimers());

describe('midnight timer (node-cron)', () => {
  it('fires once at local midnight in the given zone, with a single pending timer', async () => {
    vi.setSystemTime(Date.parse('2025-03-05T14:58:00Z')); // 23:58 in Tokyo
    const fired: string[] = [];
    const t = startMidnightTimer('Asia/Tokyo', () => fired.push(new Date().toISOString()));
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(61_000);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatch(/^2025-03-05T15:00:0/);
    await vi.advanceTimersByTimeAsync(3600_000);
    expect(fired).toHaveLength(1);
    t.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('follows a zone change', async () => {
    vi.setSystemTime(Date.parse('2025-03-05T22:00:00Z'));
    const fired: string[] = [];
    const t = startMidnightTimer('Asia/Tokyo', () => fired.push(new Date().toISOString()));
    t.retarget('UTC');
    await vi.advanceTimersByTimeAsync(2 * 3600_000 + 1000);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatch(/^2025-03-06T00:00:0/);
    expect(vi.getTimerCount()).toBe(1);
    t.stop();
  });
});
