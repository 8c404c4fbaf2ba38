import { describe, expect, it } from 'vitest';
import { duration, sameTray, trayStateFor } from '../../shared/app/trayState';
import type { EngineSnapshot } from '../../shared/engine/types';
import type { TodayStatus } from '../../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { ZONE, at } from './support/engineRig';

const NOW = at('2026-03-02T10:00');
const today: TodayStatus = { day: '2026-03-02', done: 3, goal: 8, streaks: { current: 1, best: 5 } };
const snap = (s: Partial<EngineSnapshot>): EngineSnapshot => ({
  at: NOW,
  phase: 'sitting',
  zone: ZONE,
  sittingSeconds: 0,
  secondsToNextBreak: 900,
  pausedUntil: null,
  nextWorkStart: null,
  prompt: null,
  busy: [],
  meeting: false,
  meetingUntil: null,
  ...s,
});

describe('tray state', () => {
  it('fills the progress ring in five steps as the next break nears', () => {
    const icons = [900, 700, 500, 300, 100, 1].map(
      (left) => trayStateFor(snap({ secondsToNextBreak: left }), today, DEFAULT_SETTINGS).icon,
    );
    expect(icons).toEqual([
      'progress-0',
      'progress-1',
      'progress-2',
      'progress-3',
      'progress-4',
      'progress-4',
    ]);
  });

  it('shows due, paused and off hours with their own icons and words', () => {
    expect(trayStateFor(snap({ phase: 'due' }), today, DEFAULT_SETTINGS)).toMatchObject({
      icon: 'due',
      canSnooze: true,
    });
    const paused = trayStateFor(
      snap({ phase: 'paused', pausedUntil: at('2026-03-02T11:30') }),
      today,
      DEFAULT_SETTINGS,
    );
    expect(paused).toMatchObject({ icon: 'paused', paused: true, canSnooze: false });
    expect(paused.tooltip).toBe('Mobes · paused until 11:30');
    const off = trayStateFor(
      snap({ phase: 'off-hours', nextWorkStart: at('2026-03-03T09:00') }),
      today,
      DEFAULT_SETTINGS,
    );
    expect(off).toMatchObject({ icon: 'off', canSnooze: false });
    expect(off.tooltip).toBe('Mobes · outside work hours · back tomorrow 09:00');
    const soon = trayStateFor(
      snap({ phase: 'off-hours', nextWorkStart: at('2026-03-02T13:00') }),
      today,
      DEFAULT_SETTINGS,
    );
    expect(soon.tooltip).toBe('Mobes · outside work hours · back at 13:00');
  });

  it('says why breaks are held, in the tooltip and as a menu line, only while Mobes is counting', () => {
    const free = trayStateFor(snap({ sittingSeconds: 600 }), today, DEFAULT_SETTINGS);
    expect(free.heldLine).toBeNull();
    const onCall = trayStateFor(snap({ sittingSeconds: 600, busy: ['call'] }), today, DEFAULT_SETTINGS);
    expect(onCall.heldLine).toBe('Breaks held: on a call');
    expect(onCall.tooltip).toBe('Mobes · sitting 10 min · next mobe in 15 min · breaks held: on a call');
    expect(sameTray(free, onCall)).toBe(false);
    // Several reasons read as one list, the manual meeting first with its end time.
    const many = trayStateFor(
      snap({
        phase: 'due',
        busy: ['call', 'dnd', 'meeting'],
        meeting: true,
        meetingUntil: at('2026-03-02T10:30'),
      }),
      today,
      DEFAULT_SETTINGS,
    );
    expect(many.heldLine).toBe('Breaks held: meeting mode until 10:30, on a call and Do Not Disturb');
    expect(many.statusLine).toBe('A mobe is due, held until you are free');
    expect(many.meeting).toBe(true);
    // Paused and off hours: no break would come anyway, so nothing is said to be held.
    for (const phase of ['paused', 'off-hours', 'away', 'prompting'] as const)
      expect(trayStateFor(snap({ phase, busy: ['dnd'] }), today, DEFAULT_SETTINGS).heldLine).toBeNull();
  });

  it('says how long the user has sat and when the next mobe comes', () => {
    const t = trayStateFor(
      snap({ sittingSeconds: 12 * 60 + 5, secondsToNextBreak: 2 * 60 + 55 }),
      today,
      DEFAULT_SETTINGS,
    );
    expect(t.tooltip).toBe('Mobes · sitting 12 min · next mobe in 3 min');
    expect(t.todayLine).toBe('Today 3 of 8 mobes · streak 1 day');
  });

  it('says within the first minute that Mobes is counting, in the tooltip and the menu line', () => {
    const t = trayStateFor(snap({ sittingSeconds: 20, secondsToNextBreak: 880 }), today, DEFAULT_SETTINGS);
    expect(t.tooltip).toBe('Mobes · sitting under 1 min · next mobe in 15 min');
    expect(t.statusLine).toBe('Sitting under 1 min · next mobe in 15 min');
    const later = trayStateFor(
      snap({ sittingSeconds: 61, secondsToNextBreak: 839 }),
      today,
      DEFAULT_SETTINGS,
    );
    expect(later.statusLine).toBe('Sitting 1 min · next mobe in 14 min');
    expect(sameTray(t, later)).toBe(false); // so the tray is refreshed as the minutes pass
  });

  it('formats durations and compares states by what is shown', () => {
    expect(duration(30)).toBe('under 1 min');
    expect(duration(3725)).toBe('1 h 02 min');
    expect(duration(61, 'up')).toBe('2 min');
    const a = trayStateFor(snap({}), today, DEFAULT_SETTINGS);
    expect(sameTray(a, trayStateFor(snap({ sittingSeconds: 10 }), today, DEFAULT_SETTINGS))).toBe(true);
    expect(sameTray(a, trayStateFor(snap({ phase: 'due' }), today, DEFAULT_SETTINGS))).toBe(false);
  });
});
