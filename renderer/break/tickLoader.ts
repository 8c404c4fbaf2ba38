import { lazyModule } from '../shared/lazyModule';

/**
 * The rep tick's code, fetched only when a break has sound on (it is off by default): the break
 * window's script budget is 100 KB (scripts/bench-renderer.mjs). A session with sound asks for it at
 * its start, so it is in place by the first rep; a tick asked for before that plays once it arrives.
 * Sound is a nicety: a failed load means no tick, never an error.
 */
const tick = lazyModule(() => import('./tick'));

export const preloadTick = tick.preload;

export function playTickWhenLoaded(final = false): void {
  const loaded = tick.get();
  if (loaded) loaded.playTick(final);
  else
    tick.load().then(
      (m) => m.playTick(final),
      () => undefined,
    );
}
