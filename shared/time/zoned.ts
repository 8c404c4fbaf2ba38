import { DateTime } from 'luxon';
import type { DayKey, EpochMs, Zone } from './types';

/**
 * Local-calendar helpers over IANA zones. Luxon does the zone and DST arithmetic: hand-written
 * offset maths is where DST and travel bugs come from.
 */
export function dayKeyAt(at: EpochMs, zone: Zone): DayKey {
  return DateTime.fromMillis(at, { zone }).toISODate() ?? invalidZone(zone);
}

export function isValidZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

function invalidZone(zone: Zone): never {
  throw new RangeError(`unknown time zone: ${zone}`);
}
