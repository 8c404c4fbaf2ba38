import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import { autostartEntry, autostartFile, createLoginItem, quoteExecArg } from '../../electron/os/loginItem';
import { resetElectron, state } from './electronDouble';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'mobes-home-'));
});

const ctx = (platform: NodeJS.Platform, env: Record<string, string> = {}) => ({
  platform,
  home,
  env,
  execPath: '/opt/Mobes/mobes',
  appName: 'Mobes',
});

describe('start at login', () => {
  it.each(['darwin', 'win32'] as const)('%s: uses Electron login item settings', (platform) => {
    resetElectron(platform);
    const item = createLoginItem(ctx(platform));
    expect(item.isEnabled()).toBe(false);
    item.setEnabled(true);
    expect(state.loginItem.openAtLogin).toBe(true);
    expect(item.isEnabled()).toBe(true);
    item.setEnabled(false);
    expect(item.isEnabled()).toBe(false);
    expect(existsSync(join(home, '.config', 'autostart'))).toBe(false);
  });

  it('linux: writes and removes an XDG autostart entry in ~/.config/autostart', () => {
    resetElectron('linux');
    const item = createLoginItem(ctx('linux'));
    const file = join(home, '.config', 'autostart', 'mobes.desktop');
    expect(item.isEnabled()).toBe(false);
    item.setEnabled(true);
    expect(item.isEnabled()).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('[Desktop Entry]');
    expect(text).toContain('Type=Application\n');
    expect(text).toContain('Name=Mobes\n');
    expect(text).toContain('Exec=/opt/Mobes/mobes\n');
    item.setEnabled(false);
    expect(existsSync(file)).toBe(false);
    expect(() => item.setEnabled(false)).not.toThrow();
    expect(state.loginItem.openAtLogin).toBe(false); // Electron's API untouched on Linux
  });

  it('linux: honours XDG_CONFIG_HOME', () => {
    expect(autostartFile({ home, env: { XDG_CONFIG_HOME: '/x/cfg' } })).toBe(
      '/x/cfg/autostart/mobes.desktop',
    );
    expect(autostartFile({ home, env: { XDG_CONFIG_HOME: '  ' } })).toBe(
      join(home, '.config/autostart/mobes.desktop'),
    );
  });

  it('linux AppImage: starts the AppImage file itself, quoted', () => {
    const text = autostartEntry({
      env: { APPIMAGE: '/home/u/Apps/Mobes 0.1.0.AppImage' },
      execPath: '/tmp/.mount_x/mobes',
      appName: 'Mobes',
    });
    expect(text).toContain('Exec="/home/u/Apps/Mobes 0.1.0.AppImage"\n');
  });

  it('quotes Exec arguments by the desktop entry rules', () => {
    expect(quoteExecArg('/opt/mobes')).toBe('/opt/mobes');
    expect(quoteExecArg('/a b/c')).toBe('"/a b/c"');
    expect(quoteExecArg('/a/$HOME/"x"')).toBe('"/a/\\\\$HOME/\\\\"x\\\\""');
    expect(quoteExecArg('/a/100%')).toBe('"/a/100%%"');
  });
});
