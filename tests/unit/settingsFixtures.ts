/** Settings the settings-file tests share: a customised file, and small helpers to read results. */
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import type { FieldError, Settings } from '../../shared/settings/schema';

export const CUSTOM: Settings = {
  ...DEFAULT_SETTINGS,
  breakIntervalMinutes: 25,
  snoozeMinutes: 12,
  lullSeconds: 5,
  lullWaitSeconds: 90,
  workHours: {
    ...DEFAULT_SETTINGS.workHours,
    mon: [
      { start: '07:00', end: '12:00' },
      { start: '13:00', end: '24:00' },
    ],
    tue: [{ start: '00:00', end: '03:00' }],
  },
  dailyGoal: 10,
  reducedMotion: 'on',
};

export const fields = (problems: FieldError[]) => problems.map((p) => p.field);
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Minutes of the day as HH:MM, 1440 as 24:00. */
export function hhmm(m: number): string {
  return m === 1440
    ? '24:00'
    : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
