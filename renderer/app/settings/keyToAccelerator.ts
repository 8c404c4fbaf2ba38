/**
 * A key press in the shortcut field as an Electron accelerator, read from the physical key
 * (`code`), so Ctrl+Alt+Shift+S is "S" on any keyboard layout and whatever character Alt or AltGr
 * would type. Null while only modifiers are held, or for a key a shortcut cannot use.
 */
export function keyToAccelerator(
  e: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>,
  mac: boolean,
): string | null {
  const key = keyName(e.code);
  if (!key) return null;
  const mods = [
    e.ctrlKey ? 'Control' : '',
    e.metaKey ? (mac ? 'Command' : 'Super') : '',
    e.altKey ? 'Alt' : '',
    e.shiftKey ? 'Shift' : '',
  ].filter(Boolean);
  // On macOS "CommandOrControl" is Command; writing it so keeps the defaults' spelling.
  if (mods.includes('Control') && !mac) mods[mods.indexOf('Control')] = 'CommandOrControl';
  if (mods.includes('Command') && mac) mods[mods.indexOf('Command')] = 'CommandOrControl';
  return [...mods, key].join('+');
}

const NAMED: Record<string, string> = {
  Space: 'Space',
  Enter: 'Return',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Semicolon: ';',
  Quote: "'",
  Backquote: '`',
  Backslash: '\\',
  Comma: ',',
  Period: '.',
  Slash: '/',
};

function keyName(code: string): string | null {
  let m = /^Key([A-Z])$/.exec(code);
  if (m) return m[1];
  m = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (m) return code.startsWith('Numpad') ? `num${m[1]}` : m[1];
  if (/^F([1-9]|1\d|2[0-4])$/.test(code)) return code;
  return NAMED[code] ?? null;
}
