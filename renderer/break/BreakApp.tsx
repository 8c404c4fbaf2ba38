import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakView, MobesApi } from '../../shared/ipc/contract';
import { BreakSession } from './BreakSession';
import { BreakTopBar } from './BreakTopBar';
import type { BreakEndings } from './useBreakSession';

export interface BreakAppProps {
  api: MobesApi;
  tick?: (final: boolean) => void;
  /**
   * The current break, already asked for before the first render (see main.tsx): the window then
   * renders it at once instead of rendering nothing, asking, and rendering again. Undefined: ask here.
   */
  initial?: BreakView | null;
}

/**
 * The break window's root. It shows the break main hands it (asked for on load, then pushed with
 * breakShown); each new break remounts the session (keyed by prompt id), so nothing carries over.
 */
export function BreakApp({ api, tick, initial }: BreakAppProps) {
  const { t } = useTranslation('break');
  const [view, setView] = useState<BreakView | null>(initial ?? null);
  const [loaded, setLoaded] = useState(initial !== undefined);
  const current = useRef<string | null>(initial?.promptId ?? null);
  const initialId = useRef(initial === undefined ? undefined : (initial?.promptId ?? null));
  const ownEnds = useRef(new Set<string>());

  useEffect(() => {
    current.current = view?.promptId ?? null;
  }, [view]);

  useEffect(() => {
    let alive = true;
    let pushed = false;
    const offShown = api.onBreakShown((v) => {
      pushed = true;
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
    // Asked again when main.tsx already did: a break shown between that answer and these
    // subscriptions would otherwise be missed. The usual answer is the same break: nothing changes.
    const asked = initialId.current;
    void api.getCurrentBreak().then((res) => {
      if (!alive) return;
      const v = res.ok ? res.value : null;
      if (asked === undefined) {
        if (v) setView((cur) => cur ?? v);
        setLoaded(true);
      } else if (v && v.promptId !== asked && !pushed) {
        current.current = v.promptId;
        setView(v);
      }
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
        <BreakTopBar closeLabel={t('close')} onClose={() => void api.closeBreak()} />
        <div className="idle-body">
          <p className="idle-title">{t('idle.title')}</p>
          <p className="quiet">{t('idle.body')}</p>
        </div>
      </main>
    );
  }
  return (
    <BreakSession key={view.promptId} api={api} view={view} endings={endings} onClose={onClose} tick={tick} />
  );
}
