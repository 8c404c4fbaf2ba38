import { useEffect, useState } from 'react';
import type * as FeelQuestionModule from './FeelQuestion';
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
type Loaded = typeof FeelQuestionModule;
let loaded: Loaded | undefined;
let loading: Promise<Loaded> | undefined;

function load(): Promise<Loaded> {
  loading ??= import('./FeelQuestion').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined; // the next focus set tries again
      throw error;
    },
  );
  return loading;
}

export function preloadFeelQuestion(): void {
  load().catch(() => undefined); // a failed load is tried again when the question is shown
}

export function LazyFeelQuestion({ focus }: { focus: FocusSetState }) {
  const [, setReady] = useState(0);
  useEffect(() => {
    // Loaded between the render that found nothing and this effect: render again now.
    if (loaded) return setReady((n) => n + 1);
    let live = true;
    load().then(
      () => live && setReady((n) => n + 1),
      // A failed load leaves the completion as it is; the answer is optional.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (!loaded) return null;
  const { FeelQuestion } = loaded;
  return <FeelQuestion focus={focus} />;
}
