import { useTranslation } from 'react-i18next';
import type { FocusFeel } from '../../../shared/focus/types';
import type { FocusHistoryView } from '../../../shared/ipc/contract';

const W = 520;
const H = 150;
const PAD = { left: 8, right: 8, top: 10, bottom: 22 };
/** Room for the words at the top and the bottom of the feel scale. */
const LEVEL_LABEL_W = 90;
/** How the feel answers read on the trend line: higher is easier. */
const LEVEL: Record<FocusFeel, number> = { easier: 3, same: 2, harder: 1, hurt: 0 };

/**
 * The focus period: focus sets done each day (bars) against the chosen count (the line over each
 * bar), and the feel answers for the focus mobe as a small trend line, easier at the top.
 */
export function FocusChart({ focus }: { focus: FocusHistoryView }) {
  const { t } = useTranslation('app');
  const half = (W - PAD.left - PAD.right) / 2;
  const plotH = H - PAD.top - PAD.bottom;
  // A week's room at least, so the first days of a period read as days, not as one wide block.
  const slot = half / Math.max(7, focus.days.length);
  const barW = Math.min(slot * 0.6, 28);
  const top = Math.max(1, focus.setsPerDay, ...focus.days.map((d) => d.done));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const fy = (f: FocusFeel) => PAD.top + plotH - (LEVEL[f] / 3) * plotH;
  const feelsLeft = W / 2 + PAD.left + LEVEL_LABEL_W;
  const feelsW = W - PAD.right - feelsLeft;
  const fx = (i: number) =>
    feelsLeft + (focus.feels.length < 2 ? feelsW / 2 : (i / (focus.feels.length - 1)) * feelsW);
  const doneToday = focus.days.at(-1)?.done ?? 0;
  return (
    <figure className="chart focus" data-testid="focus-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('history.focus.chartLabel')} direction="ltr">
        <line className="gridline" x1={PAD.left} x2={PAD.left + half} y1={y(0)} y2={y(0)} />
        {focus.days.map((d, i) => (
          <g key={d.day} data-day={d.day} data-done={d.done}>
            <rect
              className={d.done >= focus.setsPerDay ? 'bar-rect met' : 'bar-rect'}
              x={PAD.left + i * slot + (slot - barW) / 2}
              width={barW}
              y={y(d.done)}
              height={y(0) - y(d.done)}
              rx={3}
            />
            <line
              className="goal-line"
              x1={PAD.left + i * slot + slot * 0.1}
              x2={PAD.left + i * slot + slot * 0.9}
              y1={y(focus.setsPerDay)}
              y2={y(focus.setsPerDay)}
            />
          </g>
        ))}
        <text className="axis" x={PAD.left} y={H - 6} aria-hidden="true">
          {t('history.focus.setsAxis')}
        </text>
        <text className="axis" x={W / 2 + PAD.left} y={fy('easier') + 4} aria-hidden="true">
          {t('history.focus.feels.easier')}
        </text>
        <text className="axis" x={W / 2 + PAD.left} y={fy('hurt') + 4} aria-hidden="true">
          {t('history.focus.feels.hurt')}
        </text>
        <line className="gridline faint" x1={feelsLeft} x2={W - PAD.right} y1={fy('same')} y2={fy('same')} />
        {focus.feels.length > 1 && (
          <polyline
            className="trend"
            fill="none"
            points={focus.feels.map((f, i) => `${fx(i)},${fy(f.feel)}`).join(' ')}
          />
        )}
        {focus.feels.map((f, i) => (
          <circle
            key={f.at}
            className={`feel-dot ${f.feel}`}
            cx={fx(i)}
            cy={fy(f.feel)}
            r={4}
            data-feel={f.feel}
          />
        ))}
        <text className="axis" x={feelsLeft} y={H - 6} aria-hidden="true">
          {t('history.focus.trend')}
        </text>
      </svg>
      <figcaption>
        {t('history.focus.today', { done: doneToday, goal: focus.setsPerDay })}
        {focus.feels.length > 0 &&
          ` · ${t('history.focus.last', { feel: t(`history.focus.feels.${focus.feels.at(-1)!.feel}`) })}`}
      </figcaption>
    </figure>
  );
}
