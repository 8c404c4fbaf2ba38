import { z } from 'zod';
import { canonicalAccelerator, parseAccelerator, SHORTCUT_ACTIONS } from '../shortcuts/accelerator';
import type { ShortcutAction } from '../shortcuts/accelerator';

/** One global shortcut: an accelerator a global shortcut may use, or '' for none. */
const shortcut = z
  .string({ error: 'must be a shortcut such as Ctrl+Alt+Shift+D, or empty for none' })
  .superRefine((text, ctx) => {
    if (text === '') return;
    const parsed = parseAccelerator(text);
    if (!parsed.ok)
      ctx.addIssue({
        code: 'custom',
        message: parsed.message,
        params: parsed.part === undefined ? { code: parsed.code } : { code: parsed.code, part: parsed.part },
      });
  });

/** The three shortcuts; no two actions may share one. */
export const shortcutsSchema = z
  .object(
    Object.fromEntries(SHORTCUT_ACTIONS.map((a) => [a, shortcut])) as Record<ShortcutAction, typeof shortcut>,
  )
  .strict()
  .superRefine((s, ctx) => {
    const seen = new Map<string, ShortcutAction>();
    for (const action of SHORTCUT_ACTIONS) {
      const parsed = s[action] ? parseAccelerator(s[action]) : null;
      if (!parsed?.ok) continue;
      const key = canonicalAccelerator(parsed.value);
      const other = seen.get(key);
      if (other) {
        ctx.addIssue({
          code: 'custom',
          path: [action],
          message: `is the same shortcut as ${other}`,
          params: { code: 'shortcutSame', other },
        });
      } else seen.set(key, action);
    }
  });
