import type { TodayStatus } from '../../shared/ipc/contract';
import { plural } from '../shared/format';
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
}

/** A short, quiet "well done" with today's progress and the streak; it closes by itself. */
export function Completion({ mobeName, preview, reps, targetReps, today, error, onClose }: CompletionProps) {
  const full = reps >= targetReps;
  return (
    <section className="completion" aria-labelledby="completion-title">
      <svg className="done-check" viewBox="0 0 64 64" aria-hidden="true">
        <circle cx={32} cy={32} r={29} />
        <path d="M19 33 L28 42 L45 23" />
      </svg>
      <h1 id="completion-title">{full ? 'Nicely done' : 'Good, that counts'}</h1>
      <p className="completion-line">
        {mobeName}: {plural(reps, 'rep')}
        {full ? '' : ` of ${targetReps}`}.{preview ? ' This was a preview, so it is not counted.' : ''}
      </p>
      {today && (
        <div className="today-box" data-testid="completion-today">
          <p>
            Today <strong>{today.done}</strong> of {today.goal}
          </p>
          <GoalBar done={today.done} goal={today.goal} />
          <p className="streak" data-testid="completion-streak">
            {today.streaks.current > 0
              ? `Streak: ${plural(today.streaks.current, 'day')}`
              : today.done >= today.goal
                ? 'Goal met today'
                : `${plural(today.goal - today.done, 'more mobe')} to meet today's goal`}
            {today.streaks.best > 0 && (
              <span className="quiet"> · best {plural(today.streaks.best, 'day')}</span>
            )}
          </p>
        </div>
      )}
      {!today && !error && <p className="quiet">Saving…</p>}
      {error && (
        <p className="error" role="alert">
          This break could not be recorded: {error}
        </p>
      )}
      <button type="button" onClick={onClose} aria-keyshortcuts="Escape Enter">
        Close <kbd>Esc</kbd>
      </button>
      {today && <p className="quiet small">This closes by itself in a moment.</p>}
    </section>
  );
}
