import { useTranslation } from 'react-i18next';
import type { TimeRange, WorkHours } from '../../../shared/time/workWeek';
import { useFormats } from '../../i18n/formats';
import { describedBy, FieldErrors } from './fields';
import { TYPING_DEBOUNCE_MS, type SettingsForm } from './useSettingsForm';

const WORKWEEK = ['tue', 'wed', 'thu', 'fri'] as const;
const MAX_RANGES = 6;

function nextRange(ranges: readonly TimeRange[]): TimeRange {
  if (ranges.length === 0) return { start: '09:00', end: '17:00' };
  const last = ranges[ranges.length - 1].end;
  const [h, m] = last.split(':').map(Number);
  const startH = Math.min(22, h + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${pad(startH)}:${pad(m)}`, end: `${pad(Math.min(23, startH + 1))}:${pad(m)}` };
}

/** Work hours per weekday: any number of ranges (up to six), add/remove, copy Monday to the week. */
export function WorkHoursEditor({ form }: { form: SettingsForm }) {
  const { t } = useTranslation('settings');
  const f = useFormats();
  const hours = form.shown('workHours') as WorkHours;
  const change = (next: WorkHours, typed = false) =>
    form.edit('workHours', next, typed ? { debounceMs: TYPING_DEBOUNCE_MS } : undefined);
  const setRanges = (day: keyof WorkHours, ranges: TimeRange[], typed = false) =>
    change({ ...hours, [day]: ranges }, typed);

  return (
    <div className="work-hours">
      <div className="row">
        <button
          type="button"
          onClick={() => {
            const mon = hours.mon.map((r) => ({ ...r }));
            change({ ...hours, ...Object.fromEntries(WORKWEEK.map((d) => [d, mon.map((r) => ({ ...r }))])) });
          }}
        >
          {t('hours.copyMonday', {
            monday: f.weekday('mon', 'long'),
            from: f.weekday('tue', 'long'),
            to: f.weekday('fri', 'long'),
          })}
        </button>
      </div>
      {f.week.map((day) => {
        const dayName = f.weekday(day, 'long');
        const ranges = hours[day];
        const dayErrors = form.errorsFor(`workHours.${day}`, true);
        const dayErrId = `wh-${day}-error`;
        return (
          <fieldset
            key={day}
            className="day"
            aria-describedby={describedBy(dayErrors.length > 0 && dayErrId)}
          >
            <legend>{dayName}</legend>
            {ranges.length === 0 && <p className="quiet small">{t('hours.dayOff')}</p>}
            {ranges.map((r, i) => {
              const rangeErrors = form.errorsFor(`workHours.${day}.${i}`);
              const errId = `wh-${day}-${i}-error`;
              const field = (part: 'start' | 'end') => {
                const id = `wh-${day}-${i}-${part}`;
                const bad = rangeErrors.some(
                  (e) => e.field === `workHours.${day}.${i}.${part}` || e.field === `workHours.${day}.${i}`,
                );
                return (
                  <>
                    <label htmlFor={id} className="sr-only">
                      {t(part === 'start' ? 'hours.rangeFrom' : 'hours.rangeTo', {
                        day: dayName,
                        n: f.integer(i + 1),
                      })}
                    </label>
                    <input
                      id={id}
                      className="time"
                      type="text"
                      inputMode="numeric"
                      placeholder={t('hours.placeholder')}
                      maxLength={5}
                      value={r[part]}
                      aria-invalid={bad || undefined}
                      aria-describedby={describedBy(rangeErrors.length > 0 && errId)}
                      onChange={(e) =>
                        setRanges(
                          day,
                          ranges.map((x, j) => (j === i ? { ...x, [part]: e.target.value } : x)),
                          true,
                        )
                      }
                      onBlur={() => form.flush('workHours')}
                    />
                  </>
                );
              };
              return (
                <div key={i} className="range">
                  <div className="range-row">
                    {field('start')}
                    <span aria-hidden="true">–</span>
                    {field('end')}
                    <button
                      type="button"
                      className="link"
                      onClick={() =>
                        setRanges(
                          day,
                          ranges.filter((_, j) => j !== i),
                        )
                      }
                      aria-label={t('hours.removeLabel', { day: dayName, n: f.integer(i + 1) })}
                    >
                      {t('hours.remove')}
                    </button>
                  </div>
                  <FieldErrors id={errId} errors={rangeErrors} />
                </div>
              );
            })}
            <button
              type="button"
              className="link"
              disabled={ranges.length >= MAX_RANGES}
              onClick={() => setRanges(day, [...ranges, nextRange(ranges)])}
            >
              {t('hours.add')}
            </button>
            <FieldErrors id={dayErrId} errors={dayErrors} />
          </fieldset>
        );
      })}
    </div>
  );
}
