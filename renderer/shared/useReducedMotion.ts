import { useSyncExternalStore } from 'react';
import type { Settings } from '../../shared/settings/schema';

const QUERY = '(prefers-reduced-motion: reduce)';

// One list per matchMedia (i.e. for the window's life): React reads the snapshot on every render of
// every break, and each matchMedia() call parses the query and registers one more list with the
// document. Keyed on the function so a replaced matchMedia (tests) is asked afresh.
let cached: { source: typeof window.matchMedia; list: MediaQueryList } | null = null;

function query(): MediaQueryList | null {
  const source = window.matchMedia as typeof window.matchMedia | undefined;
  if (typeof source !== 'function') return null;
  if (cached?.source !== source) cached = { source, list: source.call(window, QUERY) };
  return cached.list;
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
