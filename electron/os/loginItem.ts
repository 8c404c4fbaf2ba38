import { app } from 'electron';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LoginItem {
  isEnabled(): boolean;
  setEnabled(enabled: boolean): void;
}

export interface LoginItemContext {
  platform: NodeJS.Platform;
  /** The user's home directory (XDG_CONFIG_HOME falls back to ~/.config). */
  home: string;
  env: Record<string, string | undefined>;
  /** The executable to start: process.execPath, or $APPIMAGE for an AppImage (see below). */
  execPath: string;
  appName: string;
}

/**
 * Start at login, opt-in. macOS and Windows: Electron's login item settings.
 * Linux has no such API in Electron; the freedesktop way is a .desktop file in
 * $XDG_CONFIG_HOME/autostart (default ~/.config/autostart), which desktop environments start at login:
 * https://specifications.freedesktop.org/autostart-spec/latest/
 */
export function createLoginItem(ctx: LoginItemContext): LoginItem {
  if (ctx.platform === 'darwin' || ctx.platform === 'win32') {
    return {
      isEnabled: () => app.getLoginItemSettings().openAtLogin,
      setEnabled: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled }),
    };
  }
  const file = autostartFile(ctx);
  return {
    isEnabled: () => existsSync(file),
    setEnabled(enabled) {
      if (!enabled) {
        rmSync(file, { force: true });
        return;
      }
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, autostartEntry(ctx), 'utf8');
    },
  };
}

export function autostartFile(ctx: Pick<LoginItemContext, 'home' | 'env'>): string {
  const config = ctx.env.XDG_CONFIG_HOME?.trim() || join(ctx.home, '.config');
  return join(config, 'autostart', 'mobes.desktop');
}

/**
 * The autostart entry. An AppImage runs from a temporary mount that is gone after exit, so the
 * command must be the AppImage file itself, which the AppImage runtime exports as $APPIMAGE.
 */
export function autostartEntry(ctx: Pick<LoginItemContext, 'env' | 'execPath' | 'appName'>): string {
  const exec = ctx.env.APPIMAGE || ctx.execPath;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${ctx.appName}`,
    'Comment=Short movement breaks while you sit',
    `Exec=${quoteExecArg(exec)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * One Exec argument as it is written in the file. Quoting rule: inside double quotes, `"`, `` ` ``, `$`
 * and `\` are backslash-escaped; a literal % is written %% (field codes). Then the string-value rule
 * applies on top, so every backslash is doubled again (a literal backslash ends up as four).
 * https://specifications.freedesktop.org/desktop-entry-spec/latest/exec-variables.html
 */
export function quoteExecArg(arg: string): string {
  const needsQuotes = /[\s"'\\`$<>|;&*?#()~%]/.test(arg);
  const quoted = needsQuotes ? `"${arg.replace(/[\\"`$]/g, (c) => `\\${c}`)}"` : arg;
  return quoted.replace(/%/g, '%%').replace(/\\/g, '\\\\');
}
