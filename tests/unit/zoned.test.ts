import fc from 'fast-check';
import { DateTime, Settings } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayFromNumber,
  dayKeyAt,
  dayNumber,
  daysBetween,
  isDayKey,
  isValidZone,
  localInstant,
  localTimeLabel,
  startOfDay,
  startOfNextDayAt,
  weekdayOfDay,
} from '../../shared/time/zoned';

const utc = (iso: string) => Date.parse(iso);

describe('dayKeyAt', () => {
  it('gives the local date of one instant in different zones', () => {
    const at = utc('2024-01-01T23:30:00Z');
    expect(dayKeyAt(at, 'UTC')).toBe('2024-01-01');
    expect(dayKeyAt(at, 'Europe/Berlin')).toBe('2024-01-02');
    expect(dayKeyAt(at, 'America/New_York')).toBe('2024-01-01');
    expect(dayKeyAt(at, 'Asia/Kolkata')).toBe('2024-01-02');
    expect(dayKeyAt(utc('2024-01-01T18:29:59Z'), 'Asia/Kolkata')).toBe('2024-01-01');
    expect(dayKeyAt(utc('2024-01-01T18:30:00Z'), 'Asia/Kolkata')).toBe('2024-01-02');
  });

  it('never yields the day Samoa skipped', () => {
    // Pacific/Apia jumped from 2011-12-29 23:59:59 (-10) to 2011-12-31 00:00 (+14).
    expect(dayKeyAt(utc('2011-12-30T09:59:59Z'), 'Pacific/Apia')).toBe('2011-12-29');
    expect(dayKeyAt(utc('2011-12-30T10:00:00Z'), 'Pacific/Apia')).toBe('2011-12-31');
  });

  it('agrees with luxon for any instant and zone', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Asia/Kathmandu',
      'Pacific/Apia',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Australia/Lord_Howe',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (at, zone) => {
          expect(dayKeyAt(at, zone)).toBe(DateTime.fromMillis(at, { zone }).toISODate());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rejects an unknown zone with a message naming it', () => {
    expect(() => dayKeyAt(0, 'Mars/Olympus')).toThrow(/unknown time zone: Mars\/Olympus/);
    expect(() => dayKeyAt(Number.NaN, 'UTC')).toThrow(/not a valid time/);
  });
});

describe('isValidZone', () => {
  it('accepts IANA names and UTC, rejects the rest', () => {
    expect(isValidZone('Europe/Berlin')).toBe(true);
    expect(isValidZone('Asia/Kolkata')).toBe(true);
    expect(isValidZone('UTC')).toBe(true);
    expect(isValidZone('Mars/Olympus')).toBe(false);
    expect(isValidZone('')).toBe(false);
  });
});

describe('localInstant', () => {
  it('reads an ordinary wall time', () => {
    expect(localInstant('2024-06-03', 9 * 60, 'Europe/Berlin')).toBe(utc('2024-06-03T07:00:00Z'));
    expect(localInstant('2024-06-03', 9 * 60, 'Asia/Kolkata')).toBe(utc('2024-06-03T03:30:00Z'));
    expect(localInstant('2024-06-03', 24 * 60, 'UTC')).toBe(utc('2024-06-04T00:00:00Z'));
  });

  it('puts a wall time skipped by spring-forward at the change itself', () => {
    // Berlin 2024-03-31: 02:00 CET becomes 03:00 CEST at 01:00Z.
    expect(localInstant('2024-03-31', 2 * 60 + 30, 'Europe/Berlin')).toBe(utc('2024-03-31T01:00:00Z'));
    expect(localInstant('2024-03-31', 2 * 60, 'Europe/Berlin')).toBe(utc('2024-03-31T01:00:00Z'));
    expect(localInstant('2024-03-31', 3 * 60, 'Europe/Berlin')).toBe(utc('2024-03-31T01:00:00Z'));
    expect(localInstant('2024-03-31', 60 + 59, 'Europe/Berlin')).toBe(utc('2024-03-31T00:59:00Z'));
    // New York 2024-03-10: 02:00 EST becomes 03:00 EDT at 07:00Z.
    expect(localInstant('2024-03-10', 2 * 60 + 15, 'America/New_York')).toBe(utc('2024-03-10T07:00:00Z'));
    // Lord Howe Island moves only 30 minutes: 02:00 (+10:30) becomes 02:30 (+11) at 15:30Z.
    expect(localInstant('2024-10-06', 2 * 60 + 10, 'Australia/Lord_Howe')).toBe(utc('2024-10-05T15:30:00Z'));
  });

  it('puts a wall time repeated by fall-back at its first occurrence', () => {
    // Berlin 2024-10-27: 02:00-03:00 happens in CEST (00:00Z-01:00Z) and again in CET.
    expect(localInstant('2024-10-27', 2 * 60 + 30, 'Europe/Berlin')).toBe(utc('2024-10-27T00:30:00Z'));
    expect(localInstant('2024-10-27', 3 * 60, 'Europe/Berlin')).toBe(utc('2024-10-27T02:00:00Z'));
    // New York 2024-11-03: 01:00-02:00 happens in EDT (05:00Z-06:00Z) and again in EST.
    expect(localInstant('2024-11-03', 60 + 30, 'America/New_York')).toBe(utc('2024-11-03T05:30:00Z'));
  });

  it('does not depend on the real date it runs on (luxon guesses ambiguous times from now)', () => {
    const saved = Settings.now;
    try {
      const results = [Date.UTC(2024, 0, 15), Date.UTC(2024, 6, 15)].map((now) => {
        Settings.now = () => now;
        return localInstant('2024-10-27', 2 * 60 + 30, 'Europe/Berlin');
      });
      expect(results[0]).toBe(results[1]);
    } finally {
      Settings.now = saved;
    }
  });

  it('maps a skipped day to the start of the next one', () => {
    expect(localInstant('2011-12-30', 9 * 60, 'Pacific/Apia')).toBe(utc('2011-12-30T10:00:00Z'));
    expect(localInstant('2011-12-31', 0, 'Pacific/Apia')).toBe(utc('2011-12-30T10:00:00Z'));
  });

  it('resolves every minute of a random day like the wall clock does', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'America/Santiago',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2035-12-31') }),
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom(...zones),
        (n, minutes, zone) => checkResolution(dayFromNumber(n), minutes, zone),
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['2024-03-31', 'Europe/Berlin'],
    ['2024-10-27', 'Europe/Berlin'],
    ['2024-03-10', 'America/New_York'],
    ['2024-11-03', 'America/New_York'],
    ['2024-10-06', 'Australia/Lord_Howe'],
    ['2024-04-07', 'Australia/Lord_Howe'],
    ['2024-09-08', 'America/Santiago'],
    ['2019-02-16', 'America/Sao_Paulo'],
  ])('resolves every five minutes of %s in %s, in order', (day, zone) => {
    let previous = -Infinity;
    // Every 5 minutes: all changes happen on the hour or half hour.
    for (let minutes = 0; minutes <= 1440; minutes += 5) {
      if (minutes < 1440) checkResolution(day, minutes, zone);
      const at = localInstant(day, minutes, zone);
      expect(at).toBeGreaterThanOrEqual(previous);
      previous = at;
    }
  });
});

/** `at` shows the wanted wall time and nothing earlier did; or, if skipped, `at` is right after the gap. */
function checkResolution(day: string, minutes: number, zone: string): void {
  const label = (t: number) => DateTime.fromMillis(t, { zone }).toFormat('yyyy-MM-dd HH:mm');
  const at = localInstant(day, minutes, zone);
  const wanted = `${day} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  if (label(at) === wanted) {
    expect(DateTime.fromMillis(at, { zone }).second).toBe(0);
    expect([label(at - 3_600_000), label(at - 1_800_000)]).not.toContain(wanted);
  } else {
    expect(label(at) > wanted).toBe(true);
    expect(label(at - 1) < wanted).toBe(true);
  }
}

describe('startOfNextDayAt', () => {
  it('is the next local midnight', () => {
    expect(startOfNextDayAt(utc('2024-06-03T10:00:00Z'), 'Europe/Berlin')).toBe(utc('2024-06-03T22:00:00Z'));
    expect(startOfNextDayAt(utc('2024-06-03T10:00:00Z'), 'Asia/Kolkata')).toBe(utc('2024-06-03T18:30:00Z'));
  });

  it('is strictly after `at`, also exactly at midnight', () => {
    const midnight = utc('2024-06-03T22:00:00Z');
    expect(startOfNextDayAt(midnight, 'Europe/Berlin')).toBe(utc('2024-06-04T22:00:00Z'));
    expect(startOfNextDayAt(midnight - 1, 'Europe/Berlin')).toBe(midnight);
  });

  it('spans 23 h and 25 h on DST days', () => {
    const springDay = startOfDay('2024-03-31', 'Europe/Berlin');
    expect(startOfNextDayAt(springDay, 'Europe/Berlin') - springDay).toBe(23 * 3_600_000);
    const fallDay = startOfDay('2024-11-03', 'America/New_York');
    expect(startOfNextDayAt(fallDay, 'America/New_York') - fallDay).toBe(25 * 3_600_000);
  });

  it('lands on the first instant of a day whose midnight is skipped', () => {
    // Santiago 2024-09-08: 00:00 (-04) becomes 01:00 (-03) at 04:00Z.
    expect(startOfNextDayAt(utc('2024-09-07T15:00:00Z'), 'America/Santiago')).toBe(
      utc('2024-09-08T04:00:00Z'),
    );
    expect(dayKeyAt(utc('2024-09-08T04:00:00Z'), 'America/Santiago')).toBe('2024-09-08');
    expect(dayKeyAt(utc('2024-09-08T03:59:59Z'), 'America/Santiago')).toBe('2024-09-07');
  });

  it('steps over the day Samoa skipped', () => {
    const thursdayNoon = utc('2011-12-29T22:00:00Z'); // 12:00 local (-10)
    const next = startOfNextDayAt(thursdayNoon, 'Pacific/Apia');
    expect(next).toBe(utc('2011-12-30T10:00:00Z'));
    expect(dayKeyAt(next, 'Pacific/Apia')).toBe('2011-12-31');
  });
});

describe('day keys', () => {
  it('validates real dates only', () => {
    expect(isDayKey('2024-02-29')).toBe(true);
    expect(isDayKey('2023-02-29')).toBe(false);
    expect(isDayKey('2000-02-29')).toBe(true);
    expect(isDayKey('1900-02-29')).toBe(false);
    expect(isDayKey('2024-13-01')).toBe(false);
    expect(isDayKey('2024-1-01')).toBe(false);
    expect(isDayKey(20240101)).toBe(false);
    expect(() => addDays('2024-02-30', 1)).toThrow(/not a day key \(YYYY-MM-DD\): 2024-02-30/);
  });

  it('knows the weekday', () => {
    expect(weekdayOfDay('1970-01-01')).toBe('thu');
    expect(weekdayOfDay('2024-01-01')).toBe('mon');
    expect(weekdayOfDay('2024-03-31')).toBe('sun');
    expect(weekdayOfDay('2000-02-29')).toBe('tue');
    expect(weekdayOfDay('1969-12-31')).toBe('wed');
  });

  it('adds and counts days across month, leap and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addDays('2024-03-31', 0)).toBe('2024-03-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    // A DST day is still one calendar day.
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
  });

  it('matches luxon calendar arithmetic over four centuries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1800-01-01'), max: dayNumber('2200-12-31') }),
        fc.integer({ min: -4000, max: 4000 }),
        (n, k) => {
          const day = dayFromNumber(n);
          const ref = DateTime.fromISO(day, { zone: 'utc' });
          expect(ref.toISODate()).toBe(day);
          expect(dayNumber(day)).toBe(n);
          expect(addDays(day, k)).toBe(ref.plus({ days: k }).toISODate());
          expect(daysBetween(day, addDays(day, k))).toBe(k);
          expect(weekdayOfDay(day)).toBe(ref.toFormat('ccc').toLowerCase());
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('localTimeLabel', () => {
  it('shows the 24 h wall clock', () => {
    expect(localTimeLabel(utc('2024-06-03T03:30:00Z'), 'Asia/Kolkata')).toBe('09:00');
    expect(localTimeLabel(utc('2024-06-03T22:00:00Z'), 'Europe/Berlin')).toBe('00:00');
    expect(localTimeLabel(utc('2024-06-03T21:59:00Z'), 'Europe/Berlin')).toBe('23:59');
  });

  it('shows the same label twice in a repeated hour', () => {
    expect(localTimeLabel(utc('2024-11-03T05:30:00Z'), 'America/New_York')).toBe('01:30');
    expect(localTimeLabel(utc('2024-11-03T06:30:00Z'), 'America/New_York')).toBe('01:30');
  });
});
