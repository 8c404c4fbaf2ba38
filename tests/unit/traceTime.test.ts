import { describe, expect, it } from 'vitest';
import { localIso, resolveTime } from '../../shared/trace/time';
import { at } from './support/engineRig';

describe('trace times', () => {
  it('reads local times in the zone, times with an offset, and epoch ms', () => {
    expect(resolveTime('2026-03-02T09:00:00', 'Europe/Berlin')).toEqual({
      ok: true,
      at: at('2026-03-02T09:00'),
    });
    expect(resolveTime('2026-03-02T09:00', 'Europe/Berlin')).toEqual({
      ok: true,
      at: at('2026-03-02T09:00'),
    });
    expect(resolveTime('2026-03-02T09:00:00.250', 'Europe/Berlin')).toEqual({
      ok: true,
      at: at('2026-03-02T09:00') + 250,
    });
    expect(resolveTime('2026-03-02T08:00:00Z', 'Asia/Tokyo')).toEqual({
      ok: true,
      at: at('2026-03-02T09:00'),
    });
    expect(resolveTime('2026-03-02T10:00:00+02:00', 'UTC')).toEqual({ ok: true, at: at('2026-03-02T09:00') });
    expect(resolveTime(1772438400000, 'UTC')).toEqual({ ok: true, at: 1772438400000 });
  });

  it('resolves a local time skipped by spring-forward to the change, a repeated one to its first occurrence', () => {
    const change = Date.UTC(2026, 2, 29, 1, 0); // 02:00 CET becomes 03:00 CEST
    expect(resolveTime('2026-03-29T02:30:00', 'Europe/Berlin')).toEqual({ ok: true, at: change });
    const firstOf0230 = Date.UTC(2026, 9, 25, 0, 30); // 02:30 CEST, before the fall-back
    expect(resolveTime('2026-10-25T02:30:00', 'Europe/Berlin')).toEqual({ ok: true, at: firstOf0230 });
  });

  it('rejects what is not a time', () => {
    for (const bad of [
      'yesterday',
      '2026-02-30T09:00:00',
      '2026-03-02T24:00:00',
      '2026-03-02',
      -5,
      1.5,
      true,
    ]) {
      expect(resolveTime(bad, 'UTC').ok, String(bad)).toBe(false);
    }
  });

  it('prints local ISO with the offset in force', () => {
    expect(localIso(at('2026-03-28T22:00'), 'Europe/Berlin')).toBe('2026-03-28T22:00:00+01:00');
    expect(localIso(at('2026-03-29T09:00') + 5, 'Europe/Berlin')).toBe('2026-03-29T09:00:00.005+02:00');
  });
});
