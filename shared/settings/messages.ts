import type { z } from 'zod';
import { WEEKDAYS } from '../time/workWeek';
import type { TimeRange } from '../time/workWeek';
import type { FieldError, Settings } from './schema';

/** How the messages about stored settings name a value, a key and a default. */

/** The issues of one field, each naming its path and ending with what was done about it. */
export function firstIssues(error: z.ZodError, prefix: string, action: string): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const field = [prefix, ...issue.path.map(String)].join('.');
    // One message per field: a bad time also fails the range checks built on it.
    if (seen.has(field) || [...seen].some((s) => s.startsWith(`${field}.`))) continue;
    seen.add(field);
    out.push({ field, message: `${issue.message}; ${action}` });
  }
  return out;
}

export function showDefault(key: keyof Settings, defaults: Settings): string {
  if (key === 'workHours') {
    return WEEKDAYS.map((d) => `${d} ${showRanges(defaults.workHours[d])}`).join(', ');
  }
  if (key === 'areas') return 'all on';
  return JSON.stringify(defaults[key]);
}

export function showRanges(ranges: readonly TimeRange[]): string {
  return ranges.length ? ranges.map((r) => `${r.start}-${r.end}`).join(' ') : 'none';
}

/** A stored key as a field name; odd keys (empty, spaces, dots) are quoted so the message stays readable. */
export function fieldName(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'undefined') return 'nothing';
  return String(v);
}
