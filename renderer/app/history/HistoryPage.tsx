import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MobesApi } from '../../../shared/ipc/contract';
import { useFailureText } from '../../i18n/failureText';
import { useApiData } from '../useApiData';
import { Balance } from './Balance';
import { ExportPanel } from './ExportPanel';
import { FocusPanel } from './FocusPanel';
import { Heatmap } from './Heatmap';
import { TodayPanel } from './TodayPanel';
import { WeeklyChart } from './WeeklyChart';

/** Sitting time of the bout under way grows by the minute; a light reload keeps "today" honest. */
const REFRESH_MS = 60_000;

export function HistoryPage({ api }: { api: MobesApi }) {
  const { t } = useTranslation('app');
  const failure = useFailureText();
  const { data, reloadError, reload } = useApiData(
    () => api.getHistory(),
    (l) => api.onHistoryChanged(l),
  );
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  if (data.status === 'loading') return <p className="quiet">{t('history.loading')}</p>;
  if (data.status === 'error') {
    return (
      <p className="error" role="alert">
        {t('history.loadError', { error: failure(data.code) })}
      </p>
    );
  }
  const h = data.value;
  return (
    <div className="history">
      {reloadError && (
        <p className="error" role="alert">
          {t('history.refreshError', { error: failure(reloadError) })}
        </p>
      )}
      <TodayPanel h={h} />
      <section className="panel" aria-labelledby="h-calendar">
        <h2 id="h-calendar">{t('history.calendar', { count: 26 })}</h2>
        <Heatmap days={h.days} goal={h.goal} today={h.today} />
      </section>
      <section className="panel" aria-labelledby="h-weekly">
        <h2 id="h-weekly">{t('history.weekly')}</h2>
        <WeeklyChart days={h.days} goal={h.goal} />
      </section>
      <section className="panel" aria-labelledby="h-balance">
        <h2 id="h-balance">{t('history.balance')}</h2>
        <Balance days={h.days} />
      </section>
      <FocusPanel api={api} focus={h.focus} />
      <ExportPanel api={api} />
    </div>
  );
}
