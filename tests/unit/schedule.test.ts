import { describe, expect, it } from 'vitest';
import {
  isInWorkHoursAt,
  isWorkDay,
  nextWorkHoursChangeAt,
  nextWorkStartAt,
  workIntervalsOfDay,
} from '../../shared/schedule/workHours';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { WEEKDAYS } from '../../shared/time/workWeek';
import type { Weekday, WorkHours } from '../../shared/time/workWeek';
import { dayKeyAt } from '../../shared/time/zoned';

const utc = (iso: string) => Date.parse(iso);
const H = 3_600_000;

function hours(days: Partial<Record<Weekday, [string, string][]>>): WorkHours {
  return Object.fromEntries(
    WEEKDAYS.map((d) => [d, (days[d] ?? []).map(([start, end]) => ({ start, end }))]),
  ) as WorkHours;
}

const EMPTY = hours({});
const OFFICE = DEFAULT_SETTINGS.workHours; // mon-fri 09:00-18:00

describe('isWorkDay', () => {
  it('is true for weekdays with ranges', () => {
    expect(isWorkDay('2024-06-03', OFFICE)).toBe(true); // Monday
    expect(isWorkDay('2024-06-07', OFFICE)).toBe(true); // Friday
    expect(isWorkDay('2024-06-08', OFFICE)).toBe(false); // Saturday
    expect(isWorkDay('2024-06-09', OFFICE)).toBe(false); // Sunday
    expect(isWorkDay('2024-06-03', EMPTY)).toBe(false);
  });
});

describe('isInWorkHoursAt', () => {
  const zone = 'Europe/Berlin';
  it('follows weekdays, start inclusive and end exclusive', () => {
    expect(isInWorkHoursAt(utc('2024-06-03T08:00:00Z'), zone, OFFICE)).toBe(true); // Mon 10:00
    expect(isInWorkHoursAt(utc('2024-06-08T08:00:00Z'), zone, OFFICE)).toBe(false); // Sat 10:00
    expect(isInWorkHoursAt(utc('2024-06-03T07:00:00Z') - 1, zone, OFFICE)).toBe(false); // 08:59:59.999
    expect(isInWorkHoursAt(utc('2024-06-03T07:00:00Z'), zone, OFFICE)).toBe(true); // 09:00
    expect(isInWorkHoursAt(utc('2024-06-03T16:00:00Z') - 1, zone, OFFICE)).toBe(true); // 17:59:59.999
    expect(isInWorkHoursAt(utc('2024-06-03T16:00:00Z'), zone, OFFICE)).toBe(false); // 18:00
  });

  it('handles several ranges a day, in any order', () => {
    const split = hours({
      mon: [
        ['13:00', '17:00'],
        ['09:00', '12:00'],
      ],
    });
    expect(isInWorkHoursAt(utc('2024-06-03T09:00:00Z'), zone, split)).toBe(true); // 11:00
    expect(isInWorkHoursAt(utc('2024-06-03T10:30:00Z'), zone, split)).toBe(false); // 12:30
    expect(isInWorkHoursAt(utc('2024-06-03T11:00:00Z'), zone, split)).toBe(true); // 13:00
  });

  it('is never true for an empty schedule', () => {
    expect(isInWorkHoursAt(utc('2024-06-03T08:00:00Z'), zone, EMPTY)).toBe(false);
  });

  it('works with a half-hour zone', () => {
    const kolkata = hours({ mon: [['09:00', '17:30']] });
    expect(isInWorkHoursAt(utc('2024-06-03T03:30:00Z') - 1, 'Asia/Kolkata', kolkata)).toBe(false);
    expect(isInWorkHoursAt(utc('2024-06-03T03:30:00Z'), 'Asia/Kolkata', kolkata)).toBe(true);
    expect(isInWorkHoursAt(utc('2024-06-03T12:00:00Z') - 1, 'Asia/Kolkata', kolkata)).toBe(true);
    expect(isInWorkHoursAt(utc('2024-06-03T12:00:00Z'), 'Asia/Kolkata', kolkata)).toBe(false);
  });

  it('reads the same schedule in the zone it is given', () => {
    const at = utc('2024-06-03T14:00:00Z'); // Berlin 16:00, New York 10:00, Kolkata 19:30
    expect(isInWorkHoursAt(at, 'Europe/Berlin', OFFICE)).toBe(true);
    expect(isInWorkHoursAt(at, 'America/New_York', OFFICE)).toBe(true);
    expect(isInWorkHoursAt(at, 'Asia/Kolkata', OFFICE)).toBe(false);
  });
});

describe('nextWorkHoursChangeAt', () => {
  const zone = 'Europe/Berlin';
  it('finds the end while inside and the next start while outside', () => {
    expect(nextWorkHoursChangeAt(utc('2024-06-03T08:00:00Z'), zone, OFFICE)).toBe(
      utc('2024-06-03T16:00:00Z'),
    );
    // Mon 18:00 -> Tue 09:00.
    expect(nextWorkHoursChangeAt(utc('2024-06-03T16:00:00Z'), zone, OFFICE)).toBe(
      utc('2024-06-04T07:00:00Z'),
    );
    // Fri evening -> Mon 09:00.
    expect(nextWorkHoursChangeAt(utc('2024-06-07T17:00:00Z'), zone, OFFICE)).toBe(
      utc('2024-06-10T07:00:00Z'),
    );
  });

  it('is strictly after `at`', () => {
    const nine = utc('2024-06-03T07:00:00Z');
    expect(nextWorkHoursChangeAt(nine, zone, OFFICE)).toBe(utc('2024-06-03T16:00:00Z'));
    expect(nextWorkHoursChangeAt(nine - 1, zone, OFFICE)).toBe(nine);
  });

  it('stops at each gap between ranges', () => {
    const split = hours({
      mon: [
        ['09:00', '12:00'],
        ['13:00', '17:00'],
      ],
    });
    expect(nextWorkHoursChangeAt(utc('2024-06-03T08:00:00Z'), zone, split)).toBe(utc('2024-06-03T10:00:00Z'));
    expect(nextWorkHoursChangeAt(utc('2024-06-03T10:00:00Z'), zone, split)).toBe(utc('2024-06-03T11:00:00Z'));
    expect(nextWorkHoursChangeAt(utc('2024-06-03T11:00:00Z'), zone, split)).toBe(utc('2024-06-03T15:00:00Z'));
  });

  it('does not flip where ranges touch, within a day or across midnight', () => {
    const touching = hours({
      mon: [
        ['09:00', '12:00'],
        ['12:00', '14:00'],
      ],
    });
    expect(nextWorkHoursChangeAt(utc('2024-06-03T08:00:00Z'), zone, touching)).toBe(
      utc('2024-06-03T12:00:00Z'),
    );
    const night = hours({ sun: [['22:00', '24:00']], mon: [['00:00', '06:00']] });
    const sun23 = utc('2024-06-02T21:00:00Z');
    expect(isInWorkHoursAt(sun23, zone, night)).toBe(true);
    expect(isInWorkHoursAt(utc('2024-06-02T22:00:00Z'), zone, night)).toBe(true); // Monday 00:00
    expect(nextWorkHoursChangeAt(sun23, zone, night)).toBe(utc('2024-06-03T04:00:00Z')); // Mon 06:00
    expect(nextWorkHoursChangeAt(utc('2024-06-02T12:00:00Z'), zone, night)).toBe(utc('2024-06-02T20:00:00Z'));
  });

  it('finds a weekly range six or seven days ahead', () => {
    const wednesday = hours({ wed: [['10:00', '11:00']] });
    // From Thursday: next Wednesday.
    expect(nextWorkHoursChangeAt(utc('2024-06-06T08:00:00Z'), zone, wednesday)).toBe(
      utc('2024-06-12T08:00:00Z'),
    );
    // From Wednesday 11:00 exactly (just ended): a week minus an hour later.
    expect(nextWorkHoursChangeAt(utc('2024-06-05T09:00:00Z'), zone, wednesday)).toBe(
      utc('2024-06-12T08:00:00Z'),
    );
  });

  it('is null for an empty schedule and for work round the clock', () => {
    expect(nextWorkHoursChangeAt(utc('2024-06-03T08:00:00Z'), zone, EMPTY)).toBeNull();
    const always = hours(Object.fromEntries(WEEKDAYS.map((d) => [d, [['00:00', '24:00']]])));
    expect(isInWorkHoursAt(utc('2024-03-31T01:30:00Z'), zone, always)).toBe(true);
    expect(nextWorkHoursChangeAt(utc('2024-03-31T01:30:00Z'), zone, always)).toBeNull();
    expect(nextWorkStartAt(utc('2024-03-31T01:30:00Z'), zone, always)).toBeNull();
  });

  it('ends a seven-day week of work on the one free hour', () => {
    const almost = hours({
      ...Object.fromEntries(WEEKDAYS.map((d) => [d, [['00:00', '24:00']]])),
      thu: [
        ['00:00', '12:00'],
        ['13:00', '24:00'],
      ],
    });
    // From Friday noon, the only flip is next Thursday 12:00.
    expect(nextWorkHoursChangeAt(utc('2024-06-07T10:00:00Z'), zone, almost)).toBe(
      utc('2024-06-13T10:00:00Z'),
    );
  });
});

describe('nextWorkStartAt', () => {
  const zone = 'Europe/Berlin';
  it('is the next start, also when inside a period', () => {
    expect(nextWorkStartAt(utc('2024-06-03T05:00:00Z'), zone, OFFICE)).toBe(utc('2024-06-03T07:00:00Z'));
    expect(nextWorkStartAt(utc('2024-06-03T08:00:00Z'), zone, OFFICE)).toBe(utc('2024-06-04T07:00:00Z'));
    expect(nextWorkStartAt(utc('2024-06-08T08:00:00Z'), zone, OFFICE)).toBe(utc('2024-06-10T07:00:00Z'));
    expect(nextWorkStartAt(utc('2024-06-03T08:00:00Z'), zone, EMPTY)).toBeNull();
  });

  it('skips a start that only continues a stretch across midnight', () => {
    const night = hours({ sun: [['22:00', '24:00']], mon: [['00:00', '06:00']] });
    // Sunday 23:00: Monday 00:00 is not a new start; the next one is Sunday 22:00 a week later.
    expect(nextWorkStartAt(utc('2024-06-02T21:00:00Z'), zone, night)).toBe(utc('2024-06-09T20:00:00Z'));
  });
});

describe('DST in Europe/Berlin', () => {
  const zone = 'Europe/Berlin';
  it('spring-forward: a range starting in the skipped hour starts at the change', () => {
    // Sunday 2024-03-31, 02:00 CET -> 03:00 CEST at 01:00Z.
    const wh = hours({ sun: [['02:30', '04:00']] });
    expect(isInWorkHoursAt(utc('2024-03-31T00:59:59Z'), zone, wh)).toBe(false);
    expect(isInWorkHoursAt(utc('2024-03-31T01:00:00Z'), zone, wh)).toBe(true);
    expect(nextWorkHoursChangeAt(utc('2024-03-30T23:00:00Z'), zone, wh)).toBe(utc('2024-03-31T01:00:00Z'));
    expect(nextWorkHoursChangeAt(utc('2024-03-31T01:00:00Z'), zone, wh)).toBe(utc('2024-03-31T02:00:00Z'));
  });

  it('spring-forward: a range across the gap is an hour shorter, one inside it is empty', () => {
    const across = hours({ sun: [['01:00', '05:00']] });
    expect(workIntervalsOfDay('2024-03-31', zone, across)).toEqual([
      { start: utc('2024-03-31T00:00:00Z'), end: utc('2024-03-31T03:00:00Z') },
    ]);
    const inside = hours({ sun: [['02:10', '02:50']], mon: [['09:00', '10:00']] });
    expect(workIntervalsOfDay('2024-03-31', zone, inside)).toEqual([]);
    expect(isInWorkHoursAt(utc('2024-03-31T01:00:00Z'), zone, inside)).toBe(false);
    expect(nextWorkHoursChangeAt(utc('2024-03-30T12:00:00Z'), zone, inside)).toBe(
      utc('2024-04-01T07:00:00Z'),
    );
  });

  it('fall-back: a range starting in the repeated hour starts at its first occurrence', () => {
    // Sunday 2024-10-27, 03:00 CEST -> 02:00 CET at 01:00Z; 02:00-03:00 happens twice.
    const wh = hours({ sun: [['02:30', '05:00']] });
    expect(workIntervalsOfDay('2024-10-27', zone, wh)).toEqual([
      { start: utc('2024-10-27T00:30:00Z'), end: utc('2024-10-27T04:00:00Z') },
    ]);
    expect(isInWorkHoursAt(utc('2024-10-27T00:29:59Z'), zone, wh)).toBe(false);
    expect(isInWorkHoursAt(utc('2024-10-27T01:15:00Z'), zone, wh)).toBe(true); // 02:15 the second time
    expect(nextWorkHoursChangeAt(utc('2024-10-26T22:00:00Z'), zone, wh)).toBe(utc('2024-10-27T00:30:00Z'));
  });

  it('fall-back: an end in the repeated hour is its first occurrence too', () => {
    const wh = hours({ sun: [['01:00', '02:30']] });
    expect(isInWorkHoursAt(utc('2024-10-27T00:29:59Z'), zone, wh)).toBe(true);
    expect(isInWorkHoursAt(utc('2024-10-27T01:15:00Z'), zone, wh)).toBe(false); // 02:15 the second time
    expect(nextWorkHoursChangeAt(utc('2024-10-27T00:00:00Z'), zone, wh)).toBe(utc('2024-10-27T00:30:00Z'));
  });
});

describe('DST in America/New_York', () => {
  const zone = 'America/New_York';
  const night = hours({ sat: [['22:00', '24:00']], sun: [['00:00', '06:00']] });
  it('spring-forward: a night shift across the change is seven hours', () => {
    // Saturday 2024-03-09 22:00 EST = 03:00Z; Sunday 06:00 EDT = 10:00Z.
    const start = nextWorkHoursChangeAt(utc('2024-03-09T20:00:00Z'), zone, night);
    expect(start).toBe(utc('2024-03-10T03:00:00Z'));
    const end = nextWorkHoursChangeAt(start!, zone, night);
    expect(end).toBe(utc('2024-03-10T10:00:00Z'));
    expect(end! - start!).toBe(7 * H);
  });

  it('fall-back: the same shift is nine hours', () => {
    const start = nextWorkHoursChangeAt(utc('2024-11-02T20:00:00Z'), zone, night);
    expect(start).toBe(utc('2024-11-03T02:00:00Z'));
    const end = nextWorkHoursChangeAt(start!, zone, night);
    expect(end).toBe(utc('2024-11-03T11:00:00Z'));
    expect(end! - start!).toBe(9 * H);
    expect(isInWorkHoursAt(utc('2024-11-03T06:30:00Z'), zone, night)).toBe(true); // 01:30 the second time
  });
});

describe('a fall-back at midnight (America/Sao_Paulo, 2019-02-17 00:00 -> 2019-02-16 23:00)', () => {
  const zone = 'America/Sao_Paulo';
  it('keeps a range ending at 24:00 going through both runs of the repeated hour', () => {
    const wh = hours({ sat: [['22:00', '24:00']] });
    expect(workIntervalsOfDay('2019-02-16', zone, wh)).toEqual([
      { start: utc('2019-02-17T00:00:00Z'), end: utc('2019-02-17T03:00:00Z') },
    ]);
    expect(dayKeyAt(utc('2019-02-17T02:30:00Z'), zone)).toBe('2019-02-16'); // 23:30 the second time
    expect(isInWorkHoursAt(utc('2019-02-17T02:30:00Z'), zone, wh)).toBe(true);
    expect(nextWorkHoursChangeAt(utc('2019-02-17T01:00:00Z'), zone, wh)).toBe(utc('2019-02-17T03:00:00Z'));
  });

  it('ends a range inside the repeated hour at its first occurrence', () => {
    const wh = hours({ sat: [['23:00', '23:30']] });
    expect(isInWorkHoursAt(utc('2019-02-17T01:15:00Z'), zone, wh)).toBe(true);
    expect(isInWorkHoursAt(utc('2019-02-17T02:15:00Z'), zone, wh)).toBe(false);
  });
});

describe('Pacific/Apia skipping 2011-12-30 (a Friday)', () => {
  const zone = 'Pacific/Apia';
  const weekdays = hours(Object.fromEntries(WEEKDAYS.slice(0, 5).map((d) => [d, [['09:00', '17:00']]])));
  it('has no work on the missing Friday', () => {
    expect(isWorkDay('2011-12-30', weekdays)).toBe(true);
    expect(workIntervalsOfDay('2011-12-30', zone, weekdays)).toEqual([]);
  });

  it('goes from Thursday evening straight to Monday', () => {
    const thursdayEvening = utc('2011-12-30T04:00:00Z'); // Thu 18:00 (-10)
    expect(dayKeyAt(thursdayEvening, zone)).toBe('2011-12-29');
    const monday9 = utc('2012-01-01T19:00:00Z'); // Mon 2012-01-02 09:00 (+14)
    expect(nextWorkHoursChangeAt(thursdayEvening, zone, weekdays)).toBe(monday9);
    expect(nextWorkStartAt(thursdayEvening, zone, weekdays)).toBe(monday9);
  });
});
