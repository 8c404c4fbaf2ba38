// Types only: the welcome loads no validation library (the schema checks its answers in main).
import type { Weekday, WorkHours } from '../../shared/time/workWeek';
import { WEEKDAY_LABELS } from '../app/settings/labels';

/** The welcome asks for one range on chosen days; settings can refine it later (split days etc.). */
export interface SimpleHours {
  days: Record<Weekday, boolean>;
  start: string;
  end: string;
}

const SHORT: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};
const WEEKDAYS = Object.keys(SHORT) as Weekday[];

/** The stored work hours as one range: the first range found, on every day that has one. */
export function firstRange(wh: WorkHours): SimpleHours {
  const first = WEEKDAYS.map((d) => wh[d][0]).find(Boolean) ?? { start: '09:00', end: '18:00' };
  return {
    days: Object.fromEntries(WEEKDAYS.map((d) => [d, wh[d].length > 0])) as Record<Weekday, boolean>,
    start: first.start,
    end: first.end === '24:00' ? '23:59' : first.end,
  };
}

export function WorkHoursQuestion({
  hours,
  onChange,
}: {
  hours: SimpleHours;
  onChange(h: SimpleHours): void;
}) {
  return (
    <fieldset className="welcome-hours">
      <legend>When do you work?</legend>
      <div className="day-toggles" role="group" aria-label="Work days">
        {WEEKDAYS.map((d) => (
          <label key={d} className="day-toggle" title={WEEKDAY_LABELS[d]}>
            <input
              type="checkbox"
              aria-label={WEEKDAY_LABELS[d]}
              checked={hours.days[d]}
              onChange={(e) => onChange({ ...hours, days: { ...hours.days, [d]: e.target.checked } })}
            />
            <span aria-hidden="true">{SHORT[d]}</span>
          </label>
        ))}
      </div>
      <div className="welcome-times">
        <label>
          From{' '}
          <input
            type="time"
            value={hours.start}
            onChange={(e) => onChange({ ...hours, start: e.target.value })}
          />
        </label>
        <label>
          to{' '}
          <input
            type="time"
            value={hours.end}
            onChange={(e) => onChange({ ...hours, end: e.target.value })}
          />
        </label>
      </div>
    </fieldset>
  );
}
