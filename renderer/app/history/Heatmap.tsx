import { useTranslation } from 'react-i18next';
import type { HistoryDay } from '../../../shared/ipc/contract';
import { useFormats, type Formats } from '../../i18n/formats';
import { heatCells } from './historyMath';

const CELL = 14;
const GAP = 3;
const TOP = 18;
/** Room for the weekday names left of the grid: about 6 px a character at the axis font size. */
const leftFor = (labels: readonly string[]) => Math.max(26, 8 + 6 * Math.max(...labels.map((l) => l.length)));

type T = ReturnType<typeof useTranslation<'app'>>['t'];

export function describeDay(d: HistoryDay, goal: number, today: string, t: T, f: Formats): string {
  const parts = [
    t('heatmap.day', {
      day: d.day === today ? t('heatmap.today', { day: f.day(d.day) }) : f.day(d.day),
      done: f.integer(d.done),
      count: goal,
    }),
  ];
  if (d.goalMet) parts.push(t('heatmap.goalMet'));
  if (!d.workDay) parts.push(t('heatmap.offDay'));
  return f.list(parts, 'unit');
}

/** The past weeks as a calendar: one column per week, the locale's first weekday on top. */
export function Heatmap({ days, goal, today }: { days: readonly HistoryDay[]; goal: number; today: string }) {
  const { t } = useTranslation('app');
  const f = useFormats();
  const { cells, weeks } = heatCells(days, goal, f.firstDay);
  const rowLabels = f.week.map((w) => f.weekday(w, 'short'));
  const LEFT = leftFor(rowLabels.filter((_, r) => r % 2 === 0));
  const width = LEFT + weeks * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  // A month name that would run past the grid's end is left out (the cells still say their date).
  const months = monthLabels(
    cells.map((c) => ({ col: c.col, day: c.day.day })),
    f,
  ).filter((m) => LEFT + m.col * (CELL + GAP) + 6 * m.label.length <= width);
  return (
    <figure className="chart heatmap">
      {/* The calendar reads left to right in every language (weeks are time); its texts keep their own direction. */}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        direction="ltr"
        role="group"
        aria-label={t('heatmap.label', { count: weeks })}
      >
        {months.map((m) => (
          <text key={m.col} className="axis" x={LEFT + m.col * (CELL + GAP)} y={11} aria-hidden="true">
            {m.label}
          </text>
        ))}
        {f.week.map((w, r) =>
          r % 2 === 0 ? (
            <text key={w} className="axis" x={0} y={TOP + r * (CELL + GAP) + CELL - 3} aria-hidden="true">
              {rowLabels[r]}
            </text>
          ) : null,
        )}
        {cells.map((c) => {
          const label = describeDay(c.day, goal, today, t, f);
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
        <span>{t('heatmap.less')}</span>
        {[0, 1, 2, 3, 4].map((l) => (
          <svg key={l} className="swatch" viewBox="0 0 14 14" aria-hidden="true">
            <rect className={`cell level-${l}`} width={14} height={14} rx={3} />
          </svg>
        ))}
        <span>{t('heatmap.legendGoalMet')}</span>
        <svg className="swatch" viewBox="0 0 14 14" aria-hidden="true">
          <rect className="cell level-0 off" width={14} height={14} rx={3} />
        </svg>
        <span>{t('heatmap.legendOffDay')}</span>
      </figcaption>
    </figure>
  );
}

/** A month name over the week column holding its 1st; the first column too, if there is room. */
function monthLabels(
  cells: readonly { col: number; day: string }[],
  f: Formats,
): { col: number; label: string }[] {
  const out: { col: number; label: string }[] = [];
  for (const c of cells) if (c.day.endsWith('-01')) out.push({ col: c.col, label: f.month(c.day) });
  if (cells.length && (out.length === 0 || out[0].col >= 3))
    out.unshift({ col: 0, label: f.month(cells[0].day) });
  return out;
}
