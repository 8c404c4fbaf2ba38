import type { RequestHandlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/ipc/contract';
import type { BreakShortcuts } from '../windows/breakShortcuts';

/**
 * What the desktop shell adds to the core's answers: the global shortcuts registered for the break
 * showing, how each shortcut fares (for settings), the Linux desktop (for the welcome's tray hint) and
 * the system's preferred languages (for the windows' `language: 'system'`).
 */
export function withShellInfo(
  handlers: RequestHandlers,
  shell: {
    shortcuts: Pick<BreakShortcuts, 'registered' | 'report'>;
    desktop: string | undefined;
    preferredLanguages(): string[];
  },
): Pick<RequestHandlers, 'getCurrentBreak' | 'getSettings' | 'getPreferredLanguages'> {
  return {
    getPreferredLanguages: () => ok([...shell.preferredLanguages()]),
    getCurrentBreak: async (req) => {
      const res = await handlers.getCurrentBreak(req);
      const registered = shell.shortcuts.registered();
      return res.ok && res.value && registered ? ok({ ...res.value, shortcuts: registered }) : res;
    },
    getSettings: async (req) => {
      const res = await handlers.getSettings(req);
      if (!res.ok) return res;
      return ok({
        ...res.value,
        shortcuts: shell.shortcuts.report(),
        ...(shell.desktop ? { desktop: shell.desktop } : {}),
      });
    },
  };
}

/** XDG_CURRENT_DESKTOP ("ubuntu:GNOME"), lower case, on Linux; undefined elsewhere. */
export function linuxDesktop(platform: string, env: Record<string, string | undefined>): string | undefined {
  if (platform !== 'linux') return undefined;
  return (env.XDG_CURRENT_DESKTOP ?? env.DESKTOP_SESSION)?.toLowerCase() || undefined;
}
