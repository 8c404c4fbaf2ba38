import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakView, MobesApi, TodayStatus } from '../../shared/ipc/contract';
import type { ShortcutAction } from '../../shared/shortcuts/accelerator';
import { useFailureText } from '../i18n/failureText';
import { useMobeTexts } from '../i18n/mobeTexts';
import { formatInteger } from '../../shared/i18n/numbers';
import { useReducedMotion } from '../shared/useReducedMotion';
import { announcementFor, type BreakMoment } from './announce';
import { cueIndexAt } from './cues';
import type { RepReading } from './repClock';
import { sideAt } from './sides';
import { playTickWhenLoaded, preloadTick } from './tickLoader';
import { RING_LENGTH } from './TimeRing';
import { useRepClock } from './useRepClock';
import { useShortcuts } from './useShortcuts';
import { FEEL_KEYS, useFocusSet } from './useFocusSet';

/** Lead-in before counting: three seconds to look up from the work and get into position. */
export const LEAD_IN_MS = 3000;
/** How long the completion view stays before the window closes itself. */
export const COMPLETION_CLOSE_MS = 4000;

export interface BreakEndings {
  /** The window itself ends this prompt: its breakEnded echo must not close the window early. */
  mark(promptId: string): void;
  unmark(promptId: string): void;
}

export type Stage =
  { kind: 'guide' } | { kind: 'complete'; reps: number; today: TodayStatus | null; error: string | null };

export type Ending = 'skip' | 'snooze' | 'hide';

export interface BreakSessionInput {
  api: MobesApi;
  view: BreakView;
  endings: BreakEndings;
  onClose(): void;
  tick?: (final: boolean) => void;
}

/**
 * Everything a guided break does, without its looks: the rep clock, the stage (guiding or complete),
 * the calls to main, the keys (in-window and the global shortcuts main forwards), the live-region
 * text, and the per-frame writes to the time ring and the seconds left.
 */
export function useBreakSession({
  api,
  view,
  endings,
  onClose,
  tick = playTickWhenLoaded,
}: BreakSessionInput) {
  const { mobe, targetReps, promptId } = view;
  const { t, i18n } = useTranslation('break');
  const failure = useFailureText('break');
  const lng = i18n.language;
  const texts = useMobeTexts(mobe);
  const still = useReducedMotion(view.reducedMotion);
  const [stage, setStage] = useState<Stage>({ kind: 'guide' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const say = (m: BreakMoment) => {
    const text = announcementFor(m, t, lng);
    if (text) setAnnouncement(text);
  };
  // The lead-in is said once the live region is on the page, after its first frame: screen readers read
  // a live region's changes, not what it holds when it appears, and its plural text needs Intl, whose
  // first use in a window would cost the first frame some 12 ms (shared/i18n/numbers.ts).
  const leadIn = { kind: 'lead-in', mobeName: texts.name, targetReps, seconds: LEAD_IN_MS / 1000 } as const;
  const sayLeadIn = useRef(() => say(leadIn));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => sayLeadIn.current(), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  useEffect(() => {
    if (view.sound) preloadTick();
  }, [view.sound]);
  const ringRef = useRef<SVGCircleElement>(null);
  const secondsRef = useRef<HTMLSpanElement>(null);
  const finishing = useRef(false);
  const totalMs = Math.max(1, view.breakSeconds * 1000);
  const focusSet = useFocusSet(api, view);

  const plan = useMemo(
    () => ({ leadInMs: LEAD_IN_MS, msPerRep: mobe.secondsPerRep * 1000, targetReps }),
    [mobe.secondsPerRep, targetReps],
  );

  const onFrame = (r: RepReading) => {
    // Reduced motion: the ring and the seconds move in whole-second steps instead of sweeping.
    const shownMs = still ? Math.floor(r.countingMs / 1000) * 1000 : r.countingMs;
    ringRef.current?.setAttribute(
      'stroke-dashoffset',
      String(RING_LENGTH * (1 - Math.min(1, shownMs / totalMs))),
    );
    const left = formatInteger(Math.max(0, Math.ceil((totalMs - r.countingMs) / 1000)), lng);
    if (secondsRef.current && secondsRef.current.textContent !== left) secondsRef.current.textContent = left;
  };

  const onRep = (reps: number) => {
    if (view.sound) tick(reps >= targetReps);
    const cueNow = cueIndexAt(mobe.cues.length, reps, targetReps);
    const cueBefore = cueIndexAt(mobe.cues.length, reps - 1, targetReps);
    const sideCue = sideAt(mobe.sides, reps, targetReps).cue;
    say({
      kind: 'rep',
      reps,
      targetReps,
      sideCue: sideCue ? t(`sides.${sideCue}`) : null,
      newCue: cueNow !== cueBefore ? texts.cues[cueNow] : null,
    });
  };

  const complete = useCallback(
    async (reps: number) => {
      if (finishing.current) return;
      finishing.current = true;
      endings.mark(promptId);
      setStage({ kind: 'complete', reps, today: null, error: null });
      const res = await api.completeBreak({ promptId, reps });
      if (res.ok) {
        setStage({ kind: 'complete', reps, today: res.value, error: null });
        setAnnouncement(announcementFor({ kind: 'recorded', today: res.value }, t, lng) ?? '');
      } else {
        setStage({ kind: 'complete', reps, today: null, error: failure(res.error.code) });
      }
    },
    [api, endings, promptId, t, lng, failure],
  );

  const clock = useRepClock(plan, {
    onFrame,
    onRep,
    onStart: () => say({ kind: 'start', targetReps }),
    onDone: (reps) => void complete(reps),
  });
  const { setPaused, repsNow } = clock;

  const close = useCallback(() => {
    onClose();
    void api.closeBreak();
  }, [api, onClose]);

  const end = useCallback(
    async (how: Ending) => {
      if (finishing.current || busy) return;
      finishing.current = true;
      setBusy(true);
      setPaused(true);
      endings.mark(promptId);
      const hidden = how === 'hide' ? await api.hideMobe({ mobeId: mobe.id }) : null;
      const res =
        hidden && !hidden.ok
          ? hidden
          : how === 'snooze'
            ? await api.snoozeBreak({ promptId })
            : await api.skipBreak({ promptId });
      // 'not-found': the break already ended elsewhere, which is what the user wanted anyway.
      if (!res.ok && res.error.code !== 'not-found') {
        endings.unmark(promptId);
        finishing.current = false;
        setBusy(false);
        setError(t('actionFailed', { error: failure(res.error.code) }));
        return;
      }
      close();
    },
    [api, busy, close, endings, mobe.id, promptId, setPaused, t, failure],
  );

  const done = useCallback(() => {
    if (finishing.current) return;
    setPaused(true);
    void complete(repsNow());
  }, [complete, repsNow, setPaused]);

  const togglePause = useCallback(() => {
    if (finishing.current) return;
    const next = !clock.paused;
    setPaused(next);
    setAnnouncement(announcementFor({ kind: 'paused', paused: next }, t, lng) ?? '');
  }, [clock.paused, setPaused, t, lng]);

  const guiding = stage.kind === 'guide';
  useShortcuts(
    guiding
      ? {
          ' ': togglePause,
          Enter: done,
          s: () => void end('skip'),
          z: () => void end('snooze'),
          Escape: () => void end('snooze'),
          h: () => void end('hide'),
          ...(view.focus?.declinable ? { d: () => void focusSet.decline() } : {}),
        }
      : {
          Enter: close,
          Escape: close,
          ...(focusSet.asking
            ? Object.fromEntries(FEEL_KEYS.map((f, i) => [String(i + 1), () => void focusSet.answer(f)]))
            : {}),
        },
  );

  // Global shortcuts (registered by main only while this window is up) act like the buttons.
  const globalActions = useRef<Record<ShortcutAction, () => void>>(null!);
  globalActions.current = guiding
    ? { done, skip: () => void end('skip'), snooze: () => void end('snooze') }
    : { done: close, skip: close, snooze: close };
  useEffect(() => api.onBreakShortcut(({ action }) => globalActions.current[action]?.()), [api]);

  // The completion view closes the window by itself once the result is in (and, after a focus set,
  // the feel answer; after two that hurt it stays until closed, so the advice can be read).
  const completedOk =
    stage.kind === 'complete' && stage.today !== null && !focusSet.asking && !focusSet.result?.hurtTwice;
  useEffect(() => {
    if (!completedOk) return;
    const t = setTimeout(close, COMPLETION_CLOSE_MS);
    return () => clearTimeout(t);
  }, [completedOk, close]);

  const { reps } = clock.state;
  return {
    stage,
    busy,
    error,
    announcement,
    still,
    clock,
    side: sideAt(mobe.sides, reps, targetReps),
    cueIndex: cueIndexAt(mobe.cues.length, reps, targetReps),
    ringRef,
    secondsRef,
    focusSet,
    actions: { togglePause, done, end, close },
  };
}

export type BreakSessionState = ReturnType<typeof useBreakSession>;
