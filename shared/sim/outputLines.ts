import type { Area } from '../catalog/types';
import type { EngineDecision, Phase } from '../engine/types';
import type { BusyReason } from '../context/reasons';
import type { BoutEnd, NaturalBreakReason, PromptOutcome, PromptReason } from '../history/types';
import { localIso } from '../trace/time';
import type { FocusFeel, FocusMark } from '../focus/types';
import type { Zone } from '../time/types';
import { round } from './round';

/** One line of replay output: what the app decided, at local time `t`. */
export type ReplayLine =
  | { t: string; event: 'app-start'; phase: Phase }
  | {
      t: string;
      event: 'prompt';
      reason: PromptReason;
      mobe: string;
      area: Area;
      targetReps: number;
      /** What the break was held for (it comes now because that ended). */
      after?: BusyReason[];
      /** Offered as a focus set (`set`), or a focus set turned into a microbreak (`declined`). */
      focus?: FocusMark;
    }
  /** A due prompt withdrawn because the user became busy; the break stays due. */
  | { t: string; event: 'withdrawn' }
  | { t: string; event: 'held'; start: string; end: string; minutes: number; reasons: BusyReason[] }
  | {
      t: string;
      event: 'outcome';
      outcome: PromptOutcome;
      reason: PromptReason;
      mobe: string;
      reps: number;
      targetReps: number;
      shownAt: string;
      focus?: FocusMark;
    }
  /** The answer to "How did that feel?" after a focus set. */
  | { t: string; event: 'feel'; mobe: string; area: Area; feel: FocusFeel; targetReps: number }
  | {
      t: string;
      event: 'natural-break';
      reason: NaturalBreakReason;
      start: string;
      end: string;
      minutes: number;
    }
  | {
      t: string;
      event: 'sitting';
      start: string;
      end: string;
      activeSeconds: number;
      minutes: number;
      endedBy: BoutEnd;
    }
  | { t: string; event: 'phase'; from: Phase; to: Phase }
  | { t: string; event: 'end'; phase: Phase | 'stopped'; openSittingMinutes: number };

/** The output line of one engine decision, times local in `zone`; null for one that prints none. */
export function lineFor(d: EngineDecision, zone: Zone): ReplayLine | null {
  const t = localIso(d.at, zone);
  switch (d.type) {
    case 'prompt':
      return {
        t,
        event: 'prompt',
        reason: d.prompt.reason,
        mobe: d.prompt.mobeId,
        area: d.prompt.area,
        targetReps: d.prompt.targetReps,
        ...(d.prompt.after ? { after: d.prompt.after } : {}),
        ...(d.prompt.focus ? { focus: d.prompt.focus } : {}),
      };
    case 'close-prompt':
      // The prompt record that comes with it carries the outcome and reps; a withdrawn one has none.
      return d.outcome === 'held' ? { t, event: 'withdrawn' } : null;
    case 'phase':
      return { t, event: 'phase', from: d.from, to: d.to };
    case 'record': {
      const r = d.record;
      switch (r.kind) {
        case 'prompt':
          return {
            t,
            event: 'outcome',
            outcome: r.outcome,
            reason: r.reason,
            mobe: r.mobeId,
            reps: r.reps,
            targetReps: r.targetReps,
            shownAt: localIso(r.at, zone),
            ...(r.focus ? { focus: r.focus } : {}),
          };
        case 'feel':
          return { t, event: 'feel', mobe: r.mobeId, area: r.area, feel: r.feel, targetReps: r.targetReps };
        case 'natural-break':
          return {
            t,
            event: 'natural-break',
            reason: r.reason,
            start: localIso(r.start, zone),
            end: localIso(r.end, zone),
            minutes: round((r.end - r.start) / 60_000, 1),
          };
        case 'sitting':
          return {
            t,
            event: 'sitting',
            start: localIso(r.start, zone),
            end: localIso(r.end, zone),
            activeSeconds: r.activeSeconds,
            minutes: round(r.activeSeconds / 60, 1),
            endedBy: r.endedBy,
          };
        case 'held':
          return {
            t,
            event: 'held',
            start: localIso(r.start, zone),
            end: localIso(r.end, zone),
            minutes: round((r.end - r.start) / 60_000, 1),
            reasons: r.reasons,
          };
      }
    }
  }
}
