import type { CSSProperties, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../shared/i18n/numbers';
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

/** Where the seconds go in the translated "seconds left" text. */
const SLOT = '\u2063';

/**
 * The rep counter in its time ring, the seconds left beside the cadence pulse, and the side cue.
 * The ring and the seconds are written by the clock loop through the refs, not by React renders.
 */
export function BreakMeter(p: BreakMeterProps) {
  const { t, i18n } = useTranslation('break');
  const n = (value: number) => formatInteger(value, i18n.language);
  // The seconds are written into their own element by the clock loop; the words around them are
  // the translation's, in its order ("{{seconds}} s left", "残り {{seconds}} 秒").
  const [before, after] = t('meter.secondsLeft', { seconds: SLOT }).split(SLOT);
  const pulseStyle = { '--rep': `${p.secondsPerRep}s` } as CSSProperties;
  return (
    <div className="meter">
      <TimeRing ref={p.ringRef}>
        {p.leadIn > 0 ? (
          <>
            <span className="leadin" data-testid="lead-in">
              {n(p.leadIn)}
            </span>
            <span className="ring-caption">{t('meter.getReady')}</span>
          </>
        ) : (
          <>
            <span className="count" data-testid="rep-count">
              {n(p.reps)}
              <span className="of"> / {n(p.targetReps)}</span>
            </span>
            <span className="ring-caption">{t('meter.reps')}</span>
          </>
        )}
      </TimeRing>
      <p className="beat">
        <span className={`pulse is-${p.motion}`} style={pulseStyle} aria-hidden="true" />
        <span className="seconds">
          {before}
          <span ref={p.secondsRef} data-testid="seconds-left">
            {n(p.breakSeconds)}
          </span>
          {after}
        </span>
      </p>
      {p.side.label && (
        <p className={`side${p.side.cue ? ' is-cue' : ''}`} data-testid="side">
          {t(`sides.${p.side.cue ?? p.side.label}`)}
        </p>
      )}
    </div>
  );
}
