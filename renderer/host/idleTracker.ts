/**
 * The browser's stand-in for the OS idle time: seconds since the last keyboard, mouse, wheel or touch
 * event in this page. Listeners are passive and only store a timestamp, so they cost nothing.
 */
const EVENTS = ['keydown', 'mousemove', 'mousedown', 'pointerdown', 'wheel', 'touchstart'] as const;

export interface IdleTracker {
  idleSeconds(now: number): number;
  /** Marks activity now (e.g. a click on a host button that the page handled itself). */
  poke(now: number): void;
  dispose(): void;
}

export function createIdleTracker(target: Window, now: () => number): IdleTracker {
  let last = now();
  const on = () => {
    last = now();
  };
  for (const e of EVENTS) target.addEventListener(e, on, { capture: true, passive: true });
  return {
    idleSeconds: (at) => Math.max(0, (at - last) / 1000),
    poke: (at) => {
      last = at;
    },
    dispose: () => {
      for (const e of EVENTS) target.removeEventListener(e, on, { capture: true });
    },
  };
}
