import type { HistoryDay } from '../../../shared/ipc/contract';
import { formatDay, formatMonth, plural } from '../../shared/format';
import { heatCells } from './historyMath';

const CELL = 14;
const GAP = 3;
const LEFT = 30;
const TOP = 18;
const ROW_LABELS = ['Mon', '', 'Wed', '', 'Fri', '', 'Sun'];

export function describeDay(d: HistoryDay, goal: number, today: string): string {
  const parts = [`${formatDay(d.day)}${d.day === today ? ' (today)' : ''}: ${d.done} of ${goal} mobes`];
  if (d.goalMet) parts.push('goal met');
  if (!d.workDay) parts.push('not a work day');
  return parts.join(', ');
}

/** The past weeks as a calendar: one column per week, Monday on top, darker = closer to the goal. */
export function Heatmap({ days, goal, today }: { days: readonly HistoryDay[]; goal: number; today: string }) {
  const { cells, weeks } = heatCells(days, goal);
  const width = LEFT + weeks * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  const months = monthLabels(cells.map((c) => ({ col: c.col, day: c.day.day })));
  return (
    <figure className="chart heatmap">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={`Mobes done per day, past ${plural(weeks, 'week')}`}
      >
        {months.map((m) => (
          <text key={m.col} className="axis" x={LEFT + m.col * (CELL + GAP)} y={11} aria-hidden="true">
            {m.label}
          </text>
        ))}
        {ROW_LABELS.map((l, r) =>
          l ? (
            <text key={l} className="axis" x={0} y={TOP + r * (CELL + GAP) + CELL - 3} aria-hidden="true">
              {l}
            </text>
          ) : null,
        )}
        {cells.map((c) => {
          const label = describeDay(c.day, goal, today);
          return (
            <rect
              key={c.day.day}
              className={`cell level-${c.level}${c.day.workDay ? '' : ' off'}${c.day.day === today ? ' today' : ''}`}
              x={LEFT + c.col * (CELL + GAP)}
              y={TOP + c.row * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={3}
              role="img"
              aria-label={label}
              data-day={c.day.day}
            >
              <title>{label}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="legend">
        <span>Less</span>
        {[0, 1, 2, 3, 4].map((l) => (
          <svg key={l} className="swatch" viewBox="0 0 14 14" aria-hidden="true">
            <rect className={`cell level-${l}`} width={14} height={14} rx={3} />
          </svg>
        ))}
        <span>Goal met</span>
        <svg className="swatch" viewBox="0 0 14 14" aria-hidden="true">
          <rect className="cell level-0 off" width={14} height={14} rx={3} />
        </svg>
        <span>Not a work day</span>
      </figcaption>
    </figure>
  );
}

/** A month name over the week column holding its 1st; the first column too, if there is room. */
function monthLabels(cells: readonly { col: number; day: string }[]): { col: number; label: string }[] {
  const out: { col: number; label: string }[] = [];
  for (const c of cells) if (c.day.endsWith('-01')) out.push({ col: c.col, label: formatMonth(c.day) });
  if (cells.length && (out.length === 0 || out[0].col >= 3))
    out.unshift({ col: 0, label: formatMonth(cells[0].day) });
  return out;
}
