import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { firstDayOfWeek, type WeekDayNumber } from '../../shared/i18n/weekInfo';
import type { Weekday } from '../../shared/time/workWeek';
import { regionalLocale } from './regionalLocale';

const WEEKDAY_ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** 2024-01-01 was a Monday: the reference week for weekday names. */
const MONDAY = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' as a calendar date; the key is already local, so it is read as UTC to avoid shifts. */
export function dayKeyToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Everything a view writes with Intl, in one locale. */
export interface Formats {
  locale: string;
  /** 1 = Monday ... 7 = Sunday. */
  firstDay: WeekDayNumber;
  /** The weekdays in the locale's week order. */
  week: readonly Weekday[];
  integer(n: number): string;
  percent(share: number): string;
  /** "Wed, 5 Mar" */
  day(day: string): string;
  /** "5 Mar" */
  dayMonth(day: string): string;
  /** "Mar" */
  month(day: string): string;
  /** "Wed, 5 Mar" for a moment, on the local calendar. */
  dayAt(at: number): string;
  weekday(w: Weekday, width: 'long' | 'short' | 'narrow'): string;
  /** A time of day in the locale's clock (24-hour or not). */
  time(at: number): string;
  /** "10:00–10:25" */
  timeRange(from: number, to: number): string;
  /** "4 h 20 min", or null under a minute (the view words that). */
  duration(seconds: number): string | null;
  list(items: readonly string[], type?: Intl.ListFormatType): string;
}

const cache = new Map<string, Formats>();

/** The formats of one locale, built once (an Intl formatter costs milliseconds to make). */
export function formatsFor(locale: string): Formats {
  const known = cache.get(locale);
  if (known) return known;
  const utc = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' });
  const dayF = utc({ weekday: 'short', day: 'numeric', month: 'short' });
  const dayMonthF = utc({ day: 'numeric', month: 'short' });
  const monthF = utc({ month: 'short' });
  const localDayF = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' });
  const weekdayF = {
    long: utc({ weekday: 'long' }),
    short: utc({ weekday: 'short' }),
    narrow: utc({ weekday: 'narrow' }),
  };
  const timeF = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  const intF = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const pctF = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const unit = (u: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' });
  const hourF = unit('hour');
  const minuteF = unit('minute');
  const unitList = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' });
  const lists = new Map<Intl.ListFormatType, Intl.ListFormat>();
  const firstDay = firstDayOfWeek(locale);
  const start = firstDay - 1;
  const formats: Formats = {
    locale,
    firstDay,
    week: WEEKDAY_ORDER.map((_, i) => WEEKDAY_ORDER[(start + i) % 7]),
    integer: (n) => intF.format(n),
    percent: (share) => pctF.format(share),
    day: (d) => dayF.format(dayKeyToDate(d)),
    dayMonth: (d) => dayMonthF.format(dayKeyToDate(d)),
    month: (d) => monthF.format(dayKeyToDate(d)),
    dayAt: (at) => localDayF.format(new Date(at)),
    weekday: (w, width) => weekdayF[width].format(new Date(MONDAY + WEEKDAY_ORDER.indexOf(w) * DAY_MS)),
    time: (at) => timeF.format(new Date(at)),
    timeRange: (from, to) => timeF.formatRange(new Date(from), new Date(Math.max(from, to))),
    duration: (seconds) => {
      const minutes = Math.floor(Math.max(0, seconds) / 60);
      if (minutes < 1) return seconds > 0 ? null : minuteF.format(0);
      const h = Math.floor(minutes / 60);
      const m = minutes % 60;
      if (h === 0) return minuteF.format(m);
      return m === 0 ? hourF.format(h) : unitList.format([hourF.format(h), minuteF.format(m)]);
    },
    list: (items, type = 'conjunction') => {
      let f = lists.get(type);
      if (!f) lists.set(type, (f = new Intl.ListFormat(locale, { type })));
      return f.format(items);
    },
  };
  cache.set(locale, formats);
  return formats;
}

/** Monday = 0 ... Sunday = 6 for a day key; `firstDay` moves the count to the locale's week. */
export function weekdayColumn(day: string, firstDay: WeekDayNumber = 1): number {
  const mondayBased = (dayKeyToDate(day).getUTCDay() + 6) % 7;
  return (mondayBased - (firstDay - 1) + 7) % 7;
}

/** The formats of the language shown (its regional variant where the system has one). */
export function useFormats(): Formats {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => formatsFor(regionalLocale(lng)), [lng]);
}
