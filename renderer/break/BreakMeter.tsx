import type { CSSProperties, Ref } from 'react';
import type { SideState } from './sides';
import { TimeRing } from './TimeRing';

export interface BreakMeterProps {
  leadIn: number;
  reps: number;
  targetReps: number;
  breakSeconds: number;
  secondsPerRep: number;
  side: SideState;
  /** Animation state of the cadence pulse. */
  motion: 'still' | 'moving' | 'frozen';
  ringRef: Ref<SVGCircleElement>;
  secondsRef: Ref<HTMLSpanElement>;
}

/**
 * The rep counter in its time ring, the seconds left beside the cadence pulse, and the side cue.
 * The ring and the seconds are written by the clock loop through the refs, not by React renders.
 */
export function BreakMeter(p: BreakMeterProps) {
  const pulseStyle = { '--rep': `${p.secondsPerRep}s` } as CSSProperties;
  return (
    <div className="meter">
      <TimeRing ref={p.ringRef}>
        {p.leadIn > 0 ? (
          <>
            <span className="leadin" data-testid="lead-in">
              {p.leadIn}
            </span>
            <span className="ring-caption">get ready</span>
          </>
        ) : (
          <>
            <span className="count" data-testid="rep-count">
              {p.reps}
              <span className="of"> / {p.targetReps}</span>
            </span>
            <span className="ring-caption">reps</span>
          </>
        )}
      </TimeRing>
      <p className="beat">
        <span className={`pulse is-${p.motion}`} style={pulseStyle} aria-hidden="true" />
        <span className="seconds">
          <span ref={p.secondsRef} data-testid="seconds-left">
            {p.breakSeconds}
          </span>{' '}
          s left
        </span>
      </p>
      {p.side.label && (
        <p className={`side${p.side.cue ? ' is-cue' : ''}`} data-testid="side">
          {p.side.cue ?? p.side.label}
        </p>
      )}
    </div>
  );
}
