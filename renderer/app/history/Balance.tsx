import { AREAS, type Area } from '../../../shared/catalog/types';
import { useTranslation } from 'react-i18next';
import type { HistoryDay } from '../../../shared/ipc/contract';
import { useFormats } from '../../i18n/formats';
import { areaTotals } from './historyMath';

const ROW = 24;
const LABEL_W = 96;
const W = 250;

function AreaBars({ title, totals }: { title: string; totals: Record<Area, number> }) {
  const { t } = useTranslation('app');
  const f = useFormats();
  const max = Math.max(1, ...AREAS.map((a) => totals[a]));
  const sum = AREAS.reduce((n, a) => n + totals[a], 0);
  const barMax = W - LABEL_W - 34;
  return (
    <figure className="chart balance">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${AREAS.length * ROW}`}
        direction="ltr"
        role="group"
        aria-label={t('balance.label', { title })}
      >
        {AREAS.map((a, i) => {
          const area = t(`common:areas.${a}`);
          const label = t('balance.area', {
            area,
            done: f.integer(totals[a]),
            share: f.percent(sum ? totals[a] / sum : 0),
          });
          return (
            <g key={a} role="img" aria-label={label} data-area={a}>
              <title>{label}</title>
              <text className="axis strong" x={0} y={i * ROW + 16}>
                {area}
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
                {f.integer(totals[a])}
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
  const { t } = useTranslation('app');
  return (
    <div className="balance-pair">
      <AreaBars title={t('balance.lastDays', { count: 7 })} totals={areaTotals(days, 7)} />
      <AreaBars title={t('balance.lastDays', { count: 30 })} totals={areaTotals(days, 30)} />
    </div>
  );
}
