import { lazy, Suspense } from 'react';
import type { FocusSetState } from './useFocusSet';

/**
 * The question after a focus set, loaded only when a focus set is under way: microbreaks, nearly every
 * break, never need its code, and the break window's script budget is 100 KB (scripts/bench-renderer.mjs).
 * BreakSession starts the load when a focus set begins, so it is in place by the end of the set.
 */
const load = () => import('./FeelQuestion');
const FeelQuestion = lazy(() => load().then((m) => ({ default: m.FeelQuestion })));

export function preloadFeelQuestion(): void {
  void load();
}

export function LazyFeelQuestion({ focus }: { focus: FocusSetState }) {
  return (
    <Suspense fallback={null}>
      <FeelQuestion focus={focus} />
    </Suspense>
  );
}
