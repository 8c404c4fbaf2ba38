import { useCallback, useRef, useState } from 'react';
import type { FocusFeel } from '../../shared/focus/types';
import type { BreakView, ErrorCode, FeelResult, MobesApi } from '../../shared/ipc/contract';

/** The keys 1-4 answer "How did that feel?" in this order. */
export const FEEL_KEYS: readonly FocusFeel[] = ['easier', 'same', 'harder', 'hurt'];

/**
 * A focus set's own calls: D turns it into an ordinary microbreak (main then shows that break in
 * this window), and after it is done one answer to "How did that feel?", then, after two answers
 * "it hurt" in a row, switching the focus to the other mobe main suggests.
 */
export function useFocusSet(api: MobesApi, view: BreakView) {
  const [feel, setFeel] = useState<FocusFeel | null>(null);
  const [result, setResult] = useState<FeelResult | null>(null);
  const [switched, setSwitched] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const sending = useRef(false);
  const { promptId } = view;

  const decline = useCallback(async () => {
    if (!view.focus?.declinable || sending.current) return;
    sending.current = true;
    const res = await api.declineFocus({ promptId });
    sending.current = false;
    if (!res.ok) setError(res.error.code);
  }, [api, promptId, view.focus]);

  const answer = useCallback(
    async (f: FocusFeel) => {
      if (!view.focus || sending.current || feel) return;
      sending.current = true;
      setFeel(f);
      const res = await api.answerFeel({ promptId, feel: f });
      sending.current = false;
      if (res.ok) setResult(res.value);
      else setError(res.error.code);
    },
    [api, feel, promptId, view.focus],
  );

  const switchFocus = useCallback(async () => {
    const to = result?.switchTo;
    if (!to || switched) return;
    const res = await api.switchFocus({ mobeId: to.id });
    if (res.ok) setSwitched(true);
    else setError(res.error.code);
  }, [api, result, switched]);

  return {
    focus: view.focus ?? null,
    feel,
    result,
    switched,
    error,
    /** Whether the completion view still waits for the feel answer before it closes by itself. */
    asking: !!view.focus && feel === null,
    decline,
    answer,
    switchFocus,
  };
}

export type FocusSetState = ReturnType<typeof useFocusSet>;
