import { useSyncExternalStore } from 'react';
import type { Settings } from '../../shared/settings/schema';

const QUERY = '(prefers-reduced-motion: reduce)';

function query(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const mq = query();
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

function systemPrefersReduced(): boolean {
  return query()?.matches ?? false;
}

/**
 * Whether to hold still: the user's override ('on' / 'off') wins, otherwise the OS setting,
 * followed live (a change in the OS applies without reopening the window).
 */
export function useReducedMotion(override: Settings['reducedMotion']): boolean {
  const system = useSyncExternalStore(subscribe, systemPrefersReduced, () => false);
  if (override === 'on') return true;
  if (override === 'off') return false;
  return system;
}
