import { useTranslation } from 'react-i18next';
import type { HistoryDay } from '../../../shared/ipc/contract';
import { useFormats } from '../../i18n/formats';
import { weekTotals } from './historyMath';

const W = 520;
const H = 170;
const PAD = { left: 30, right: 8, top: 12, bottom: 24 };

/** Mobes done per week (bars) against that week's goal (the line above each bar). */
export function WeeklyChart({
  days,
  goal,
  weeks = 12,
}: {
  days: readonly HistoryDay[];
  goal: number;
  weeks?: number;
}) {
  const { t } = useTranslation('app');
  const f = useFormats();
  const data = weekTotals(days, goal, f.firstDay).slice(-weeks);
  const max = Math.max(1, ...data.map((w) => Math.max(w.done, w.goal)));
  const top = niceCeil(max);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, data.length);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  return (
    <figure className="chart weekly">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        direction="ltr"
        role="group"
        aria-label={t('weekly.label', { count: data.length })}
      >
        <line className="gridline" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
        <line className="gridline faint" x1={PAD.left} x2={W - PAD.right} y1={y(top)} y2={y(top)} />
        <text className="axis" x={PAD.left - 6} y={y(0) + 4} textAnchor="end" aria-hidden="true">
          {f.integer(0)}
        </text>
        <text className="axis" x={PAD.left - 6} y={y(top) + 4} textAnchor="end" aria-hidden="true">
          {f.integer(top)}
        </text>
        {data.map((w, i) => {
          const x = PAD.left + i * slot;
          const barW = Math.min(26, slot * 0.6);
          const bx = x + (slot - barW) / 2;
          const label = w.goal
            ? t('weekly.week', { week: f.day(w.start), done: f.integer(w.done), goal: f.integer(w.goal) })
            : t('weekly.weekOff', { week: f.day(w.start), done: f.integer(w.done) });
          return (
            <g key={w.start} role="img" aria-label={label}>
              <title>{label}</title>
              <rect
                className={`bar-rect${w.goal > 0 && w.done >= w.goal ? ' met' : ''}`}
                x={bx}
                y={y(w.done)}
                width={barW}
                height={Math.max(0, y(0) - y(w.done))}
                rx={3}
              />
              {w.goal > 0 && (
                <line className="goal-line" x1={x + 3} x2={x + slot - 3} y1={y(w.goal)} y2={y(w.goal)} />
              )}
              {i % 2 === (data.length - 1) % 2 && (
                <text className="axis" x={x + slot / 2} y={H - 6} textAnchor="middle" aria-hidden="true">
                  {f.dayMonth(w.start)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        <span className="key-bar" aria-hidden="true" /> {t('weekly.done')}
        <span className="key-goal" aria-hidden="true" /> {t('weekly.goal')}
      </figcaption>
    </figure>
  );
}

function niceCeil(v: number): number {
  const step = v <= 10 ? 2 : v <= 50 ? 10 : 20;
  return Math.ceil(v / step) * step;
}
