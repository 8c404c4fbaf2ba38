import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HistoryIndex } from '../../shared/history/historyIndex';
import { computeStreaks, countsForStreak, StreakTracker } from '../../shared/history/streaks';
import type { StreakRules } from '../../shared/history/streaks';
import { applyRecord, emptyDay } from '../../shared/history/summaries';
import type { DaySummary, HistoryRecord, Streaks } from '../../shared/history/types';
import { addDays, weekdayOfDay } from '../../shared/time/zoned';
import {
  dayArb,
  doneOn,
  MON_FRI,
  prompt,
  recordArb,
  sitting,
  workHoursArb,
  workHoursOn,
} from './support/historyFixtures';

const GOAL2: StreakRules = { dailyGoal: 2, workHours: MON_FRI };

/** Both computations, which must agree; returns the (common) answer. */
function streaksOf(records: HistoryRecord[], today: string, rules: StreakRules = GOAL2): Streaks {
  const index = new HistoryIndex(records, rules);
  const full = computeStreaks(index.summaries(), today, rules);
  expect(index.streaks(today)).toEqual(full);
  return full;
}

// 2024-06-03 is a Monday.
const MON = '2024-06-03';
const day = (k: number) => addDays(MON, k);

describe('streak rules', () => {
  it('are zero for an empty history', () => {
    expect(streaksOf([], MON)).toEqual({ current: 0, best: 0 });
    expect(computeStreaks(new Map(), MON, GOAL2)).toEqual({ current: 0, best: 0 });
  });

  it('count work days in a row that met the goal', () => {
    const records = [...doneOn(day(0), 2), ...doneOn(day(1), 3), ...doneOn(day(2), 2)];
    expect(streaksOf(records, day(2))).toEqual({ current: 3, best: 3 });
  });

  it('let today in progress neither count nor break', () => {
    const records = [...doneOn(day(0), 2), ...doneOn(day(1), 2), ...doneOn(day(2), 1)];
    expect(streaksOf(records, day(2))).toEqual({ current: 2, best: 2 });
    // Once today meets its goal it counts.
    expect(streaksOf([...records, ...doneOn(day(2), 1)], day(2))).toEqual({ current: 3, best: 3 });
  });

  it('break on a past work day that missed its goal, with or without records', () => {
    const missedWithRecords = [...doneOn(day(0), 2), ...doneOn(day(1), 1), ...doneOn(day(2), 2)];
    expect(streaksOf(missedWithRecords, day(2))).toEqual({ current: 1, best: 1 });
    const missedEmpty = [...doneOn(day(0), 2), ...doneOn(day(2), 2)];
    expect(streaksOf(missedEmpty, day(2))).toEqual({ current: 1, best: 1 });
    // Tomorrow (day 3) with nothing done yet: yesterday's run still stands.
    expect(streaksOf(missedEmpty, day(3))).toEqual({ current: 1, best: 1 });
    // The day after tomorrow: day 3 was missed.
    expect(streaksOf(missedEmpty, day(4))).toEqual({ current: 0, best: 1 });
  });

  it('step over non-work days: a weekend neither extends nor breaks', () => {
    const records = [...doneOn(day(3), 2), ...doneOn(day(4), 2), ...doneOn(day(7), 2)]; // Thu, Fri, Mon
    expect(weekdayOfDay(day(7))).toBe('mon');
    expect(streaksOf(records, day(7))).toEqual({ current: 3, best: 3 });
    // On Sunday the Friday streak is still current.
    expect(streaksOf(records.slice(0, 4), day(6))).toEqual({ current: 2, best: 2 });
  });

  it('do not extend with mobes done on a non-work day', () => {
    const records = [...doneOn(day(4), 2), ...doneOn(day(5), 5), ...doneOn(day(7), 2)]; // Fri, Sat, Mon
    expect(streaksOf(records, day(7))).toEqual({ current: 2, best: 2 });
    expect(countsForStreak(new HistoryIndex(records, GOAL2).summary(day(5)), day(5), GOAL2)).toBe(false);
  });

  it('keep the best run after a break', () => {
    const records = [
      ...[0, 1, 2, 3, 4, 7, 8].flatMap((k) => doneOn(day(k), 2)), // 7 work days
      ...[10, 11].flatMap((k) => doneOn(day(k), 2)), // Thu, Fri after a missed Wednesday (day 9)
    ];
    expect(streaksOf(records, day(11))).toEqual({ current: 2, best: 7 });
  });

  it('drop the current streak after a long absence, keep the best', () => {
    const records = [0, 1, 2].flatMap((k) => doneOn(day(k), 2));
    expect(streaksOf(records, day(60))).toEqual({ current: 0, best: 3 });
  });

  it('count previews toward nothing', () => {
    const records = [prompt(day(0), 'done'), prompt(day(0), 'done', { reason: 'preview' })];
    expect(streaksOf(records, day(0))).toEqual({ current: 0, best: 0 });
    expect(streaksOf([...records, prompt(day(0), 'done', { reason: 'manual' })], day(0)).current).toBe(1);
  });

  it('ignore sitting and breaks for the goal', () => {
    expect(streaksOf([sitting(day(0), 3600), ...doneOn(day(0), 1)], day(0))).toEqual({ current: 0, best: 0 });
  });

  it('count future-dated days (after travelling west) for the best streak but not the current one', () => {
    // Records were made on days 0-2; the clock now says day 1 (today), in progress.
    const records = [0, 1, 2].flatMap((k) => doneOn(day(k), 2));
    expect(streaksOf(records, day(1))).toEqual({ current: 2, best: 3 });
    expect(
      streaksOf(
        [0, 2].flatMap((k) => doneOn(day(k), 2)),
        day(1),
      ),
    ).toEqual({ current: 1, best: 1 });
  });

  it('use the work days of the rules', () => {
    const everyDay = workHoursOn(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    const records = [...doneOn(day(4), 2), ...doneOn(day(5), 2), ...doneOn(day(7), 2)]; // Fri, Sat, Mon
    expect(streaksOf(records, day(7), { dailyGoal: 2, workHours: everyDay })).toEqual({
      current: 1,
      best: 2,
    });
    const none = workHoursOn([]);
    expect(streaksOf(records, day(7), { dailyGoal: 2, workHours: none })).toEqual({ current: 0, best: 0 });
  });
});

describe('HistoryIndex.setRules', () => {
  it('recomputes when the goal changes', () => {
    const records = [...doneOn(day(0), 3), ...doneOn(day(1), 2), ...doneOn(day(2), 3)];
    const index = new HistoryIndex(records, GOAL2);
    expect(index.streaks(day(2))).toEqual({ current: 3, best: 3 });
    index.setRules({ dailyGoal: 3, workHours: MON_FRI });
    expect(index.streaks(day(2))).toEqual({ current: 1, best: 1 });
    index.setRules({ dailyGoal: 1, workHours: MON_FRI });
    expect(index.streaks(day(2))).toEqual({ current: 3, best: 3 });
  });

  it('recomputes when work days change', () => {
    const records = [...doneOn(day(0), 2), ...doneOn(day(2), 2)]; // Mon, Wed; Tue missed
    const index = new HistoryIndex(records, GOAL2);
    expect(index.streaks(day(2))).toEqual({ current: 1, best: 1 });
    index.setRules({ dailyGoal: 2, workHours: workHoursOn(['mon', 'wed', 'fri']) });
    expect(index.streaks(day(2))).toEqual({ current: 2, best: 2 });
    index.add(doneOn(day(4), 2)[0]);
    index.add(doneOn(day(4), 2)[1]);
    expect(index.streaks(day(4))).toEqual({ current: 3, best: 3 });
  });
});

describe('incremental streaks equal the full computation', () => {
  type Op =
    | { op: 'add'; record: HistoryRecord }
    | { op: 'rules'; rules: StreakRules }
    | { op: 'query'; today: string };
  const SPAN = 24;
  const rulesArb = fc.record({ dailyGoal: fc.integer({ min: 1, max: 3 }), workHours: workHoursArb });
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    { weight: 6, arbitrary: recordArb(SPAN).map((record) => ({ op: 'add' as const, record })) },
    // Mostly done prompts, so that goal days, runs and joins are common.
    { weight: 12, arbitrary: dayArb(SPAN).map((d) => ({ op: 'add' as const, record: doneOn(d, 1)[0] })) },
    { weight: 1, arbitrary: rulesArb.map((rules) => ({ op: 'rules' as const, rules })) },
    { weight: 3, arbitrary: dayArb(SPAN + 10).map((today) => ({ op: 'query' as const, today })) },
  );

  it('after every operation, for any today', () => {
    fc.assert(
      fc.property(
        rulesArb,
        fc.array(opArb, { maxLength: 250 }),
        dayArb(SPAN + 10),
        (rules0, ops, lastToday) => {
          const index = new HistoryIndex([], rules0);
          let rules = rules0;
          const all: HistoryRecord[] = [];
          for (const o of ops) {
            if (o.op === 'add') {
              index.add(o.record);
              all.push(o.record);
            } else if (o.op === 'rules') {
              rules = o.rules;
              index.setRules(rules);
            } else {
              expect(index.streaks(o.today)).toEqual(computeStreaks(naiveSummaries(all), o.today, rules));
            }
          }
          expect(index.streaks(lastToday)).toEqual(computeStreaks(naiveSummaries(all), lastToday, rules));
          // And a fresh index over the same records agrees with the one built step by step.
          expect(new HistoryIndex(all, rules).streaks(lastToday)).toEqual(index.streaks(lastToday));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('when records arrive in day order, with today always the latest day (the usual case)', () => {
    fc.assert(
      fc.property(
        rulesArb,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 4 })), {
          maxLength: 120,
        }),
        (rules, steps) => {
          const index = new HistoryIndex([], rules);
          const all: HistoryRecord[] = [];
          let today = '2024-01-01';
          for (const [advance, done] of steps) {
            today = addDays(today, advance);
            for (const r of doneOn(today, done)) {
              index.add(r);
              all.push(r);
              expect(index.streaks(today)).toEqual(computeStreaks(naiveSummaries(all), today, rules));
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('StreakTracker', () => {
  it('builds from summaries in any order', () => {
    const summaries = [0, 1, 2, 3, 4].map((k) => ({ ...emptyDay(day(k)), done: 2 }));
    const tracker = StreakTracker.fromSummaries([...summaries].reverse(), GOAL2);
    expect(tracker.streaks(day(4))).toEqual({ current: 5, best: 5 });
  });

  it('joins two runs when the day between them is filled in late', () => {
    const tracker = new StreakTracker(GOAL2);
    for (const k of [0, 1, 3, 4]) tracker.observe({ ...emptyDay(day(k)), done: 2 });
    expect(tracker.streaks(day(4))).toEqual({ current: 2, best: 2 });
    tracker.observe({ ...emptyDay(day(2)), done: 2 });
    expect(tracker.streaks(day(4))).toEqual({ current: 5, best: 5 });
  });
});

function naiveSummaries(records: HistoryRecord[]): Map<string, DaySummary> {
  const map = new Map<string, DaySummary>();
  for (const r of records) map.set(r.day, applyRecord(map.get(r.day) ?? emptyDay(r.day), r));
  return map;
}
