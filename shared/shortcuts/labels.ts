/**
 * How an accelerator is written on a button and for aria-keyshortcuts, without the parser and its
 * rules (accelerator.ts): the break window shows the global shortcuts main has registered, which are
 * valid by then, and keeps its script small. Unknown modifier names are kept as written.
 * https://www.electronjs.org/docs/latest/api/accelerator
 */
export type LabelPlatform = 'mac' | 'other';

export type ModifierName = 'CommandOrControl' | 'Command' | 'Control' | 'Alt' | 'AltGr' | 'Shift' | 'Super';
type Mod = ModifierName;

/** Every spelling Electron accepts for a modifier, lower-cased, to its one name. */
export const MODIFIERS: Readonly<Record<string, Mod>> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};

const KEY_LABELS: Record<string, string> = {
  plus: '+',
  return: 'Enter',
  enter: 'Enter',
  escape: 'Esc',
  esc: 'Esc',
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
};

/** Modifiers and key of an accelerator ("CommandOrControl+Alt+Shift+D"), or null if it has no key. */
function split(text: string): { mods: Mod[]; key: string } | null {
  const parts = text.split('+').map((p) => p.trim());
  const key = parts.pop();
  if (!key) return null;
  return { mods: parts.map((p) => MODIFIERS[p.toLowerCase()] ?? (p as Mod)), key };
}

/** "⌥⇧⌘D" on macOS, "Ctrl+Alt+Shift+D" elsewhere. */
export function shortcutLabel(text: string, platform: LabelPlatform): string {
  const s = split(text);
  if (!s) return text;
  const has = (...ms: Mod[]) => ms.some((m) => s.mods.includes(m));
  const key = KEY_LABELS[s.key.toLowerCase()] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key);
  if (platform === 'mac')
    return (
      (has('Control') ? '⌃' : '') +
      (has('Alt', 'AltGr') ? '⌥' : '') +
      (has('Shift') ? '⇧' : '') +
      (has('Command', 'CommandOrControl', 'Super') ? '⌘' : '') +
      key
    );
  const mods = [
    has('Control', 'CommandOrControl') ? 'Ctrl' : '',
    has('Alt') ? 'Alt' : '',
    has('AltGr') ? 'AltGr' : '',
    has('Shift') ? 'Shift' : '',
    has('Super', 'Command') ? 'Super' : '',
  ].filter(Boolean);
  return [...mods, key].join('+');
}

/** The same shortcut for aria-keyshortcuts, which names modifiers as the DOM does. */
export function ariaShortcut(text: string, platform: LabelPlatform): string {
  const s = split(text);
  if (!s) return '';
  const names = s.mods.map((m) => {
    if (m === 'CommandOrControl') return platform === 'mac' ? 'Meta' : 'Control';
    if (m === 'Command' || m === 'Super') return 'Meta';
    if (m === 'AltGr') return 'AltGraph';
    return m;
  });
  const key = s.key.toLowerCase() === 'return' ? 'Enter' : s.key.length === 1 ? s.key.toUpperCase() : s.key;
  return [...names, key].join('+');
}
