import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { CATALOG_SAFETY_NOTE } from '../../shared/catalog/catalog';
import type { BreakView, MobesApi, TodayStatus } from '../../shared/ipc/contract';
import { AREA_LABELS } from '../shared/format';
import { useReducedMotion } from '../shared/useReducedMotion';
import { Completion } from './Completion';
import { MobeVisual } from './MobeVisual';
import type { RepReading } from './repClock';
import { sideAt } from './sides';
import { playTick } from './tick';
import { RING_LENGTH, TimeRing } from './TimeRing';
import { useRepClock } from './useRepClock';
import { useShortcuts } from './useShortcuts';

/** Lead-in before counting: three seconds to look up from the work and get into position. */
export const LEAD_IN_MS = 3000;
/** How long the completion view stays before the window closes itself. */
export const COMPLETION_CLOSE_MS = 4000;
/** The counter is announced to screen readers every this many reps (and at the end). */
export const ANNOUNCE_EVERY = 5;

export interface BreakEndings {
  /** The window itself ends this prompt: its breakEnded echo must not close the window early. */
  mark(promptId: string): void;
  unmark(promptId: string): void;
}

export interface BreakSessionProps {
  api: MobesApi;
  view: BreakView;
  endings: BreakEndings;
  /** Called when this break's window content should go away. */
  onClose(): void;
  tick?: (final: boolean) => void;
}

type Stage =
  { kind: 'guide' } | { kind: 'complete'; reps: number; today: TodayStatus | null; error: string | null };

type Ending = 'skip' | 'snooze' | 'hide';

export function BreakSession({ api, view, endings, onClose, tick = playTick }: BreakSessionProps) {
  const { mobe, targetReps, promptId } = view;
  const still = useReducedMotion(view.reducedMotion);
  const [stage, setStage] = useState<Stage>({ kind: 'guide' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState(
    `${mobe.name}, ${targetReps} reps. Starting in ${LEAD_IN_MS / 1000} seconds.`,
  );
  const ringRef = useRef<SVGCircleElement>(null);
  const secondsRef = useRef<HTMLSpanElement>(null);
  const finishing = useRef(false);
  const totalMs = Math.max(1, view.breakSeconds * 1000);

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
    const left = String(Math.max(0, Math.ceil((totalMs - r.countingMs) / 1000)));
    if (secondsRef.current && secondsRef.current.textContent !== left) secondsRef.current.textContent = left;
  };

  const onRep = (reps: number) => {
    if (view.sound) tick(reps >= targetReps);
    const parts: string[] = [];
    if (reps >= targetReps) parts.push(`${reps} of ${targetReps}, all done`);
    else if (reps % ANNOUNCE_EVERY === 0) parts.push(`${reps} of ${targetReps}`);
    const cue = sideAt(mobe.sides, reps, targetReps).cue;
    if (cue && reps < targetReps) parts.push(cue);
    if (parts.length) setAnnouncement(parts.join('. '));
  };

  const complete = useCallback(
    async (reps: number) => {
      if (finishing.current) return;
      finishing.current = true;
      endings.mark(promptId);
      setStage({ kind: 'complete', reps, today: null, error: null });
      const res = await api.completeBreak({ promptId, reps });
      if (res.ok) {
        const t = res.value;
        setStage({ kind: 'complete', reps, today: t, error: null });
        setAnnouncement(`Done. ${t.done} of ${t.goal} today.`);
      } else {
        setStage({ kind: 'complete', reps, today: null, error: res.error.message });
      }
    },
    [api, endings, promptId],
  );

  const clock = useRepClock(plan, {
    onFrame,
    onRep,
    onStart: () => setAnnouncement(`Go: ${targetReps} reps.`),
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
        setError(res.error.message);
        return;
      }
      close();
    },
    [api, busy, close, endings, mobe.id, promptId, setPaused],
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
    setAnnouncement(next ? 'Paused' : 'Resumed');
  }, [clock.paused, setPaused]);

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
        }
      : { Enter: close, Escape: close },
  );

  // The completion view closes the window by itself once the result is in.
  const completedOk = stage.kind === 'complete' && stage.today !== null;
  useEffect(() => {
    if (!completedOk) return;
    const t = setTimeout(close, COMPLETION_CLOSE_MS);
    return () => clearTimeout(t);
  }, [completedOk, close]);

  // Marks for the start-up benchmark: the figure is in the DOM, then its first painted frame.
  useEffect(() => {
    performance.clearMarks('mobe-visible');
    performance.clearMarks('mobe-first-frame');
    performance.mark('mobe-visible');
    const f = requestAnimationFrame(() => performance.mark('mobe-first-frame'));
    return () => cancelAnimationFrame(f);
  }, []);

  const { leadIn, reps } = clock.state;
  const side = sideAt(mobe.sides, reps, targetReps);
  const moving = clock.counting;
  const pulseStyle = { '--rep': `${mobe.secondsPerRep}s` } as CSSProperties;

  return (
    <main
      className="break"
      data-stage={stage.kind}
      data-paused={clock.paused || undefined}
      data-mobe={mobe.id}
      data-seconds-per-rep={mobe.secondsPerRep}
      data-target-reps={targetReps}
    >
      {stage.kind === 'complete' ? (
        <Completion
          mobeName={mobe.name}
          preview={view.reason === 'preview'}
          reps={stage.reps}
          targetReps={targetReps}
          today={stage.today}
          error={stage.error}
          onClose={close}
        />
      ) : (
        <>
          <header className="break-head">
            <span className="chip">{AREA_LABELS[mobe.area] ?? mobe.area}</span>
            <span className="posture">{mobe.postures.join(' or ')}</span>
            {view.reason === 'preview' && <span className="chip quiet">Preview, not counted</span>}
          </header>
          <h1 className="mobe-name">{mobe.name}</h1>
          <p className="summary">{mobe.summary}</p>
          <div className="stage">
            <div className="visual">
              <MobeVisual mobe={mobe} secondHalf={side.secondHalf} moving={moving} still={still} />
            </div>
            <div className="meter">
              <TimeRing ref={ringRef}>
                {leadIn > 0 ? (
                  <>
                    <span className="leadin" data-testid="lead-in">
                      {leadIn}
                    </span>
                    <span className="ring-caption">get ready</span>
                  </>
                ) : (
                  <>
                    <span className="count" data-testid="rep-count">
                      {reps}
                      <span className="of"> / {targetReps}</span>
                    </span>
                    <span className="ring-caption">reps</span>
                  </>
                )}
              </TimeRing>
              <div className="beat">
                <span
                  className={`pulse ${still ? 'is-still' : moving ? 'is-moving' : 'is-frozen'}`}
                  style={pulseStyle}
                  aria-hidden="true"
                />
                <span className="seconds">
                  <span ref={secondsRef} data-testid="seconds-left">
                    {view.breakSeconds}
                  </span>{' '}
                  s left
                </span>
              </div>
              {side.label && (
                <p className={`side${side.cue ? ' is-cue' : ''}`} data-testid="side">
                  {side.cue ?? side.label}
                </p>
              )}
            </div>
          </div>
          <ul className="cues">
            {mobe.cues.map((c) => (
              <li key={c}>{c}</li>
            ))}
            <li className="cue-care">{mobe.safety}</li>
          </ul>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="controls">
            <button type="button" onClick={togglePause} aria-keyshortcuts="Space" disabled={busy}>
              {clock.paused ? 'Resume' : 'Pause'} <kbd>Space</kbd>
            </button>
            <button
              type="button"
              className="primary"
              onClick={done}
              aria-keyshortcuts="Enter"
              disabled={busy}
            >
              Done <kbd>Enter</kbd>
            </button>
            <button type="button" onClick={() => void end('skip')} aria-keyshortcuts="S" disabled={busy}>
              Skip <kbd>S</kbd>
            </button>
            <button
              type="button"
              onClick={() => void end('snooze')}
              aria-keyshortcuts="Z Escape"
              disabled={busy}
            >
              Snooze <kbd>Z</kbd>
            </button>
          </div>
          <button
            type="button"
            className="link"
            onClick={() => void end('hide')}
            aria-keyshortcuts="H"
            disabled={busy}
          >
            Not this one again <kbd>H</kbd>
          </button>
          <p className="safety">{CATALOG_SAFETY_NOTE}</p>
        </>
      )}
      <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {announcement}
      </div>
    </main>
  );
}
