/**
 * Global shortcuts as Electron accelerators ("CommandOrControl+Alt+Shift+D"): parsing, the rules a
 * global one must follow, and how one is written on a button. Pure, and free of zod so the break
 * window can format shortcuts without loading the settings schema.
 * https://www.electronjs.org/docs/latest/api/accelerator
 */

import {
  ariaShortcut as ariaOf,
  shortcutLabel as labelOf,
  MODIFIERS,
  type LabelPlatform,
  type ModifierName,
} from './labels';

export const SHORTCUT_ACTIONS = ['done', 'skip', 'snooze'] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];
/** An accelerator per action; '' turns that shortcut off. */
export type ShortcutSettings = Record<ShortcutAction, string>;

/**
 * Defaults: Ctrl+Alt+Shift (Cmd+Option+Shift on macOS) with the action's initial. Three modifiers
 * together are left alone by common apps and desktops (two-modifier chords such as Ctrl+Shift+S "save
 * as" or Ctrl+Shift+Z "redo" are everyday keys), and they are registered only while a break window is
 * up, so even a rare clash lasts under a minute. S and Z match the in-window keys for skip and snooze.
 */
export const DEFAULT_SHORTCUTS: ShortcutSettings = Object.freeze({
  done: 'CommandOrControl+Alt+Shift+D',
  skip: 'CommandOrControl+Alt+Shift+S',
  snooze: 'CommandOrControl+Alt+Shift+Z',
});

type Modifier = ModifierName;

const NAMED_KEYS = [
  'Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete', 'Insert', 'Return',
  'Enter', 'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc',
  'PrintScreen', 'num0', 'num1', 'num2', 'num3', 'num4', 'num5', 'num6', 'num7', 'num8', 'num9',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
]; // prettier-ignore
const NAMED = new Map(NAMED_KEYS.map((k) => [k.toLowerCase(), k]));
const PUNCTUATION = new Set([...')!@#$%^&*(:;<=>?~[]{}\\|\'"`,-./_']);

export interface Accelerator {
  modifiers: Modifier[];
  key: string;
}

/** Why an accelerator cannot be a shortcut, as a code the windows word in their language. */
export type AcceleratorProblem =
  | 'shortcutEmpty'
  | 'shortcutTooLong'
  | 'shortcutNotModifier'
  | 'shortcutTwice'
  | 'shortcutNoKey'
  | 'shortcutBadKey'
  | 'shortcutNeedsModifier';

export type ParsedAccelerator =
  { ok: true; value: Accelerator } | { ok: false; message: string; code: AcceleratorProblem; part?: string };

/** Parses and checks an accelerator meant as a global shortcut; the message says what is wrong. */
export function parseAccelerator(text: string): ParsedAccelerator {
  if (typeof text !== 'string' || text.trim() === '')
    return { ok: false, message: 'is empty', code: 'shortcutEmpty' };
  if (text.length > 80)
    return { ok: false, message: 'is too long to be a shortcut', code: 'shortcutTooLong' };
  const parts = text.split('+');
  // "Ctrl+Plus" names the plus key; a bare "+" at the end ("Ctrl++") is the plus key too.
  if (parts.length > 1 && parts[parts.length - 1] === '' && parts[parts.length - 2] === '') {
    parts.splice(-2, 2, 'Plus');
  }
  const keyText = parts.pop()!.trim();
  const modifiers: Modifier[] = [];
  for (const raw of parts) {
    const m = MODIFIERS[raw.trim().toLowerCase()];
    if (!m) {
      const part = raw.trim();
      return {
        ok: false,
        message: `has "${part}", which is not a modifier key`,
        code: 'shortcutNotModifier',
        part,
      };
    }
    if (modifiers.includes(m))
      return { ok: false, message: `names ${m} twice`, code: 'shortcutTwice', part: m };
    modifiers.push(m);
  }
  const key = normaliseKey(keyText);
  if (!key) {
    return MODIFIERS[keyText.toLowerCase()]
      ? { ok: false, message: 'needs a key after the modifiers', code: 'shortcutNoKey' }
      : {
          ok: false,
          message: `has "${keyText}", which is not a key Mobes can use`,
          code: 'shortcutBadKey',
          part: keyText,
        };
  }
  if (!modifiers.some((m) => m !== 'Shift')) {
    return {
      ok: false,
      message: 'needs Ctrl, Alt, Cmd or Super, so it cannot take a key from other apps',
      code: 'shortcutNeedsModifier',
    };
  }
  return { ok: true, value: { modifiers, key } };
}

/** The canonical text of an accelerator (modifiers in a fixed order), for comparing two. */
export function canonicalAccelerator(a: Accelerator): string {
  const order: Modifier[] = ['CommandOrControl', 'Command', 'Control', 'Alt', 'AltGr', 'Shift', 'Super'];
  return [...order.filter((m) => a.modifiers.includes(m)), a.key].join('+');
}

export type { LabelPlatform } from './labels';

/** How a shortcut is written on a button: "⌥⇧⌘D" on macOS, "Ctrl+Alt+Shift+D" elsewhere. */
export function shortcutLabel(text: string, platform: LabelPlatform): string {
  const parsed = parseAccelerator(text);
  return parsed.ok ? labelOf(canonicalAccelerator(parsed.value), platform) : text;
}

/** The same shortcut for aria-keyshortcuts, which names modifiers as the DOM does. */
export function ariaShortcut(text: string, platform: LabelPlatform): string {
  const parsed = parseAccelerator(text);
  return parsed.ok ? ariaOf(canonicalAccelerator(parsed.value), platform) : '';
}

function normaliseKey(k: string): string | null {
  if (/^[a-z0-9]$/i.test(k)) return k.toUpperCase();
  if (/^f([1-9]|1\d|2[0-4])$/i.test(k)) return k.toUpperCase();
  if (k.length === 1 && PUNCTUATION.has(k)) return k;
  return NAMED.get(k.toLowerCase()) ?? null;
}
