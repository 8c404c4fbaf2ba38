import { DateTime, Info } from 'luxon';
import type { Zone as LuxonZone } from 'luxon';
import { WEEKDAYS } from './workWeek';
import type { Weekday } from './workWeek';
import type { DayKey, EpochMs, Zone } from './types';

/**
 * Local-calendar helpers over IANA zones. Luxon does the zone and DST arithmetic: hand-written
 * offset maths is where DST and travel bugs come from.
 *
 * Day keys ('YYYY-MM-DD') are plain calendar dates with no zone attached, so day arithmetic on them
 * (addDays, daysBetween, weekdayOfDay) is civil-calendar counting, not zone arithmetic. It is done with
 * integer day numbers because history code runs it for every day of years of records.
 */
export function dayKeyAt(at: EpochMs, zone: Zone): DayKey {
  // One zone-offset lookup (luxon) and calendar counting: several times cheaper than a DateTime, and
  // this runs on every engine input.
  if (!Number.isFinite(at)) throw new RangeError(`not a valid time (epoch ms): ${at}`);
  const offsetMinutes = zoneOf(zone).offset(at);
  return dayFromNumber(Math.floor((at + offsetMinutes * MINUTE) / DAY_MS));
}

export function isValidZone(zone: string): boolean {
  return typeof zone === 'string' && zone.length > 0 && Info.normalizeZone(zone).isValid;
}

/** 'HH:MM' (24 h) of the wall clock in `zone` at `at`. */
export function localTimeLabel(at: EpochMs, zone: Zone): string {
  return localDateTime(at, zone).toFormat('HH:mm');
}

/**
 * The next local midnight strictly after `at`: the first instant of the following local day. Where
 * midnight itself is skipped by a DST change, that is the first instant that exists on that day; where a
 * whole day is skipped (Pacific/Apia, 2011-12-30) it is the start of the day after.
 */
export function startOfNextDayAt(at: EpochMs, zone: Zone): EpochMs {
  return localInstant(addDays(dayKeyAt(at, zone), 1), 0, zone);
}

/** The first instant of local day `day` in `zone` (see localInstant for skipped midnights). */
export function startOfDay(day: DayKey, zone: Zone): EpochMs {
  return localInstant(day, 0, zone);
}

const MINUTE = 60_000;
const DAY_MS = 86_400_000;

/**
 * The instant at which the wall clock in `zone` shows `minutes` after midnight of `day`
 * (0..1440; 1440 is midnight at the end of the day).
 *
 * - A wall time repeated by a DST fall-back resolves to its first occurrence.
 * - A wall time skipped by a DST spring-forward resolves to the first valid instant after it, which is
 *   the instant of the change itself. So the instants whose wall time lies in [a, b) are exactly
 *   [localInstant(a), localInstant(b)) on a spring-forward day too.
 *
 * Luxon's own DateTime.fromObject is not used for this: for a repeated hour its choice depends on the
 * offset at the current real time (luxon's fixOffset guesses with the offset of Settings.now()), which
 * would make the result depend on the date the code runs.
 */
export function localInstant(day: DayKey, minutes: number, zone: Zone): EpochMs {
  // Each zone offset is an Intl lookup costing microseconds, and work-hours checks ask for the same few
  // wall times over and over: remember recent answers (the result never changes for the same question).
  const key = `${zone}|${day}|${minutes}`;
  const known = instantCache.get(key);
  if (known !== undefined) return known;
  const at = resolveWallTime(day, minutes, zone);
  if (instantCache.size >= INSTANT_CACHE_SIZE)
    instantCache.delete(instantCache.keys().next().value as string);
  instantCache.set(key, at);
  return at;
}

const INSTANT_CACHE_SIZE = 1024;
const instantCache = new Map<string, EpochMs>();

function resolveWallTime(day: DayKey, minutes: number, zone: Zone): EpochMs {
  const tz = zoneOf(zone);
  // The wall time read as if it were UTC; the real instant is wall - offset(instant).
  const wall = dayNumber(day) * DAY_MS + minutes * MINUTE;
  // Offsets a day either side bracket any single transition near this wall time (UTC-12..UTC+14).
  const before = tz.offset(wall - DAY_MS);
  const after = tz.offset(wall + DAY_MS);
  const guesses =
    before === after ? [wall - before * MINUTE] : [wall - before * MINUTE, wall - after * MINUTE];
  const candidates = guesses.filter((t) => wall - tz.offset(t) * MINUTE === t);
  if (candidates.length) return Math.min(...candidates);
  // Skipped: find the transition between the two readings (binary search to the millisecond).
  let lo = Math.min(wall - before * MINUTE, wall - after * MINUTE);
  let hi = Math.max(wall - before * MINUTE, wall - after * MINUTE);
  const loOffset = tz.offset(lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (tz.offset(mid) === loOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string') return false;
  const m = DAY_KEY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Days since 1970-01-01 of a day key (negative before). Throws RangeError on a malformed key. */
export function dayNumber(day: DayKey): number {
  if (!isDayKey(day)) throw new RangeError(`not a day key (YYYY-MM-DD): ${String(day)}`);
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  // days_from_civil, http://howardhinnant.github.io/date_algorithms.html#days_from_civil
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day key of a day number (inverse of dayNumber). */
export function dayFromNumber(n: number): DayKey {
  // civil_from_days, http://howardhinnant.github.io/date_algorithms.html#civil_from_days
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) throw new RangeError(`day number out of range: ${n}`);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

export function addDays(day: DayKey, n: number): DayKey {
  return dayFromNumber(dayNumber(day) + n);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: DayKey, b: DayKey): number {
  return dayNumber(b) - dayNumber(a);
}

/** Weekday of a calendar day, as used for work hours ('mon'..'sun'). */
export function weekdayOfDay(day: DayKey): Weekday {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  return WEEKDAYS[(((dayNumber(day) + 3) % 7) + 7) % 7];
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function localDateTime(at: EpochMs, zone: Zone): DateTime {
  const dt = DateTime.fromMillis(at, { zone: zoneOf(zone) });
  if (!dt.isValid) throw new RangeError(`not a valid time (epoch ms): ${at}`);
  return dt;
}

function zoneOf(zone: Zone): LuxonZone {
  const tz = typeof zone === 'string' && zone.length > 0 ? Info.normalizeZone(zone) : null;
  if (!tz || !tz.isValid) invalidZone(zone);
  return tz;
}

function invalidZone(zone: Zone): never {
  throw new RangeError(`unknown time zone: ${zone}`);
}
