import { ariaShortcut as ariaOnly, shortcutLabel as labelOnly } from '../../shared/shortcuts/labels';
import { describe, expect, it } from 'vitest';
import {
  ariaShortcut,
  canonicalAccelerator,
  DEFAULT_SHORTCUTS,
  parseAccelerator,
  shortcutLabel,
} from '../../shared/shortcuts/accelerator';
import { applySettingsPatch, DEFAULT_SETTINGS } from '../../shared/settings/schema';

const message = (text: string) => {
  const r = parseAccelerator(text);
  return r.ok ? 'ok' : r.message;
};

describe('accelerators for global shortcuts', () => {
  it('accepts the defaults and the usual spellings', () => {
    for (const a of [
      ...Object.values(DEFAULT_SHORTCUTS),
      'Ctrl+Shift+F9',
      'cmd+option+k',
      'Super+Alt+Up',
      'Ctrl++',
    ]) {
      expect(message(a), a).toBe('ok');
    }
    expect(parseAccelerator('Ctrl++')).toEqual({ ok: true, value: { modifiers: ['Control'], key: 'Plus' } });
  });

  it('names what is wrong', () => {
    expect(message('')).toBe('is empty');
    expect(message('D')).toMatch(/needs Ctrl, Alt, Cmd or Super/);
    expect(message('Shift+D')).toMatch(/needs Ctrl, Alt, Cmd or Super/);
    expect(message('Ctrl+Alt')).toBe('needs a key after the modifiers');
    expect(message('Hyper+D')).toBe('has "Hyper", which is not a modifier key');
    expect(message('Ctrl+Ctrl+D')).toBe('names Control twice');
    expect(message('Ctrl+Banana')).toBe('has "Banana", which is not a key Mobes can use');
  });

  it('compares two spellings of one shortcut as the same', () => {
    const canon = (t: string) => {
      const r = parseAccelerator(t);
      return r.ok ? canonicalAccelerator(r.value) : t;
    };
    expect(canon('shift+alt+CmdOrCtrl+d')).toBe(canon('CommandOrControl+Alt+Shift+D'));
    expect(canon('Option+Cmd+K')).toBe(canon('Command+Alt+K'));
  });

  it('writes a shortcut for the button: symbols on macOS, words elsewhere', () => {
    expect(shortcutLabel('CommandOrControl+Alt+Shift+D', 'other')).toBe('Ctrl+Alt+Shift+D');
    expect(shortcutLabel('CommandOrControl+Alt+Shift+D', 'mac')).toBe('⌥⇧⌘D');
    expect(shortcutLabel('Control+Alt+Return', 'mac')).toBe('⌃⌥Enter');
    expect(ariaShortcut('CommandOrControl+Alt+Shift+D', 'other')).toBe('Control+Alt+Shift+D');
    expect(ariaShortcut('CommandOrControl+Alt+Shift+D', 'mac')).toBe('Meta+Alt+Shift+D');
  });
});

describe('shortcut labels without the parser (the break window)', () => {
  it('writes registered shortcuts as the settings do', () => {
    expect(labelOnly('CommandOrControl+Alt+Shift+D', 'other')).toBe('Ctrl+Alt+Shift+D');
    expect(labelOnly('CommandOrControl+Alt+Shift+D', 'mac')).toBe('⌥⇧⌘D');
    expect(labelOnly('Control+Alt+Return', 'mac')).toBe('⌃⌥Enter');
    expect(labelOnly('Alt+Plus', 'other')).toBe('Alt++');
    expect(ariaOnly('CommandOrControl+Alt+Shift+D', 'mac')).toBe('Meta+Alt+Shift+D');
    expect(ariaOnly('AltGr+Return', 'other')).toBe('AltGraph+Enter');
    for (const accel of [
      ...Object.values(DEFAULT_SHORTCUTS),
      'Super+Escape',
      'Command+Shift+Up',
      'Control+F5',
    ])
      for (const platform of ['mac', 'other'] as const) {
        expect(labelOnly(accel, platform)).toBe(shortcutLabel(accel, platform));
        expect(ariaOnly(accel, platform)).toBe(ariaShortcut(accel, platform));
      }
  });
});

describe('shortcut settings', () => {
  it('validates each shortcut through the settings schema, naming the action', () => {
    const bad = applySettingsPatch(DEFAULT_SETTINGS, { shortcuts: { ...DEFAULT_SHORTCUTS, skip: 'S' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ field: 'shortcuts.skip' });
  });

  it('refuses one shortcut for two actions, and allows turning one off', () => {
    const same = applySettingsPatch(DEFAULT_SETTINGS, {
      shortcuts: { done: 'Ctrl+Alt+K', skip: 'Alt+Control+k', snooze: '' },
    });
    expect(same.ok).toBe(false);
    if (!same.ok)
      expect(same.errors[0]).toEqual({
        field: 'shortcuts.skip',
        message: 'is the same shortcut as done',
        code: 'shortcutSame',
        params: { other: 'done' },
      });
    const off = applySettingsPatch(DEFAULT_SETTINGS, { shortcuts: { ...DEFAULT_SHORTCUTS, snooze: '' } });
    expect(off.ok).toBe(true);
  });

  it('refuses unknown actions', () => {
    const r = applySettingsPatch(DEFAULT_SETTINGS, {
      shortcuts: { ...DEFAULT_SHORTCUTS, pause: 'Ctrl+Alt+P' },
    });
    expect(r.ok).toBe(false);
  });
});
