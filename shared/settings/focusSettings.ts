import { z } from 'zod';
import { AREAS, MAX_FOCUS_REPS, MIN_FOCUS_REPS, MOBE_ID } from '../catalog/types';

/**
 * The focus period (a sub-schema for the settings field `focus`): an area or one mobe the user works
 * on with full sets for a while, beside the microbreaks.
 *
 * - target: what the period is for; null when no focus is set.
 * - since / until: when the period began and when it ends (epoch ms); until null runs until the user
 *   ends it. The settings view offers a week by default.
 * - setsPerDay 1-3 (default 2): the source's one to three sets a day for a stiff or sore joint.
 * - reps 25-75 (default 40): the wanted set, clamped into each mobe's own focus dose.
 * - inPrompts (default true): one of the day's prompts becomes the focus set; off, sets are started
 *   from the tray only.
 */
const epochMs = z
  .number({ error: 'must be a time in epoch milliseconds' })
  .int('must be a whole number of milliseconds')
  .min(0, 'must not be before 1970');

export const focusTargetSchema = z.union(
  [
    z.object({ area: z.enum(AREAS, { error: `must be one of ${AREAS.join(', ')}` }) }).strict(),
    z.object({ mobeId: z.string().regex(MOBE_ID, 'must be a mobe id') }).strict(),
  ],
  { error: 'must be {"area": …} or {"mobeId": …}' },
);
export type FocusTarget = z.infer<typeof focusTargetSchema>;

export const FOCUS_SETS_PER_DAY = { min: 1, max: 3 } as const;

export const focusSettingsSchema = z
  .object({
    target: focusTargetSchema.nullable(),
    since: epochMs.nullable(),
    until: epochMs.nullable(),
    setsPerDay: z
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(FOCUS_SETS_PER_DAY.min, `must be at least ${FOCUS_SETS_PER_DAY.min} set`)
      .max(FOCUS_SETS_PER_DAY.max, `must be at most ${FOCUS_SETS_PER_DAY.max} sets`),
    reps: z
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(MIN_FOCUS_REPS, `must be at least ${MIN_FOCUS_REPS} reps`)
      .max(MAX_FOCUS_REPS, `must be at most ${MAX_FOCUS_REPS} reps`),
    inPrompts: z.boolean({ error: 'must be true or false' }),
  })
  .strict()
  .refine((f) => f.until === null || f.since === null || f.until > f.since, {
    message: 'must end after it starts',
    path: ['until'],
    params: { code: 'endBeforeStart' },
  });

export type FocusSettings = z.infer<typeof focusSettingsSchema>;

export const DEFAULT_FOCUS: FocusSettings = Object.freeze({
  target: null,
  since: null,
  until: null,
  setsPerDay: 2,
  reps: 40,
  inPrompts: true,
}) as FocusSettings;

/** How long a focus period lasts unless the user picks otherwise. */
export const DEFAULT_FOCUS_DAYS = 7;

const DAY_MS = 86_400_000;

/**
 * The focus period that begins at `at` on `target`, for the default week; the sets a day, the reps and
 * the prompt choice stay as they were. Settings and the history view start a focus the same way.
 */
export function focusStarting(focus: FocusSettings, target: FocusTarget, at: number): FocusSettings {
  return { ...focus, target, since: at, until: at + DEFAULT_FOCUS_DAYS * DAY_MS };
}

/** The focus period runs for the default week from its start, or (openEnded) until the user ends it. */
export function focusLasting(focus: FocusSettings, openEnded: boolean, at: number): FocusSettings {
  const since = focus.since ?? at;
  return { ...focus, since, until: openEnded ? null : since + DEFAULT_FOCUS_DAYS * DAY_MS };
}

/** No focus: the period ends now; the sets a day, the reps and the prompt choice are kept for next time. */
export function focusEnded(focus: FocusSettings): FocusSettings {
  return { ...focus, target: null, since: null, until: null };
}
