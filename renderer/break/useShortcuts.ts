import { useEffect, useRef } from 'react';

export type ShortcutMap = Partial<Record<string, () => void>>;

/** Keys are matched on `event.key`, case-insensitively for letters ('s' also matches 'S'). */
function keyName(e: KeyboardEvent): string {
  return e.key.length === 1 ? e.key.toLowerCase() : e.key;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Window-wide single-key shortcuts. Space and Enter on a focused button are left to the button
 * (its native click), so a key never acts twice; keys with a modifier are never taken.
 */
export function useShortcuts(map: ShortcutMap, enabled = true): void {
  const mapRef = useRef(map);
  useEffect(() => {
    mapRef.current = map;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (isTextEntry(e.target)) return;
      const key = keyName(e);
      const onButton = e.target instanceof HTMLElement && e.target.closest('button, a[href], summary');
      if (onButton && (key === ' ' || key === 'Enter')) return;
      const action = mapRef.current[key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
