import type { Mobe } from '../catalog/types';
import type { PromptReason } from '../history/types';
import type { Settings } from '../settings/schema';
import type { DayKey, EpochMs, Zone } from '../time/types';
import { focusMobeFor, isFocusOn } from './choose';
import { focusDoseFor } from './dose';
import type { FocusHistory } from './focusHistory';
import { focusSlotsOfDay, shouldOfferFocus } from './slots';

export interface FocusAsk {
  settings: Settings;
  catalog: readonly Mobe[];
  history: FocusHistory;
  zone: Zone;
  at: EpochMs;
  day: DayKey;
  reason: PromptReason;
  /** 'focus' when the user asked for a focus set; 'declined' when one is turned into a microbreak. */
  ask?: 'focus' | 'declined';
}

export interface FocusSet {
  mobe: Mobe;
  reps: number;
  /** Fewer reps than wanted because the last set hurt. */
  smaller: boolean;
}

/**
 * Whether this prompt is a focus set, and of which mobe at which dose; null for an ordinary
 * microbreak. Only while the focus period is on. A set the user asks for always comes; a due prompt
 * becomes one when prompts may carry focus sets (`focus.inPrompts`) and the day's slots allow it
 * (shouldOfferFocus: at most setsPerDay a day, never twice in a row, an hour apart at least).
 * Previews and manual breaks stay microbreaks.
 */
export function focusSetFor(q: FocusAsk): FocusSet | null {
  const focus = q.settings.focus;
  if (q.ask === 'declined' || focus.target === null || !isFocusOn(focus, q.at)) return null;
  if (q.ask !== 'focus') {
    if (q.reason !== 'due' || !focus.inPrompts) return null;
    const slots = focusSlotsOfDay(q.day, q.zone, q.settings.workHours, focus.setsPerDay);
    if (!shouldOfferFocus(q.at, slots, q.history.dayState(q.day))) return null;
  }
  const mobe = focusMobeFor(focus.target, q.catalog, q.settings, q.history.lastFocusMobeId);
  if (!mobe) return null;
  return { mobe, ...focusDoseFor(mobe, focus.reps, q.history.lastFeel(mobe.id)) };
}
