import { useTranslation } from 'react-i18next';

/** Today's mobes against the daily goal, as an accessible progress bar (history and completion views). */
export function GoalBar({ done, goal }: { done: number; goal: number }) {
  const { t } = useTranslation('common');
  const pct = Math.min(100, (done / Math.max(1, goal)) * 100);
  return (
    <div
      className="bar"
      role="progressbar"
      aria-label={t('todaysGoal')}
      aria-valuemin={0}
      aria-valuemax={goal}
      aria-valuenow={Math.min(done, goal)}
    >
      <span style={{ width: `${pct}%` }} />
    </div>
  );
}
