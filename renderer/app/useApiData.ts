import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode, Result } from '../../shared/ipc/contract';

export type Loadable<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; code: ErrorCode };

/**
 * Loads a value from the API and reloads it when `subscribe` fires. A failed reload keeps the last
 * good value on screen (with the error beside it) rather than blanking the view.
 */
export function useApiData<T>(
  load: () => Promise<Result<T>>,
  subscribe?: (listener: () => void) => () => void,
): { data: Loadable<T>; reloadError: ErrorCode | null; reload(): void } {
  const [data, setData] = useState<Loadable<T>>({ status: 'loading' });
  const [reloadError, setReloadError] = useState<ErrorCode | null>(null);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const alive = useRef(true);

  const reload = useCallback(() => {
    void loadRef.current().then((res) => {
      if (!alive.current) return;
      if (res.ok) {
        setData({ status: 'ready', value: res.value });
        setReloadError(null);
      } else {
        setData((cur) => (cur.status === 'ready' ? cur : { status: 'error', code: res.error.code }));
        setReloadError(res.error.code);
      }
    });
  }, []);

  useEffect(() => {
    alive.current = true;
    reload();
    const off = subscribe?.(reload);
    return () => {
      alive.current = false;
      off?.();
    };
    // Subscribing once per mount is intended; `subscribe` is a stable API method.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reload]);

  return { data, reloadError, reload };
}
