import type { z } from 'zod';
import type { AcceleratorProblem } from '../shortcuts/accelerator';

/**
 * What is wrong with a settings field, as a stable code with its values, so a window can say it in
 * its own language; the schema's English message stays for logs. Every code here has a text in
 * every language (shared/i18n/locales/<language>/settings.json, `errors`).
 */
export const FIELD_ERROR_CODES = [
  'invalid',
  'notObject',
  'notNumber',
  'wholeNumber',
  'atLeast',
  'atMost',
  'tooMany',
  'timeOfDay',
  'endBeforeStart',
  'overlap',
  'noArea',
  'mobeId',
  'trueFalse',
  'oneOf',
  'wrongType',
  'unknownFields',
  'shortcutEmpty',
  'shortcutTooLong',
  'shortcutNotModifier',
  'shortcutTwice',
  'shortcutNoKey',
  'shortcutBadKey',
  'shortcutNeedsModifier',
  'shortcutSame',
] as const satisfies readonly (string | AcceleratorProblem)[];
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** The values a code's text shows: a limit, a key name, another shortcut's action. */
export type FieldErrorParams = Record<string, string | number>;

const isCode = (v: unknown): v is FieldErrorCode =>
  typeof v === 'string' && (FIELD_ERROR_CODES as readonly string[]).includes(v);

/** The code and values of one schema issue; custom checks name their code in `params.code`. */
export function fieldErrorOf(issue: z.core.$ZodIssue): { code: FieldErrorCode; params?: FieldErrorParams } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return { code: 'wholeNumber' };
      if (issue.expected === 'number') return { code: 'notNumber' };
      if (issue.expected === 'boolean') return { code: 'trueFalse' };
      return { code: 'wrongType' };
    case 'too_small':
      return issue.origin === 'number'
        ? { code: 'atLeast', params: { limit: Number(issue.minimum) } }
        : { code: 'invalid' };
    case 'too_big':
      return issue.origin === 'number'
        ? { code: 'atMost', params: { limit: Number(issue.maximum) } }
        : { code: 'tooMany', params: { limit: Number(issue.maximum) } };
    case 'invalid_format':
      return { code: issue.path[0] === 'workHours' ? 'timeOfDay' : 'mobeId' };
    case 'invalid_value':
      return { code: 'oneOf' };
    case 'unrecognized_keys':
      return { code: 'unknownFields', params: { keys: issue.keys.join(', ') } };
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as Record<string, unknown>;
      if (!isCode(code)) return { code: 'invalid' };
      const values = Object.entries(params).filter(
        (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
      );
      return values.length ? { code, params: Object.fromEntries(values) } : { code };
    }
    default:
      return { code: 'invalid' };
  }
}
