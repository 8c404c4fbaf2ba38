/**
 * The words work hours are written in: weekdays, times of day ('HH:MM', '24:00' for the end of a day)
 * and ranges of them. Plain data: the settings schema validates them, the schedule, history and time
 * helpers compute with them.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** 'HH:MM' from 00:00 to 23:59, or 24:00 (the end of the day). */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** A range of local time within one day, start before end. */
export interface TimeRange {
  start: string;
  end: string;
}

/** Each weekday's ranges, in order, not overlapping. */
export type WorkHours = Record<Weekday, TimeRange[]>;

export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/** Minutes since midnight of an 'HH:MM' time of day. */
export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
