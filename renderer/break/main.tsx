import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { BreakView } from '../../shared/ipc/contract';
import { startI18n } from '../i18n/startI18n';
import { WithI18n } from '../i18n/WithI18n';
import { embeddedApi } from '../shared/embeddedApi';
import { MissingBridge } from '../shared/MissingBridge';
import { BreakApp } from './BreakApp';
import { loadFigure } from './figures/registry';
import { firstBreakRequest } from './firstBreak';
import './window.css';

// Marks for the start-up benchmark's step-by-step rows (scripts/bench-renderer.mjs): when this
// script runs, and when the texts and the figure are in. BreakSession marks the rest.
performance.mark('mobe-script');
const api = embeddedApi();
const root = createRoot(document.getElementById('root')!);
const texts = startI18n(api, { namespaces: ['break', 'common', 'catalog'], titleKey: 'title' });
if (!api) {
  void texts.then((i18n) =>
    root.render(
      <StrictMode>
        <WithI18n i18n={i18n}>
          <MissingBridge />
        </WithI18n>
      </StrictMode>,
    ),
  );
} else {
  // Ask for the break (and the texts) before React renders anything, and render the answer
  // synchronously (with its effects) as soon as both arrive: one render pass, and the mobe is in the
  // very next frame instead of after an empty render, an effect, the round trip and a second render.
  // The mobe's figure file is fetched as soon as the break is known (early.ts), beside the texts.
  const current = firstBreakRequest(api).then(
    async (res): Promise<BreakView | null> => {
      if (!res.ok || !res.value) return null;
      await loadFigure(res.value.mobe.id);
      performance.mark('mobe-figure');
      return res.value;
    },
    () => null,
  );
  const textsIn = texts.then((i18n) => (performance.mark('mobe-texts'), i18n));
  void Promise.all([textsIn, current]).then(([i18n, initial]) =>
    flushSync(() =>
      root.render(
        <StrictMode>
          <WithI18n i18n={i18n}>
            <BreakApp api={api} initial={initial} />
          </WithI18n>
        </StrictMode>,
      ),
    ),
  );
}
