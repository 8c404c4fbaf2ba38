import type { MobesApi } from '../../shared/ipc/contract';

/**
 * The page's window.mobes: from the preload in the desktop app, or, when the page is framed by the
 * browser demo (renderer/demo), the demo's own (same origin), so the demo can show each window in a
 * frame of its true size over one core. A cross-origin parent throws on access: then there is none.
 */
export function embeddedApi(): MobesApi | undefined {
  if (window.mobes) return window.mobes;
  try {
    return window.parent !== window ? window.parent.mobes : undefined;
  } catch {
    return undefined;
  }
}
