import { useEffect, useState } from 'react';
import { lazyModule } from '../shared/lazyModule';
import type { FocusSetState } from './useFocusSet';

/**
 * The question after a focus set, loaded only when a focus set is under way: microbreaks, nearly every
 * break, never need its code, and the break window's script budget is 100 KB (scripts/bench-renderer.mjs).
 * BreakSession starts the load when a focus set begins, so it is in place by the end of the set.
 *
 * Not React.lazy: Suspense holds back content revealed after a fallback on a timer, so the question
 * could wait on a clock (a paused one in tests/e2e/focusSet.spec.ts never showed it). A loaded module
 * renders at once; one still loading renders when its import resolves.
 */
const feelQuestion = lazyModule(() => import('./FeelQuestion'));

/** Asked for when a focus set begins; a failed load is tried again when the question is shown. */
export const preloadFeelQuestion = feelQuestion.preload;

export function LazyFeelQuestion({ focus }: { focus: FocusSetState }) {
  const loaded = feelQuestion.get();
  const [, setReady] = useState(0);
  useEffect(() => {
    if (loaded) return;
    // Loaded between this render and its effect: render again now.
    if (feelQuestion.get()) return setReady((n) => n + 1);
    let live = true;
    feelQuestion.load().then(
      () => live && setReady((n) => n + 1),
      // A failed load leaves the completion as it is; the answer is optional.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [loaded]);
  if (!loaded) return null;
  const { FeelQuestion } = loaded;
  return <FeelQuestion focus={focus} />;
}
