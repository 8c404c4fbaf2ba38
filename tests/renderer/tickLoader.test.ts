import { describe, expect, it, vi } from 'vitest';

const played = vi.hoisted(() => [] as boolean[]);
vi.mock('../../renderer/break/tick', () => ({ playTick: (final = false) => void played.push(final) }));

/** The rep tick's code comes when sound is on; a tick asked for before it arrives still plays. */
describe('the rep tick, loaded when needed', () => {
  it('plays a tick asked for while loading, then plays at once', async () => {
    const { playTickWhenLoaded, preloadTick } = await import('../../renderer/break/tickLoader');
    playTickWhenLoaded(false);
    expect(played).toEqual([]);
    await vi.waitFor(() => expect(played).toEqual([false]));
    preloadTick();
    playTickWhenLoaded(true);
    expect(played).toEqual([false, true]);
  });
});
