import { AREAS, type Area } from '../../../shared/catalog/types';
import type { HistoryDay } from '../../../shared/ipc/contract';
import { AREA_LABELS } from '../../shared/format';
import { areaTotals } from './historyMath';

const ROW = 24;
const LABEL_W = 78;
const W = 250;

function AreaBars({ title, totals }: { title: string; totals: Record<Area, number> }) {
  const max = Math.max(1, ...AREAS.map((a) => totals[a]));
  const sum = AREAS.reduce((n, a) => n + totals[a], 0);
  const barMax = W - LABEL_W - 34;
  return (
    <figure className="chart balance">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${AREAS.length * ROW}`}
        role="group"
        aria-label={`${title}: mobes per body area`}
      >
        {AREAS.map((a, i) => {
          const share = sum ? Math.round((totals[a] / sum) * 100) : 0;
          const label = `${AREA_LABELS[a]}: ${totals[a]} (${share}%)`;
          return (
            <g key={a} role="img" aria-label={label} data-area={a}>
              <title>{label}</title>
              <text className="axis strong" x={0} y={i * ROW + 16}>
                {AREA_LABELS[a]}
              </text>
              <rect className="track" x={LABEL_W} y={i * ROW + 6} width={barMax} height={12} rx={6} />
              <rect
                className="bar-rect"
                x={LABEL_W}
                y={i * ROW + 6}
                width={(totals[a] / max) * barMax}
                height={12}
                rx={6}
              />
              <text className="axis" x={W} y={i * ROW + 16} textAnchor="end">
                {totals[a]}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** How the done mobes spread over the body areas, this week and this month. */
export function Balance({ days }: { days: readonly HistoryDay[] }) {
  return (
    <div className="balance-pair">
      <AreaBars title="Last 7 days" totals={areaTotals(days, 7)} />
      <AreaBars title="Last 30 days" totals={areaTotals(days, 30)} />
    </div>
  );
}
