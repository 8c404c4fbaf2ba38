/** Short human durations: "45 min", "1 h 20 min", "under a minute". */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  if (minutes < 1) return seconds > 0 ? 'under a minute' : '0 min';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

// Made on first use: building an Intl.DateTimeFormat loads locale data and costs tens of
// milliseconds, which the break window (it never formats dates) must not pay at start-up.
let dayFormat: Intl.DateTimeFormat | null = null;
let monthFormat: Intl.DateTimeFormat | null = null;

/** 'YYYY-MM-DD' as a calendar date; the key is already local, so it is read as UTC to avoid shifts. */
export function dayKeyToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function formatDay(day: string): string {
  dayFormat ??= new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return dayFormat.format(dayKeyToDate(day));
}

export function formatMonth(day: string): string {
  monthFormat ??= new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
  return monthFormat.format(dayKeyToDate(day));
}

/** Monday = 0 ... Sunday = 6, for a 'YYYY-MM-DD' key. */
export function weekdayIndex(day: string): number {
  return (dayKeyToDate(day).getUTCDay() + 6) % 7;
}

export const AREA_LABELS: Record<string, string> = {
  neck: 'Neck',
  hip: 'Hips',
  wrist: 'Wrists',
  shoulder: 'Shoulders',
  spine: 'Spine',
  ankle: 'Ankles',
};
