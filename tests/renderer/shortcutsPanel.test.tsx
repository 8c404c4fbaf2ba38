import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SettingsPage } from '../../renderer/app/settings/SettingsPage';
import { keyToAccelerator } from '../../renderer/app/settings/keyToAccelerator';
import { DEFAULT_SHORTCUTS } from '../../shared/shortcuts/accelerator';
import { createFakeApi } from './fakeApi';

const press = (
  code: string,
  mods: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {},
) => ({
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('key presses as accelerators', () => {
  it('reads the physical key, so the layout and Alt-characters do not matter', () => {
    expect(keyToAccelerator(press('KeyS', { ctrlKey: true, altKey: true, shiftKey: true }), false)).toBe(
      'CommandOrControl+Alt+Shift+S',
    );
    expect(keyToAccelerator(press('KeyK', { metaKey: true, altKey: true }), true)).toBe(
      'CommandOrControl+Alt+K',
    );
    expect(keyToAccelerator(press('F9', { altKey: true }), false)).toBe('Alt+F9');
    expect(keyToAccelerator(press('ArrowUp', { metaKey: true }), false)).toBe('Super+Up');
    expect(keyToAccelerator(press('ShiftLeft', { shiftKey: true }), false)).toBeNull(); // modifiers alone
  });
});

describe('settings: keyboard shortcuts', () => {
  it('records a shortcut, validates it through the schema, saves it and can turn one off', async () => {
    const fake = createFakeApi();
    render(<SettingsPage api={fake.api} />);
    const skip = await screen.findByLabelText('Skip');
    expect(skip).toHaveValue('Ctrl+Alt+Shift+S');
    fireEvent.focus(skip);
    expect(skip).toHaveValue('Press the keys…');
    fireEvent.keyDown(skip, { key: 'k', code: 'KeyK', ctrlKey: true, altKey: true });
    await waitFor(() => expect(fake.state.settings.shortcuts.skip).toBe('CommandOrControl+Alt+K'));
    // A plain letter would take the key from every app: refused, named, not saved.
    fireEvent.keyDown(skip, { key: 'q', code: 'KeyQ' });
    expect(await screen.findAllByText(/needs Ctrl, Alt, Cmd or Super/)).not.toHaveLength(0);
    expect(fake.state.settings.shortcuts.skip).toBe('CommandOrControl+Alt+K');
    fireEvent.keyDown(skip, { key: 'Backspace', code: 'Backspace' });
    await waitFor(() => expect(fake.state.settings.shortcuts.skip).toBe(''));
    fireEvent.blur(skip);
    expect(skip).toHaveValue('Off');
    fireEvent.click(screen.getByRole('button', { name: 'Use default' }));
    await waitFor(() => expect(fake.state.settings.shortcuts.skip).toBe(DEFAULT_SHORTCUTS.skip));
  });

  it('says when another app holds a shortcut', async () => {
    const fake = createFakeApi();
    const view = await fake.api.getSettings();
    if (!view.ok) throw new Error('no settings');
    const report = {
      done: { accelerator: DEFAULT_SHORTCUTS.done, state: 'ready' as const },
      skip: { accelerator: DEFAULT_SHORTCUTS.skip, state: 'taken' as const },
      snooze: { accelerator: DEFAULT_SHORTCUTS.snooze, state: 'ready' as const },
    };
    fake.api.getSettings = async () => ({ ok: true, value: { ...view.value, shortcuts: report } });
    render(<SettingsPage api={fake.api} />);
    expect(await screen.findByTestId('shortcut-state-skip')).toHaveTextContent(
      'Another app holds this shortcut',
    );
    expect(screen.getByTestId('shortcut-state-done')).toHaveTextContent('Works while a break is showing.');
  });

  it('can show the welcome again', async () => {
    const fake = createFakeApi();
    fake.state.settings = { ...fake.state.settings, welcomeDone: true };
    render(<SettingsPage api={fake.api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show the welcome again' }));
    await waitFor(() => expect(fake.state.settings.welcomeDone).toBe(false));
  });
});
