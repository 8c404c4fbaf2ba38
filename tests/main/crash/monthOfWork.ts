import { DateTime } from 'luxon';

/**
 * A simulated month of office work for the crash harness: four weeks from Monday 2 March 2026 in
 * Berlin (with the switch to summer time on the 29th). On work days the user types from 08:50 to
 * 17:20 with a coffee break, lunch and a short walk; weekends are away. Everything is a function of
 * the time, so a restarted process continues the same month where the killed one stopped.
 */
export const ZONE = 'Europe/Berlin';
export const MONTH_START = DateTime.fromISO('2026-03-02T00:00', { zone: ZONE }).toMillis();
export const MONTH_END = DateTime.fromISO('2026-03-30T00:00', { zone: ZONE }).toMillis();

/** Minutes of the local day the user is at the desk, on work days. */
const AT_DESK: readonly [number, number][] = [
  [8 * 60 + 50, 10 * 60 + 30],
  [10 * 60 + 40, 12 * 60 + 15],
  [13 * 60, 15 * 60],
  [15 * 60 + 7, 17 * 60 + 20],
];
/**
 * Typing comes in bursts: the last key was at most this long ago while at the desk. Shorter than the
 * engine's active grace (15 s), so the sitting credited does not depend on when samples fall.
 */
const TYPING_PERIOD_S = 10;
/** Each work day at this local time the user flips the sound setting (so settings are written). */
export const SETTINGS_MINUTE = 11 * 60;

function localDay(t: number) {
  const dt = DateTime.fromMillis(t, { zone: ZONE });
  const midnight = dt.startOf('day');
  return { workDay: dt.weekday <= 5, midnight, minute: (t - midnight.toMillis()) / 60_000 };
}

const at = (midnight: DateTime, minute: number) => midnight.plus({ minutes: minute }).toMillis();

/** When the user last touched the keyboard or mouse, as the OS would report it at time t. */
export function lastInputAt(t: number): number {
  let { workDay, midnight, minute } = localDay(t);
  for (let back = 0; back < 7; back++) {
    if (workDay) {
      for (let i = AT_DESK.length - 1; i >= 0; i--) {
        const [from, to] = AT_DESK[i];
        if (minute >= to) return at(midnight, to);
        if (minute >= from) {
          const typed = t - (Math.floor(t / 1000) % TYPING_PERIOD_S) * 1000;
          return Math.max(typed, at(midnight, from));
        }
      }
    }
    midnight = midnight.minus({ days: 1 });
    workDay = midnight.weekday <= 5;
    minute = 24 * 60;
  }
  return MONTH_START;
}

export function idleSecondsAt(t: number): number {
  return Math.max(0, Math.floor((t - lastInputAt(t)) / 1000));
}

export function atDesk(t: number): boolean {
  return idleSecondsAt(t) < TYPING_PERIOD_S;
}

/** The next time at or after t the user changes a setting (11:00 on a work day). */
export function nextSettingsChangeAt(t: number): number {
  let { midnight } = localDay(t);
  for (let k = 0; k < 8; k++) {
    const when = at(midnight, SETTINGS_MINUTE);
    if (midnight.weekday <= 5 && when >= t) return when;
    midnight = midnight.plus({ days: 1 });
  }
  return Number.POSITIVE_INFINITY;
}
