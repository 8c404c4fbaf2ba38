import type { TFunction } from 'i18next';
import type { TodayStatus } from '../../shared/ipc/contract';
import { formatInteger } from '../../shared/i18n/numbers';

/** The counter is announced to screen readers every this many reps (and at the end). */
export const ANNOUNCE_EVERY = 5;

/** The break namespace's t: a key and its values to the text in the language shown. */
export type Translate = TFunction<'break'>;

/** What happened in a break, as far as a screen reader needs to hear about it. */
export type BreakMoment =
  | { kind: 'lead-in'; mobeName: string; targetReps: number; seconds: number }
  | { kind: 'start'; targetReps: number }
  | { kind: 'rep'; reps: number; targetReps: number; sideCue: string | null; newCue: string | null }
  | { kind: 'paused'; paused: boolean }
  | { kind: 'recorded'; today: TodayStatus };

/**
 * The polite live-region text for a moment of the break, in the language of `t` (the break
 * namespace's), or null when nothing should be said (most reps: a count read out every rep would
 * drown the guidance). Cues come in already translated. Pure, so it is tested on its own.
 */
export function announcementFor(m: BreakMoment, t: Translate, lng: string): string | null {
  const n = (value: number) => formatInteger(value, lng);
  switch (m.kind) {
    case 'lead-in':
      return t('announce.leadIn', { name: m.mobeName, count: m.targetReps, seconds: n(m.seconds) });
    case 'start':
      return t('announce.start', { count: m.targetReps });
    case 'paused':
      return m.paused ? t('announce.paused') : t('announce.resumed');
    case 'recorded':
      return t('announce.recorded', { done: n(m.today.done), goal: n(m.today.goal) });
    case 'rep': {
      const counted = { done: n(m.reps), target: n(m.targetReps) };
      if (m.reps >= m.targetReps) return t('announce.allDone', counted);
      const parts: string[] = [];
      if (m.reps > 0 && m.reps % ANNOUNCE_EVERY === 0) parts.push(t('announce.progress', counted));
      if (m.sideCue) parts.push(m.sideCue);
      if (m.newCue) parts.push(m.newCue);
      return parts.length ? parts.join('. ') : null;
    }
  }
}
