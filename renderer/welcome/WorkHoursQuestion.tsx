// Types only: the welcome loads no validation library (the schema checks its answers in main).
import { useTranslation } from 'react-i18next';
import type { Weekday, WorkHours } from '../../shared/time/workWeek';
import { useFormats } from '../i18n/formats';

/** The welcome asks for one range on chosen days; settings can refine it later (split days etc.). */
export interface SimpleHours {
  days: Record<Weekday, boolean>;
  start: string;
  end: string;
}

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

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
  const { t } = useTranslation('welcome');
  const f = useFormats();
  return (
    <fieldset className="welcome-hours">
      <legend>{t('hours.question')}</legend>
      <div className="day-toggles" role="group" aria-label={t('hours.days')}>
        {f.week.map((d) => (
          <label key={d} className="day-toggle" title={f.weekday(d, 'long')}>
            <input
              type="checkbox"
              aria-label={f.weekday(d, 'long')}
              checked={hours.days[d]}
              onChange={(e) => onChange({ ...hours, days: { ...hours.days, [d]: e.target.checked } })}
            />
            <span aria-hidden="true">{f.weekday(d, 'short')}</span>
          </label>
        ))}
      </div>
      <div className="welcome-times">
        <label>
          {t('hours.from')}{' '}
          <input
            type="time"
            value={hours.start}
            onChange={(e) => onChange({ ...hours, start: e.target.value })}
          />
        </label>
        <label>
          {t('hours.to')}{' '}
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
