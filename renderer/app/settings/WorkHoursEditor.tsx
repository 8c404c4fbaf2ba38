import { WEEKDAYS, type TimeRange, type WorkHours } from '../../../shared/time/workWeek';
import { describedBy, FieldErrors } from './fields';
import { WEEKDAY_LABELS } from './labels';
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
          Copy Monday to Tuesday–Friday
        </button>
      </div>
      {WEEKDAYS.map((day) => {
        const ranges = hours[day];
        const dayErrors = form.errorsFor(`workHours.${day}`, true);
        const dayErrId = `wh-${day}-error`;
        return (
          <fieldset
            key={day}
            className="day"
            aria-describedby={describedBy(dayErrors.length > 0 && dayErrId)}
          >
            <legend>{WEEKDAY_LABELS[day]}</legend>
            {ranges.length === 0 && <p className="quiet small">Day off: no breaks.</p>}
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
                      {WEEKDAY_LABELS[day]} range {i + 1} {part === 'start' ? 'from' : 'to'}
                    </label>
                    <input
                      id={id}
                      className="time"
                      type="text"
                      inputMode="numeric"
                      placeholder="HH:MM"
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
                      aria-label={`Remove ${WEEKDAY_LABELS[day]} range ${i + 1}`}
                    >
                      Remove
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
              Add a range
            </button>
            <FieldErrors id={dayErrId} errors={dayErrors} />
          </fieldset>
        );
      })}
    </div>
  );
}
