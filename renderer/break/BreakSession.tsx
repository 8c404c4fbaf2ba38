import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusyReason } from '../../shared/context/reasons';
import { useMobeTexts } from '../i18n/mobeTexts';
import { useListFormat } from '../i18n/lists';
import { BreakControls } from './BreakControls';
import { BreakMeter } from './BreakMeter';
import { BreakTopBar } from './BreakTopBar';
import { Completion } from './Completion';
import { LazyFeelQuestion, preloadFeelQuestion } from './LazyFeelQuestion';
import { FocusLead } from './FocusLead';
import { MobeInfo } from './MobeInfo';
import { MobeVisual } from './MobeVisual';
import { useBreakSession, type BreakSessionInput } from './useBreakSession';

export type BreakSessionProps = BreakSessionInput;

/** The reasons a held break names, most personal first: one line says why it came now. */
const WHY_NOW_ORDER: readonly BusyReason[] = [
  'meeting',
  'call',
  'presenting',
  'screen-share',
  'fullscreen',
  'dnd',
];

export function whyNowReason(after: readonly BusyReason[] | undefined): BusyReason | null {
  return WHY_NOW_ORDER.find((r) => after?.includes(r)) ?? null;
}

/**
 * One guided break, laid out for the break window's true size (shared/geometry/windowSizes.ts): the
 * title bar, the name and the instruction, the figure beside the counter (the figure takes whatever
 * height is left, so longer texts shrink it rather than push the controls out of view), one cue at a
 * time, and the controls. Closing the window during a break skips it (see README, "The break window").
 */
export function BreakSession(props: BreakSessionProps) {
  const { view } = props;
  const { mobe, targetReps } = view;
  const s = useBreakSession(props);
  const { t } = useTranslation(['break', 'common']);
  const texts = useMobeTexts(mobe);
  const orList = useListFormat('disjunction');
  const [infoOpen, setInfoOpen] = useState(false);
  // Reading the tips pauses the break (the figure and counter make way for them); closing them
  // resumes it, unless the user had paused it already.
  const pausedBeforeInfo = useRef(false);
  const toggleInfo = () => {
    const { paused, setPaused } = s.clock;
    if (!infoOpen) pausedBeforeInfo.current = paused;
    setPaused(infoOpen ? pausedBeforeInfo.current : true);
    setInfoOpen(!infoOpen);
  };
  const { leadIn, reps } = s.clock.state;
  const moving = s.clock.counting;

  const focused = view.focus !== undefined;
  useEffect(() => {
    if (focused) preloadFeelQuestion();
  }, [focused]);

  // Marks for the start-up benchmark: the figure is in the DOM, then its first painted frame.
  useEffect(() => {
    performance.clearMarks('mobe-visible');
    performance.clearMarks('mobe-first-frame');
    performance.mark('mobe-visible');
    const f = requestAnimationFrame(() => performance.mark('mobe-first-frame'));
    return () => cancelAnimationFrame(f);
  }, []);

  const whyNow = whyNowReason(view.after);
  const posture = orList(mobe.postures.map((p) => t(`common:postures.${p}`)));
  return (
    <main
      className="break"
      data-stage={s.stage.kind}
      data-paused={s.clock.paused || undefined}
      data-mobe={mobe.id}
      data-seconds-per-rep={mobe.secondsPerRep}
      data-target-reps={targetReps}
      data-focus={view.focus ? 'set' : undefined}
    >
      {s.stage.kind === 'complete' ? (
        <>
          <BreakTopBar closeLabel={t('close')} onClose={s.actions.close} />
          <Completion
            mobeName={texts.name}
            preview={view.reason === 'preview'}
            reps={s.stage.reps}
            targetReps={targetReps}
            today={s.stage.today}
            error={s.stage.error}
            onClose={s.actions.close}
            after={view.focus && s.stage.today ? <LazyFeelQuestion focus={s.focusSet} /> : undefined}
          />
        </>
      ) : (
        <>
          <BreakTopBar
            info={{ open: infoOpen, toggle: toggleInfo }}
            closeLabel={t('closeAndSkip')}
            onClose={() => void s.actions.end('skip')}
            disabled={s.busy}
          >
            <span className="chip">{t(`common:areas.${mobe.area}`)}</span>
            <span className="posture">{posture}</span>
            {view.reason === 'preview' && <span className="chip quiet">{t('previewChip')}</span>}
            {view.focus && <span className="chip focus">{t('focus.chip')}</span>}
          </BreakTopBar>
          <h1 className="mobe-name">{texts.name}</h1>
          {view.focus && !infoOpen && (
            <FocusLead focus={view.focus} busy={s.busy} onDecline={() => void s.focusSet.decline()} />
          )}
          {infoOpen ? (
            <MobeInfo mobe={mobe} busy={s.busy} onHide={() => void s.actions.end('hide')} />
          ) : (
            <>
              <p className="summary">{texts.summary}</p>
              <div className="stage">
                <div className="visual">
                  <MobeVisual mobe={mobe} secondHalf={s.side.secondHalf} moving={moving} still={s.still} />
                </div>
                <BreakMeter
                  leadIn={leadIn}
                  reps={reps}
                  targetReps={targetReps}
                  breakSeconds={view.breakSeconds}
                  secondsPerRep={mobe.secondsPerRep}
                  side={s.side}
                  motion={s.still ? 'still' : moving ? 'moving' : 'frozen'}
                  ringRef={s.ringRef}
                  secondsRef={s.secondsRef}
                />
              </div>
              {/* A held break says why it came now in the cue's place during the 3-2-1, at no cost in height. */}
              {!s.error && whyNow !== null && leadIn > 0 && (
                <p className="cue-line why-now" data-testid="why-now">
                  {t(`whyNow.${whyNow}`)}
                </p>
              )}
              {!s.error && !(whyNow !== null && leadIn > 0) && texts.cues.length > 0 && (
                <p
                  className={`cue-line${s.cueIndex > 0 ? ' is-next' : ''}`}
                  data-testid="cue"
                  key={s.cueIndex}
                >
                  {texts.cues[s.cueIndex]}
                </p>
              )}
            </>
          )}
          {s.error && (
            <p className="error cue-line" role="alert">
              {s.error}
            </p>
          )}
          <BreakControls
            paused={s.clock.paused}
            busy={s.busy}
            shortcuts={view.shortcuts}
            onPause={s.actions.togglePause}
            onDone={s.actions.done}
            onSkip={() => void s.actions.end('skip')}
            onSnooze={() => void s.actions.end('snooze')}
          />
        </>
      )}
      <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {s.announcement}
      </div>
    </main>
  );
}
