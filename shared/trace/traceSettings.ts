import { applySettingsPatch } from '../settings/schema';
import type { Settings, Validated } from '../settings/schema';
import type { EpochMs } from '../time/types';

/**
 * A settings line's fields on top of `current`. Work hours, areas and the focus period merge part by
 * part, so a trace can say {"workHours":{"sat":[...]}} or {"focus":{"target":{"area":"neck"}}} without
 * repeating the rest. The focus period's `since` and `until` may be written as trace times (a local
 * date-time, an ISO time with offset, epoch ms); `time` resolves them as the line's own times are.
 */
export function traceSettings(
  current: Settings,
  patch: Record<string, unknown>,
  time: (value: string | number, field: string) => EpochMs,
): Validated<Settings> {
  const { version: _version, ...fields } = patch;
  for (const key of ['workHours', 'areas', 'focus'] as const) {
    const value = fields[key];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      fields[key] = { ...current[key], ...value };
    }
  }
  const focus = fields.focus;
  if (typeof focus === 'object' && focus !== null && !Array.isArray(focus)) {
    const f = { ...(focus as Record<string, unknown>) };
    for (const key of ['since', 'until'] as const) {
      if (typeof f[key] === 'string') f[key] = time(f[key] as string, `settings.focus.${key}`);
    }
    fields.focus = f;
  }
  return applySettingsPatch(current, fields);
}
