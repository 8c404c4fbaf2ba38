import { Trans, useTranslation } from 'react-i18next';
import type { HistoryView } from '../../../shared/ipc/contract';
import { useFormats } from '../../i18n/formats';
import { GoalBar } from '../../shared/GoalBar';
import { HeldSpells } from './HeldSpells';
import { useDuration } from './useDuration';

/** Today: mobes done against the goal, sitting time, the longest stretch, streaks, held spells. */
export function TodayPanel({ h }: { h: HistoryView }) {
  const { t } = useTranslation('app');
  const f = useFormats();
  const duration = useDuration();
  const today = h.todaySummary;
  return (
    <section className="panel today" aria-labelledby="h-today">
      <h2 id="h-today">{t('today.title')}</h2>
      <div className="stats">
        <div className="stat big" data-testid="today-done">
          <span className="stat-value">
            <Trans
              t={t}
              i18nKey="today.doneOf"
              values={{ done: f.integer(today.done), goal: f.integer(h.goal) }}
              components={{ of: <span className="of" /> }}
            />
          </span>
          <span className="stat-label">{t('today.mobesDone', { count: today.done })}</span>
          <GoalBar done={today.done} goal={h.goal} />
        </div>
        <div className="stat" data-testid="today-sitting">
          <span className="stat-value">{duration(today.sittingSeconds)}</span>
          <span className="stat-label">
            {h.currentSittingSeconds > 0
              ? t('today.sittingWithStretch', { stretch: duration(h.currentSittingSeconds) })
              : t('today.sitting')}
          </span>
        </div>
        <div className="stat" data-testid="today-longest">
          <span className="stat-value">{duration(today.longestSittingSeconds)}</span>
          <span className="stat-label">{t('today.longest')}</span>
        </div>
        <div className="stat" data-testid="streak">
          <span className="stat-value">{t('today.days', { count: h.streaks.current })}</span>
          <span className="stat-label">{t('today.streak', { count: h.streaks.best })}</span>
        </div>
      </div>
      <HeldSpells spells={h.heldToday ?? []} />
    </section>
  );
}
