import { z } from 'zod';
import { BUSY_REASONS } from '../context/reasons';
import { FOCUS_FEELS } from '../focus/types';
import { FOCUS_RESPONSES, POWER_EVENTS, RESPONSES, TRACE_ACTIONS } from './format';

/**
 * The zod schema of each kind of trace line (see format.ts). Messages say "is missing" for an absent
 * field and what the field must be otherwise; the parser adds the line number and field name.
 */
/** Marks a message that names the bad value itself ("unknown event ..."), so no field prefix is needed. */
export const UNKNOWN = 'unknown ';

/** Messages say "is missing" for an absent field and what it must be otherwise. */
const need =
  (what: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is missing' : `must be ${what}`;

const time = z.union([z.string(), z.number()], {
  error: need('a time (local ISO, ISO with offset or epoch ms)'),
});
const seconds = (max: number) =>
  z
    .number({ error: need('a number of seconds') })
    .min(0, 'must not be negative')
    .max(max, `must be at most ${max} seconds`);
const object = z.record(z.string(), z.unknown(), { error: need('an object') });
const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? 'is missing'
        : `${UNKNOWN}${what} ${JSON.stringify(issue.input)} (expected one of ${values.join(', ')})`,
  });

export const startLine = z
  .object({
    type: z.literal('start'),
    at: time,
    zone: z.string({ error: need('an IANA time zone name') }),
    seed: z
      .number({ error: need('a whole number') })
      .int('must be a whole number')
      .optional(),
    settings: object.optional(),
  })
  .strict();

export const idleLine = z
  .object({ type: z.literal('idle'), at: time, idleSeconds: seconds(10 * 365 * 86_400) })
  .strict();
export const powerLine = z
  .object({ type: z.literal('power'), at: time, event: oneOf(POWER_EVENTS, 'event') })
  .strict();
export const settingsLine = z.object({ type: z.literal('settings'), at: time, settings: object }).strict();
export const clockLine = z
  .object({
    type: z.literal('clock'),
    at: time,
    to: time.optional(),
    zone: z.string({ error: need('an IANA time zone name') }).optional(),
  })
  .strict();
export const respondLine = z
  .object({
    type: z.literal('respond'),
    with: oneOf(RESPONSES, 'response'),
    afterSeconds: seconds(3600).optional(),
    focus: oneOf(FOCUS_RESPONSES, 'focus response').optional(),
    feel: oneOf(FOCUS_FEELS, 'feel').optional(),
  })
  .strict();
export const contextLine = z
  .object({
    type: z.literal('context'),
    at: time,
    busy: z.array(oneOf(BUSY_REASONS, 'busy reason'), { error: need('a list of busy reasons') }),
    idleInhibited: z.boolean({ error: need('true or false') }).optional(),
  })
  .strict();
export const endLine = z.object({ type: z.literal('end'), at: time }).strict();

const actionBase = { type: z.literal('action'), at: time };
export const actionHead = z.object({ action: oneOf(TRACE_ACTIONS, 'action') });
export const ACTION_LINES = {
  'start-break': z
    .object({
      ...actionBase,
      action: z.literal('start-break'),
      mobeId: z.string({ error: need('a mobe id') }).optional(),
    })
    .strict(),
  /** snooze, skip and resume take nothing but the time. */
  plain: z
    .object({
      ...actionBase,
      action: z.enum(['snooze', 'skip', 'resume', 'end-meeting', 'start-focus', 'decline-focus']),
    })
    .strict(),
  meeting: z
    .object({
      ...actionBase,
      action: z.literal('meeting'),
      until: time.optional(),
      minutes: z
        .number({ error: need('a number of minutes') })
        .positive('must be more than 0')
        .max(24 * 60, 'must be at most a day')
        .optional(),
    })
    .strict(),
  done: z
    .object({
      ...actionBase,
      action: z.literal('done'),
      reps: z
        .number({ error: need('a whole number of reps') })
        .int('must be a whole number of reps')
        .min(0, 'must not be negative')
        .max(500, 'must be at most 500'),
    })
    .strict(),
  pause: z
    .object({
      ...actionBase,
      action: z.literal('pause'),
      until: time.optional(),
      minutes: z
        .number({ error: need('a number of minutes') })
        .positive('must be more than 0')
        .max(7 * 24 * 60, 'must be at most a week')
        .optional(),
    })
    .strict(),
} as const;
