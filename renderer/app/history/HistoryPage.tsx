import { useEffect, useState } from 'react';
import type { ExportFormat, HistoryView, MobesApi } from '../../../shared/ipc/contract';
import { formatDuration, plural } from '../../shared/format';
import { GoalBar } from '../../shared/GoalBar';
import { useApiData } from '../useApiData';
import { Balance } from './Balance';
import { FocusPanel } from './FocusPanel';
import { Heatmap } from './Heatmap';
import { WeeklyChart } from './WeeklyChart';

/** Sitting time of the bout under way grows by the minute; a light reload keeps "today" honest. */
const REFRESH_MS = 60_000;

export function HistoryPage({ api }: { api: MobesApi }) {
  const { data, reloadError, reload } = useApiData(
    () => api.getHistory(),
    (l) => api.onHistoryChanged(l),
  );
  useEffect(() => {
    const t = setInterval(reload, REFRESH_MS);
    return () => clearInterval(t);
  }, [reload]);

  if (data.status === 'loading') return <p className="quiet">Loading your history…</p>;
  if (data.status === 'error') {
    return (
      <p className="error" role="alert">
        Your history could not be loaded: {data.message}
      </p>
    );
  }
  const h = data.value;
  return (
    <div className="history">
      {reloadError && (
        <p className="error" role="alert">
          Could not refresh: {reloadError}
        </p>
      )}
      <TodayPanel h={h} />
      <section className="panel" aria-labelledby="h-calendar">
        <h2 id="h-calendar">Past 26 weeks</h2>
        <Heatmap days={h.days} goal={h.goal} today={h.today} />
      </section>
      <section className="panel" aria-labelledby="h-weekly">
        <h2 id="h-weekly">Week by week</h2>
        <WeeklyChart days={h.days} goal={h.goal} />
      </section>
      <section className="panel" aria-labelledby="h-balance">
        <h2 id="h-balance">Balance across the body</h2>
        <Balance days={h.days} />
      </section>
      {h.focus && <FocusPanel focus={h.focus} />}
      <ExportPanel api={api} />
    </div>
  );
}

function TodayPanel({ h }: { h: HistoryView }) {
  const t = h.todaySummary;
  return (
    <section className="panel today" aria-labelledby="h-today">
      <h2 id="h-today">Today</h2>
      <div className="stats">
        <div className="stat big" data-testid="today-done">
          <span className="stat-value">
            {t.done}
            <span className="of"> of {h.goal}</span>
          </span>
          <span className="stat-label">mobes done</span>
          <GoalBar done={t.done} goal={h.goal} />
        </div>
        <div className="stat" data-testid="today-sitting">
          <span className="stat-value">{formatDuration(t.sittingSeconds)}</span>
          <span className="stat-label">
            sitting today
            {h.currentSittingSeconds > 0
              ? `, ${formatDuration(h.currentSittingSeconds)} in this stretch`
              : ''}
          </span>
        </div>
        <div className="stat" data-testid="today-longest">
          <span className="stat-value">{formatDuration(t.longestSittingSeconds)}</span>
          <span className="stat-label">longest unbroken sitting</span>
        </div>
        <div className="stat" data-testid="streak">
          <span className="stat-value">{plural(h.streaks.current, 'day')}</span>
          <span className="stat-label">current streak · best {plural(h.streaks.best, 'day')}</span>
        </div>
      </div>
    </section>
  );
}

type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy'; format: ExportFormat }
  | { kind: 'saved'; path?: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

function ExportPanel({ api }: { api: MobesApi }) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const run = async (format: ExportFormat) => {
    setState({ kind: 'busy', format });
    const res = await api.exportHistory({ format });
    if (!res.ok) setState({ kind: 'error', message: res.error.message });
    else if (!res.value.saved) setState({ kind: 'cancelled' });
    else setState({ kind: 'saved', path: res.value.path });
  };
  return (
    <section className="panel" aria-labelledby="h-export">
      <h2 id="h-export">Export</h2>
      <p className="quiet">
        Your history stays on this computer; export it to keep a copy or use it elsewhere.
      </p>
      <div className="row">
        <button type="button" onClick={() => void run('csv')} disabled={state.kind === 'busy'}>
          Export CSV
        </button>
        <button type="button" onClick={() => void run('json')} disabled={state.kind === 'busy'}>
          Export JSON
        </button>
      </div>
      <p className="export-status" role="status" data-testid="export-status">
        {state.kind === 'busy' && 'Exporting…'}
        {state.kind === 'saved' && (
          <>
            Saved{state.path ? ' to ' : '.'}
            {state.path && <code>{state.path}</code>}
          </>
        )}
        {state.kind === 'cancelled' && 'Export cancelled; nothing was saved.'}
        {state.kind === 'error' && <span className="error">Export failed: {state.message}</span>}
      </p>
    </section>
  );
}
