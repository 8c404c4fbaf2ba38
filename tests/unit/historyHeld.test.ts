import { describe, expect, it } from 'vitest';
import { buildHistoryView } from '../../shared/app/historyView';
import type { EngineSnapshot } from '../../shared/engine/types';
import { HistoryIndex } from '../../shared/history/historyIndex';
import type { HeldRecord } from '../../shared/history/types';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { addDays } from '../../shared/time/zoned';
import { MON_FRI, noonOf, prompt } from './support/historyFixtures';

const RULES = { dailyGoal: 3, workHours: MON_FRI };
const DAY = '2024-06-05';
const MIN = 60_000;

const held = (
  day: string,
  startMin: number,
  minutes: number,
  reasons: HeldRecord['reasons'],
): HeldRecord => ({
  kind: 'held',
  day,
  start: noonOf(day) + startMin * MIN,
  end: noonOf(day) + (startMin + minutes) * MIN,
  reasons,
});

// The history view reads only the bout under way from the engine's snapshot.
const snapshot = { sittingSeconds: 0 } as EngineSnapshot;

describe('held spells in the history', () => {
  it('keeps each day its own held spells, earliest first, whatever order they arrive in', () => {
    const late = held(DAY, 120, 30, ['dnd']);
    const early = held(DAY, 0, 20, ['call', 'screen-share']);
    const otherDay = held(addDays(DAY, -1), 0, 10, ['fullscreen']);
    const index = new HistoryIndex([late, prompt(DAY, 'done'), otherDay, early], RULES);
    expect(index.held(DAY)).toEqual([early, late]);
    expect(index.held(addDays(DAY, -1))).toEqual([otherDay]);
    expect(index.held(addDays(DAY, 1))).toEqual([]);
  });

  it('gives the history view the shown day’s spells with their times and reasons', () => {
    const spell = held(DAY, 30, 45, ['call', 'dnd']);
    const index = new HistoryIndex([held(addDays(DAY, -1), 0, 5, ['call']), spell], RULES);
    const view = buildHistoryView(index, DAY, noonOf(DAY) + 200 * MIN, DEFAULT_SETTINGS, snapshot);
    expect(view.heldToday).toEqual([{ start: spell.start, end: spell.end, reasons: ['call', 'dnd'] }]);
    const quiet = buildHistoryView(index, addDays(DAY, 1), noonOf(DAY), DEFAULT_SETTINGS, snapshot);
    expect(quiet.heldToday).toEqual([]);
  });

  it('does not count a held spell as a mobe or as sitting', () => {
    const index = new HistoryIndex([held(DAY, 0, 60, ['call'])], RULES);
    expect(index.summary(DAY)).toMatchObject({ done: 0, sittingSeconds: 0 });
  });
});
