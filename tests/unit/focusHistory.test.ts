import { describe, expect, it } from 'vitest';
import { FocusHistory } from '../../shared/focus/focusHistory';
import type { PromptRecord } from '../../shared/history/types';
import { at, MIN } from './support/engineRig';

const MONDAY = '2026-03-02';
function prompt(atMs: number, focus?: PromptRecord['focus']): PromptRecord {
  return {
    kind: 'prompt',
    at: atMs,
    endedAt: atMs + MIN,
    day: MONDAY,
    reason: 'due',
    mobeId: 'neck-circles',
    area: 'neck',
    outcome: 'done',
    reps: 10,
    targetReps: 10,
    ...(focus ? { focus } : {}),
  };
}

describe('FocusHistory', () => {
  it('counts offers and sets done per day, and whether the latest prompt was a focus set', () => {
    const h = new FocusHistory([prompt(at('2026-03-02T10:40'), 'set'), prompt(at('2026-03-02T11:00'))]);
    expect(h.day(MONDAY)).toEqual({ day: MONDAY, offered: 1, done: 1 });
    expect(h.dayState(MONDAY)).toEqual({
      offeredToday: 1,
      lastFocusAt: at('2026-03-02T10:40'),
      lastPromptWasFocus: false,
    });
    h.add(prompt(at('2026-03-02T14:00'), 'declined'));
    expect(h.day(MONDAY)).toEqual({ day: MONDAY, offered: 2, done: 1 });
    expect(h.dayState(MONDAY).lastPromptWasFocus).toBe(true);
  });
});
