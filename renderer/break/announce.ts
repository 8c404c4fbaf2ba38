import type { TodayStatus } from '../../shared/ipc/contract';

/** The counter is announced to screen readers every this many reps (and at the end). */
export const ANNOUNCE_EVERY = 5;

/** What happened in a break, as far as a screen reader needs to hear about it. */
export type BreakMoment =
  | { kind: 'lead-in'; mobeName: string; targetReps: number; seconds: number }
  | { kind: 'start'; targetReps: number }
  | { kind: 'rep'; reps: number; targetReps: number; sideCue: string | null; newCue: string | null }
  | { kind: 'paused'; paused: boolean }
  | { kind: 'recorded'; today: TodayStatus };

/**
 * The polite live-region text for a moment of the break, or null when nothing should be said (most
 * reps: a count read out every rep would drown the guidance). Pure, so it is tested on its own.
 */
export function announcementFor(m: BreakMoment): string | null {
  switch (m.kind) {
    case 'lead-in':
      return `${m.mobeName}, ${m.targetReps} reps. Starting in ${m.seconds} seconds.`;
    case 'start':
      return `Go: ${m.targetReps} reps.`;
    case 'paused':
      return m.paused ? 'Paused' : 'Resumed';
    case 'recorded':
      return `Done. ${m.today.done} of ${m.today.goal} today.`;
    case 'rep': {
      if (m.reps >= m.targetReps) return `${m.reps} of ${m.targetReps}, all done`;
      const parts: string[] = [];
      if (m.reps > 0 && m.reps % ANNOUNCE_EVERY === 0) parts.push(`${m.reps} of ${m.targetReps}`);
      if (m.sideCue) parts.push(m.sideCue);
      if (m.newCue) parts.push(m.newCue);
      return parts.length ? parts.join('. ') : null;
    }
  }
}
