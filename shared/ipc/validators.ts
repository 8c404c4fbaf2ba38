import { z } from 'zod';
import { MOBE_ID } from '../catalog/types';
import { FOCUS_FEELS } from '../focus/types';
import type { RequestName } from './contract';

/**
 * Payload validators, one per request. The registrar runs these before any handler sees a payload.
 * Settings patches are only checked for shape here; field rules live in the settings schema.
 */
const promptId = z.string().min(1).max(100);
const mobeId = z.string().regex(MOBE_ID, 'must be a mobe id');

export const REQUEST_VALIDATORS = {
  getCurrentBreak: z.undefined(),
  completeBreak: z.object({ promptId, reps: z.number().int().min(0).max(500) }).strict(),
  skipBreak: z.object({ promptId }).strict(),
  snoozeBreak: z.object({ promptId }).strict(),
  hideMobe: z.object({ mobeId }).strict(),
  closeBreak: z.undefined(),
  previewMobe: z.object({ mobeId: mobeId.optional() }).strict(),
  getHistory: z.undefined(),
  exportHistory: z.object({ format: z.enum(['csv', 'json']) }).strict(),
  getSettings: z.undefined(),
  updateSettings: z.record(z.string(), z.unknown()),
  getPreferredLanguages: z.undefined(),
  declineFocus: z.object({ promptId }).strict(),
  answerFeel: z.object({ promptId, feel: z.enum(FOCUS_FEELS) }).strict(),
  switchFocus: z.object({ mobeId }).strict(),
} as const satisfies Record<RequestName, z.ZodType>;

/**
 * Keys that name an object's prototype machinery. No payload field is called this; zod's record
 * drops `__proto__` silently, which would turn such a patch into a quiet no-op, so they are refused
 * by name instead.
 */
const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Checks a payload; the message names the request and the offending field. */
export function validateRequest(
  name: RequestName,
  payload: unknown,
): { ok: true; value: unknown } | { ok: false; message: string } {
  if (typeof payload === 'object' && payload !== null) {
    const reserved = RESERVED_KEYS.find((k) => Object.hasOwn(payload, k));
    if (reserved) return { ok: false, message: `${name}: payload field ${reserved} is not allowed` };
  }
  const parsed = REQUEST_VALIDATORS[name].safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    return { ok: false, message: `${name}: ${issue.keys.join(', ')} is not a field of this request` };
  }
  const where = issue.path.length ? issue.path.join('.') : 'payload';
  return { ok: false, message: `${name}: ${where} ${issue.message}` };
}
