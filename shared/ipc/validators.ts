import { z } from 'zod';
import { MOBE_ID } from '../catalog/types';
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
} as const satisfies Record<RequestName, z.ZodType>;

/** Checks a payload; the message names the request and the offending field. */
export function validateRequest(
  name: RequestName,
  payload: unknown,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const parsed = REQUEST_VALIDATORS[name].safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue.path.length ? issue.path.join('.') : 'payload';
  return { ok: false, message: `${name}: ${where} ${issue.message}` };
}
