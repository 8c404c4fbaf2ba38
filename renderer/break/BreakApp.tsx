import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BreakView, MobesApi } from '../../shared/ipc/contract';
import { BreakSession, type BreakEndings } from './BreakSession';

export interface BreakAppProps {
  api: MobesApi;
  tick?: (final: boolean) => void;
}

/**
 * The break window's root. It shows the break main hands it (asked for on load, then pushed with
 * breakShown); each new break remounts the session (keyed by prompt id), so nothing carries over.
 */
export function BreakApp({ api, tick }: BreakAppProps) {
  const [view, setView] = useState<BreakView | null>(null);
  const [loaded, setLoaded] = useState(false);
  const current = useRef<string | null>(null);
  const ownEnds = useRef(new Set<string>());

  useEffect(() => {
    current.current = view?.promptId ?? null;
  }, [view]);

  useEffect(() => {
    let alive = true;
    const offShown = api.onBreakShown((v) => {
      ownEnds.current.clear();
      current.current = v.promptId;
      setView(v);
      setLoaded(true);
    });
    const offEnded = api.onBreakEnded(({ promptId }) => {
      // Our own skip/snooze/done echo back as breakEnded: the session closes itself for those.
      if (ownEnds.current.has(promptId) || current.current !== promptId) return;
      current.current = null;
      setView(null);
      void api.closeBreak();
    });
    void api.getCurrentBreak().then((res) => {
      if (!alive) return;
      if (res.ok && res.value) {
        const v = res.value;
        setView((cur) => cur ?? v);
      }
      setLoaded(true);
    });
    return () => {
      alive = false;
      offShown();
      offEnded();
    };
  }, [api]);

  const endings = useMemo<BreakEndings>(
    () => ({ mark: (id) => void ownEnds.current.add(id), unmark: (id) => void ownEnds.current.delete(id) }),
    [],
  );
  const onClose = useCallback(() => {
    current.current = null;
    setView(null);
  }, []);

  if (!loaded) return null;
  if (!view) {
    return (
      <main className="break idle" data-stage="idle">
        <p className="idle-title">No break right now</p>
        <p className="quiet">Mobes will bring the next one when it is time.</p>
      </main>
    );
  }
  return (
    <BreakSession key={view.promptId} api={api} view={view} endings={endings} onClose={onClose} tick={tick} />
  );
}
