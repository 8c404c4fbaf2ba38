import type * as TickModule from './tick';

/**
 * The rep tick's code, fetched only when a break has sound on (it is off by default): the break
 * window's script budget is 100 KB (scripts/bench-renderer.mjs). A session with sound asks for it at
 * its start, so it is in place by the first rep; a tick asked for before that plays once it arrives.
 */
let tick: typeof TickModule | undefined;
let loading: Promise<typeof TickModule> | undefined;

function load(): Promise<typeof TickModule> {
  loading ??= import('./tick').then(
    (m) => (tick = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export function preloadTick(): void {
  load().catch(() => undefined); // sound is a nicety: no tick rather than an error
}

export function playTickWhenLoaded(final = false): void {
  if (tick) tick.playTick(final);
  else
    load().then(
      (m) => m.playTick(final),
      () => undefined,
    );
}
