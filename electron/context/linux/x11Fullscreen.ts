import type { ContextSource } from '../source';
import { createPolledSource, type PollResult } from '../polledSource';
import type { ToolRunner } from '../runTool';

/**
 * Full screen on X11: the window named by the root's _NET_ACTIVE_WINDOW carries
 * _NET_WM_STATE_FULLSCREEN in its _NET_WM_STATE, read with xprop (x11-utils) so no X client library is
 * needed. Wayland gives other apps no such signal, so there this detector is not offered.
 * https://specifications.freedesktop.org/wm-spec/latest/ar01s05.html#id-1.6.8
 */
export function activeWindowFromXprop(out: string): string | null | 'none' {
  if (/not found|no such atom/i.test(out)) return 'none';
  const hex = /0x[0-9a-f]+/i.exec(out)?.[0];
  const dec = /[=#]\s*(\d+)\s*$/.exec(out.trim())?.[1];
  const id = hex ? Number.parseInt(hex, 16) : dec ? Number(dec) : Number.NaN;
  if (!Number.isFinite(id)) return null;
  return id === 0 ? 'none' : `0x${id.toString(16)}`;
}

export function fullscreenFromXprop(out: string): boolean {
  return /\b_NET_WM_STATE_FULLSCREEN\b/.test(out);
}

export function createX11FullscreenSource(run: ToolRunner): ContextSource {
  return createPolledSource({
    id: 'linux-x11-fullscreen',
    label: 'Full-screen window (X11)',
    signals: ['fullscreen'],
    async read(): Promise<PollResult> {
      const root = await run('xprop', [
        '-root',
        '-notype',
        '-f',
        '_NET_ACTIVE_WINDOW',
        '32x',
        '_NET_ACTIVE_WINDOW',
      ]);
      if (!root.ok) return { problem: root.problem };
      const id = activeWindowFromXprop(root.stdout);
      if (id === null) return { problem: `xprop: unexpected answer: ${root.stdout.trim().slice(0, 80)}` };
      if (id === 'none') return { signals: { fullscreen: 'free' } };
      const state = await run('xprop', ['-id', id, '-notype', '_NET_WM_STATE']);
      // The window may have closed between the two questions: that is not full screen.
      if (!state.ok) return { signals: { fullscreen: 'free' } };
      return { signals: { fullscreen: fullscreenFromXprop(state.stdout) ? 'busy' : 'free' } };
    },
  });
}
