import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../shared/catalog/catalog';
import type { Mobe } from '../../shared/catalog/types';
import { alternativeTo, focusMobeFor, isFocusOn } from '../../shared/focus/choose';
import { focusDoseFor, hurtTwiceInARow } from '../../shared/focus/dose';
import { FocusHistory } from '../../shared/focus/focusHistory';
import { focusSetFor } from '../../shared/focus/offer';
import { FOCUS_MIN_GAP_MS, focusSlotsOfDay, shouldOfferFocus } from '../../shared/focus/slots';
import type { PromptRecord } from '../../shared/history/types';
import { applySettingsPatch, DEFAULT_SETTINGS, validateSettings } from '../../shared/settings/schema';
import type { Settings } from '../../shared/settings/schema';
import { loadSettings } from '../../shared/settings/load';
import { at, MIN, ZONE } from './support/engineRig';

const H = 60 * MIN;
const MONDAY = '2026-03-02';
const mobe = (id: string): Mobe => CATALOG.find((m) => m.id === id)!;
const NECK = CATALOG.filter((m) => m.area === 'neck');

function withFocus(focus: Partial<Settings['focus']>, extra: Partial<Settings> = {}): Settings {
  const r = applySettingsPatch(DEFAULT_SETTINGS, {
    ...extra,
    focus: { ...DEFAULT_SETTINGS.focus, ...focus },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

function prompt(atMs: number, focus?: PromptRecord['focus'], mobeId = NECK[0].id): PromptRecord {
  return {
    kind: 'prompt',
    at: atMs,
    endedAt: atMs + MIN,
    day: MONDAY,
    reason: 'due',
    mobeId,
    area: mobe(mobeId).area,
    outcome: 'done',
    reps: 10,
    targetReps: 10,
    ...(focus ? { focus } : {}),
  };
}

describe('focus settings', () => {
  it('default to no focus, two sets a day of 40 reps, offered in prompts', () => {
    expect(DEFAULT_SETTINGS.focus).toEqual({
      target: null,
      since: null,
      until: null,
      setsPerDay: 2,
      reps: 40,
      inPrompts: true,
    });
  });

  it('name the field that is wrong', () => {
    const bad = validateSettings({
      ...DEFAULT_SETTINGS,
      focus: { ...DEFAULT_SETTINGS.focus, setsPerDay: 4 },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors[0]).toMatchObject({ field: 'focus.setsPerDay', message: 'must be at most 3 sets' });
    const reps = validateSettings({ ...DEFAULT_SETTINGS, focus: { ...DEFAULT_SETTINGS.focus, reps: 10 } });
    expect(!reps.ok && reps.errors[0].field).toBe('focus.reps');
    const target = validateSettings({
      ...DEFAULT_SETTINGS,
      focus: { ...DEFAULT_SETTINGS.focus, target: { area: 'knee' } },
    });
    expect(!target.ok && target.errors[0].field.startsWith('focus.target')).toBe(true);
    const order = validateSettings({
      ...DEFAULT_SETTINGS,
      focus: { ...DEFAULT_SETTINGS.focus, since: 2000, until: 1000 },
    });
    expect(!order.ok && order.errors[0]).toEqual({
      field: 'focus.until',
      message: 'must end after it starts',
      code: 'endBeforeStart',
    });
  });

  it('load silently from a file written before focus existed', () => {
    const { focus, ...older } = DEFAULT_SETTINGS;
    void focus;
    const load = loadSettings({ ...older, welcomeDone: true });
    expect(load.problems).toEqual([]);
    expect(load.settings.focus).toEqual(DEFAULT_SETTINGS.focus);
  });

  it('keep the rest of the settings when the focus field is bad', () => {
    const load = loadSettings({ ...DEFAULT_SETTINGS, dailyGoal: 5, focus: { setsPerDay: 'many' } });
    expect(load.settings.dailyGoal).toBe(5);
    expect(load.settings.focus).toEqual(DEFAULT_SETTINGS.focus);
    expect(load.problems.map((p) => p.field)).toContain('focus.target');
  });

  it('are on only inside the period', () => {
    const f = withFocus({ target: { area: 'neck' }, since: 1000, until: 5000 }).focus;
    expect(isFocusOn(f, 999)).toBe(false);
    expect(isFocusOn(f, 1000)).toBe(true);
    expect(isFocusOn(f, 4999)).toBe(true);
    expect(isFocusOn(f, 5000)).toBe(false);
    expect(isFocusOn({ ...f, until: null }, 10 ** 13)).toBe(true);
    expect(isFocusOn({ ...f, target: null }, 2000)).toBe(false);
  });
});

describe('focusSlotsOfDay', () => {
  it('puts n slots at (k + 1/2) / n of the day’s work time', () => {
    // 09:00-18:00 is 9 hours.
    expect(focusSlotsOfDay(MONDAY, ZONE, DEFAULT_SETTINGS.workHours, 1)).toEqual([at('2026-03-02T13:30')]);
    expect(focusSlotsOfDay(MONDAY, ZONE, DEFAULT_SETTINGS.workHours, 3)).toEqual([
      at('2026-03-02T10:30'),
      at('2026-03-02T13:30'),
      at('2026-03-02T16:30'),
    ]);
  });

  it('skips the gap between two work ranges', () => {
    const split = {
      ...DEFAULT_SETTINGS.workHours,
      mon: [
        { start: '08:00', end: '12:00' },
        { start: '14:00', end: '18:00' },
      ],
    };
    // 8 hours of work: a half is 4 h in, which is the start of the afternoon range.
    expect(focusSlotsOfDay(MONDAY, ZONE, split, 1)).toEqual([at('2026-03-02T14:00')]);
    expect(focusSlotsOfDay(MONDAY, ZONE, split, 2)).toEqual([at('2026-03-02T10:00'), at('2026-03-02T16:00')]);
  });

  it('is empty on a day without work hours', () => {
    expect(focusSlotsOfDay('2026-03-07', ZONE, DEFAULT_SETTINGS.workHours, 2)).toEqual([]);
  });

  it('always gives n slots inside work hours, in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 22 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 3 }),
        (startHour, length, n) => {
          const end = Math.min(24, startHour + length);
          const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
          const hours = { ...DEFAULT_SETTINGS.workHours, mon: [{ start: pad(startHour), end: pad(end) }] };
          const slots = focusSlotsOfDay(MONDAY, ZONE, hours, n);
          expect(slots).toHaveLength(n);
          for (let i = 0; i < n; i++) {
            expect(slots[i]).toBeGreaterThan(at(`2026-03-02T${pad(startHour)}`));
            if (i > 0) expect(slots[i]).toBeGreaterThan(slots[i - 1]);
          }
        },
      ),
    );
  });
});

describe('shouldOfferFocus', () => {
  const slots = [at('2026-03-02T10:30'), at('2026-03-02T13:30')];
  const fresh = { offeredToday: 0, lastFocusAt: null, lastPromptWasFocus: false };

  it('waits for a slot to pass', () => {
    expect(shouldOfferFocus(at('2026-03-02T10:29'), slots, fresh)).toBe(false);
    expect(shouldOfferFocus(at('2026-03-02T10:30'), slots, fresh)).toBe(true);
  });

  it('offers no more than the slots that have passed', () => {
    const one = { ...fresh, offeredToday: 1, lastFocusAt: at('2026-03-02T10:31') };
    expect(shouldOfferFocus(at('2026-03-02T12:00'), slots, one)).toBe(false);
    expect(shouldOfferFocus(at('2026-03-02T13:30'), slots, one)).toBe(true);
    expect(shouldOfferFocus(at('2026-03-02T17:00'), slots, { ...one, offeredToday: 2 })).toBe(false);
  });

  it('never offers twice in a row or within the hour', () => {
    const late = at('2026-03-02T14:00');
    expect(shouldOfferFocus(late, slots, { ...fresh, lastPromptWasFocus: true })).toBe(false);
    expect(shouldOfferFocus(late, slots, { ...fresh, lastFocusAt: late - FOCUS_MIN_GAP_MS + 1 })).toBe(false);
    expect(shouldOfferFocus(late, slots, { ...fresh, lastFocusAt: late - FOCUS_MIN_GAP_MS })).toBe(true);
    // A clock set back before the last offer is too soon too.
    expect(shouldOfferFocus(late, slots, { ...fresh, lastFocusAt: late + H })).toBe(false);
  });
});

describe('focusDoseFor', () => {
  const circles = NECK[0];

  it('gives the wanted set, inside the mobe’s focus dose', () => {
    for (const m of CATALOG) {
      const { reps, smaller } = focusDoseFor(m, 40, null);
      expect(reps).toBeGreaterThanOrEqual(m.focusReps.min);
      expect(reps).toBeLessThanOrEqual(m.focusReps.max);
      expect(smaller).toBe(false);
    }
  });

  it('shrinks after "it hurt" and grows back slowly after sets that did not', () => {
    const full = focusDoseFor(circles, 40, null).reps;
    const hurt = focusDoseFor(circles, 40, { feel: 'hurt', targetReps: full });
    expect(hurt.reps).toBeLessThan(full);
    expect(hurt.reps).toBeGreaterThanOrEqual(circles.focusReps.min);
    expect(hurt.smaller).toBe(true);
    const after = focusDoseFor(circles, 40, { feel: 'same', targetReps: hurt.reps });
    expect(after.reps).toBeGreaterThan(hurt.reps);
    expect(after.reps).toBeLessThanOrEqual(full);
    const easier = focusDoseFor(circles, 40, { feel: 'easier', targetReps: full });
    expect(easier).toEqual({ reps: full, smaller: false });
  });

  it('never goes below the focus dose, however often it hurt', () => {
    let last = focusDoseFor(circles, 75, null).reps;
    for (let i = 0; i < 6; i++) last = focusDoseFor(circles, 75, { feel: 'hurt', targetReps: last }).reps;
    expect(last).toBeGreaterThanOrEqual(circles.focusReps.min);
  });

  it('suggests another mobe after two hurts in a row, not one', () => {
    expect(hurtTwiceInARow(['hurt'])).toBe(false);
    expect(hurtTwiceInARow(['hurt', 'same', 'hurt'])).toBe(false);
    expect(hurtTwiceInARow(['easier', 'hurt', 'hurt'])).toBe(true);
  });
});

describe('which mobe a focus set uses', () => {
  const prefs = DEFAULT_SETTINGS;

  it('keeps an area’s focus on the mobe it used last', () => {
    expect(focusMobeFor({ area: 'neck' }, CATALOG, prefs, null)?.id).toBe(NECK[0].id);
    expect(focusMobeFor({ area: 'neck' }, CATALOG, prefs, NECK[1].id)?.id).toBe(NECK[1].id);
    // A last mobe of another area does not count.
    expect(focusMobeFor({ area: 'neck' }, CATALOG, prefs, 'wrist-circles')?.area).toBe('neck');
  });

  it('uses the chosen mobe, and offers another of its area after it hurt', () => {
    expect(focusMobeFor({ mobeId: NECK[1].id }, CATALOG, prefs, null)?.id).toBe(NECK[1].id);
    const other = alternativeTo(NECK[1], CATALOG, prefs);
    expect(other?.area).toBe('neck');
    expect(other?.id).not.toBe(NECK[1].id);
  });

  it('leaves hidden mobes out of an area’s focus', () => {
    const hidden = { ...prefs, hiddenMobes: [NECK[0].id] };
    expect(focusMobeFor({ area: 'neck' }, CATALOG, hidden, NECK[0].id)?.id).not.toBe(NECK[0].id);
  });
});

describe('focusSetFor', () => {
  const settings = withFocus({ target: { area: 'neck' }, since: at('2026-03-01T00:00') });
  const base = { settings, catalog: CATALOG, zone: ZONE, day: MONDAY, reason: 'due' as const };

  it('turns a due prompt into a focus set once a slot has passed', () => {
    const history = new FocusHistory();
    expect(focusSetFor({ ...base, history, at: at('2026-03-02T09:30') })).toBeNull();
    const set = focusSetFor({ ...base, history, at: at('2026-03-02T11:30') });
    expect(set?.mobe.area).toBe('neck');
    expect(set?.reps).toBe(focusDoseFor(set!.mobe, 40, null).reps);
  });

  it('keeps manual breaks, previews and declined sets microbreaks, and asks come anyway', () => {
    const history = new FocusHistory([prompt(at('2026-03-02T11:30'), 'set')]);
    const t = at('2026-03-02T11:40');
    expect(focusSetFor({ ...base, history, at: t, reason: 'manual' })).toBeNull();
    expect(focusSetFor({ ...base, history, at: t, ask: 'declined' })).toBeNull();
    expect(focusSetFor({ ...base, history, at: t, reason: 'manual', ask: 'focus' })).not.toBeNull();
  });

  it('offers nothing outside the period, or when prompts do not carry focus sets', () => {
    const history = new FocusHistory();
    const t = at('2026-03-02T15:00');
    const ended = withFocus({ target: { area: 'neck' }, since: 0, until: at('2026-03-02T12:00') });
    expect(focusSetFor({ ...base, settings: ended, history, at: t })).toBeNull();
    const trayOnly = withFocus({ target: { area: 'neck' }, inPrompts: false });
    expect(focusSetFor({ ...base, settings: trayOnly, history, at: t })).toBeNull();
    expect(focusSetFor({ ...base, settings: trayOnly, history, at: t, ask: 'focus' })).not.toBeNull();
  });

  it('follows the history: a declined offer uses its slot, and the next dose follows the last feel', () => {
    const declined = new FocusHistory([prompt(at('2026-03-02T11:30'), 'declined')]);
    expect(focusSetFor({ ...base, history: declined, at: at('2026-03-02T13:00') })).toBeNull();
    const set = focusSetFor({ ...base, history: new FocusHistory(), at: at('2026-03-02T11:30') })!;
    const hurt = new FocusHistory([
      prompt(at('2026-03-02T11:30'), 'set', set.mobe.id),
      {
        kind: 'feel',
        at: at('2026-03-02T11:35'),
        day: MONDAY,
        mobeId: set.mobe.id,
        area: 'neck',
        feel: 'hurt',
        targetReps: set.reps,
      },
      prompt(at('2026-03-02T11:50')),
    ]);
    const next = focusSetFor({ ...base, history: hurt, at: at('2026-03-02T16:00') })!;
    expect(next.mobe.id).toBe(set.mobe.id);
    expect(next.reps).toBeLessThan(set.reps);
    expect(next.smaller).toBe(true);
  });
});
