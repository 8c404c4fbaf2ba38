import { describe, expect, it } from 'vitest';
import { pauseUntil } from '../../electron/tray/pauseUntil';

describe('pauseUntil', () => {
  const now = Date.parse('2025-03-05T14:20:00Z');
  it('30 minutes and 1 hour', () => {
    expect(pauseUntil('30m', now, 'UTC') - now).toBe(30 * 60_000);
    expect(pauseUntil('1h', now, 'UTC') - now).toBe(3_600_000);
  });
  it('until tomorrow = next local midnight in the zone', () => {
    expect(new Date(pauseUntil('tomorrow', now, 'UTC')).toISOString()).toBe('2025-03-06T00:00:00.000Z');
    expect(new Date(pauseUntil('tomorrow', now, 'Asia/Tokyo')).toISOString()).toBe(
      '2025-03-05T15:00:00.000Z',
    );
  });
});
