import { useCallback, useEffect, useRef, useState } from 'react';
import { RepClock, type RepPlan, type RepReading } from './repClock';

export interface RepClockState {
  leadIn: number;
  reps: number;
  done: boolean;
}

export interface RepClockControls {
  state: RepClockState;
  paused: boolean;
  /** True once the lead-in is over and the animation should move (while not paused). */
  counting: boolean;
  setPaused(paused: boolean): void;
  /** Reps completed right now (reads the clock, not the last render). */
  repsNow(): number;
}

/**
 * Drives a break from requestAnimationFrame + performance.now. React state changes only when the
 * lead-in second or the rep count changes (so at most once per rep); per-frame work (the time ring,
 * the seconds left) goes through `onFrame`, which writes to the DOM directly.
 * Starts by itself: the lead-in gives the user a moment to get into position.
 */
export function useRepClock(
  plan: RepPlan,
  hooks: {
    onFrame?(reading: RepReading): void;
    /** The lead-in is over: counting starts. */
    onStart?(): void;
    onRep?(reps: number): void;
    onDone?(reps: number): void;
  },
): RepClockControls {
  const clockRef = useRef<RepClock | null>(null);
  clockRef.current ??= new RepClock(plan);
  const hooksRef = useRef(hooks);
  useEffect(() => {
    hooksRef.current = hooks;
  });

  const [state, setState] = useState<RepClockState>(() => ({
    leadIn: Math.ceil(plan.leadInMs / 1000),
    reps: 0,
    done: plan.targetReps <= 0,
  }));
  const [paused, setPausedState] = useState(false);

  useEffect(() => {
    const clock = clockRef.current!;
    if (paused || state.done) {
      clock.pause(performance.now());
      return;
    }
    clock.start(performance.now());
    let frame = 0;
    let last = state;
    const tick = () => {
      const reading = clock.read(performance.now());
      hooksRef.current.onFrame?.(reading);
      if (reading.leadIn !== last.leadIn || reading.reps !== last.reps || reading.done !== last.done) {
        const repChanged = reading.reps !== last.reps;
        const started = last.leadIn > 0 && reading.leadIn === 0;
        last = { leadIn: reading.leadIn, reps: reading.reps, done: reading.done };
        setState(last);
        if (started) hooksRef.current.onStart?.();
        if (repChanged) hooksRef.current.onRep?.(reading.reps);
        if (reading.done) {
          clock.pause(performance.now());
          hooksRef.current.onDone?.(reading.reps);
          return;
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      clock.pause(performance.now());
    };
    // `state` is read only as the loop's starting point; the loop keeps its own copy afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [paused, state.done]);

  const setPaused = useCallback((p: boolean) => setPausedState(p), []);
  const repsNow = useCallback(() => clockRef.current!.read(performance.now()).reps, []);

  return { state, paused, counting: !paused && state.leadIn === 0 && !state.done, setPaused, repsNow };
}
