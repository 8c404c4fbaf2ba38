import { DateTime } from 'luxon';
import { isDayKey, localInstant } from '../time/zoned';
import type { EpochMs, Zone } from '../time/types';

/** Year 9999: nothing later is a time a trace means. */
const MAX_EPOCH_MS = 253_402_300_799_999;

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/;

export type TimeResult = { ok: true; at: EpochMs } | { ok: false; message: string };

const EXPECTED =
  'must be a local time like 2026-03-02T09:00:00, an ISO time with offset like 2026-03-02T09:00:00+01:00, ' +
  'or epoch milliseconds';

/**
 * Resolves a trace time (local ISO in `zone`, ISO with offset, or epoch ms) to epoch ms. Local times go
 * through localInstant, not luxon's parser, so a time repeated by a DST fall-back always means its first
 * occurrence whatever day the code runs on (see localInstant).
 */
export function resolveTime(value: unknown, zone: Zone): TimeResult {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value > MAX_EPOCH_MS) {
      return { ok: false, message: 'must be whole epoch milliseconds between 1970 and 9999' };
    }
    return { ok: true, at: value };
  }
  if (typeof value !== 'string') return { ok: false, message: EXPECTED };
  const local = LOCAL.exec(value);
  if (local) {
    const [, day, hh, mm, ss = '0', frac = ''] = local;
    const h = Number(hh);
    const m = Number(mm);
    const s = Number(ss);
    if (!isDayKey(day) || h > 23 || m > 59 || s > 59) {
      return { ok: false, message: `is not a real date and time: "${value}"` };
    }
    const ms = frac ? Number(frac.padEnd(3, '0')) : 0;
    return { ok: true, at: localInstant(day, h * 60 + m, zone) + s * 1000 + ms };
  }
  if (WITH_OFFSET.test(value)) {
    const dt = DateTime.fromISO(value, { setZone: true });
    if (!dt.isValid) return { ok: false, message: `is not a real date and time: "${value}"` };
    return { ok: true, at: dt.toMillis() };
  }
  return { ok: false, message: `${EXPECTED}; got ${JSON.stringify(value)}` };
}

/** Local ISO time with its offset, e.g. 2026-03-29T03:05:00+02:00 (milliseconds only when not zero). */
export function localIso(at: EpochMs, zone: Zone): string {
  return DateTime.fromMillis(at, { zone }).toISO({ suppressMilliseconds: true }) ?? String(at);
}
