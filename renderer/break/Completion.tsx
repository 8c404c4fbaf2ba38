import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Tagged } from '../i18n/Tagged';
import type { TodayStatus } from '../../shared/ipc/contract';
import { formatInteger } from '../../shared/i18n/numbers';
import { GoalBar } from '../shared/GoalBar';

export interface CompletionProps {
  mobeName: string;
  preview: boolean;
  reps: number;
  targetReps: number;
  /** Null while the result is on its way, or when recording failed (see `error`). */
  today: TodayStatus | null;
  error: string | null;
  onClose(): void;
  /** Shown after the result, in place of today's progress (a focus set's feel question). */
  after?: ReactNode;
}

/** A short, quiet "well done" with today's progress and the streak; it closes by itself. */
export function Completion(props: CompletionProps) {
  const { mobeName, preview, reps, targetReps, today, error, onClose, after } = props;
  const { t, i18n } = useTranslation('break');
  const n = (value: number) => formatInteger(value, i18n.language);
  const full = reps >= targetReps;
  const streak = (s: TodayStatus) =>
    s.streaks.current > 0
      ? t('completion.streak', { count: s.streaks.current })
      : s.done >= s.goal
        ? t('completion.goalMet')
        : t('completion.toGo', { count: s.goal - s.done });
  return (
    <section className="completion" aria-labelledby="completion-title">
      <svg className="done-check" viewBox="0 0 64 64" aria-hidden="true">
        <circle cx={32} cy={32} r={29} />
        <path d="M19 33 L28 42 L45 23" />
      </svg>
      <h1 id="completion-title">{full ? t('completion.full') : t('completion.partial')}</h1>
      <p className="completion-line">
        {full
          ? t('completion.repsDone', { name: mobeName, count: reps })
          : t('completion.repsOf', { name: mobeName, count: reps, target: n(targetReps) })}
        {preview ? ` ${t('completion.preview')}` : ''}
      </p>
      {after}
      {today && !after && (
        <div className="today-box" data-testid="completion-today">
          <p>
            <Tagged
              text={t('completion.today', { done: n(today.done), goal: n(today.goal) })}
              tags={{ b: (text) => <strong>{text}</strong> }}
            />
          </p>
          <GoalBar done={today.done} goal={today.goal} />
          <p className="streak" data-testid="completion-streak">
            {streak(today)}
            {today.streaks.best > 0 && (
              <span className="quiet">
                {' · '}
                {t('completion.best', { count: today.streaks.best })}
              </span>
            )}
          </p>
        </div>
      )}
      {!today && !error && <p className="quiet">{t('completion.saving')}</p>}
      {error && (
        <p className="error" role="alert">
          {t('completion.notRecorded', { error })}
        </p>
      )}
      <button type="button" onClick={onClose} aria-keyshortcuts="Escape Enter">
        {t('close')} <kbd>{t('controls.keyEsc')}</kbd>
      </button>
      {today && !after && <p className="quiet small">{t('completion.closesSoon')}</p>}
    </section>
  );
}
