import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { BreakView } from '../../shared/ipc/contract';
import { embeddedApi } from '../shared/embeddedApi';
import { MissingBridge } from '../shared/MissingBridge';
import { BreakApp } from './BreakApp';
import '../styles/base.css';
import './break.css';
import './figures/figures.css';

const api = embeddedApi();
const root = createRoot(document.getElementById('root')!);
if (!api) {
  root.render(
    <StrictMode>
      <MissingBridge />
    </StrictMode>,
  );
} else {
  // Ask for the break before React renders anything, and render the answer synchronously (with its
  // effects) as soon as it arrives: one render pass, and the mobe is in the very next frame instead
  // of after an empty render, an effect, the round trip and a second scheduled render.
  const show = (initial: BreakView | null) =>
    flushSync(() =>
      root.render(
        <StrictMode>
          <BreakApp api={api} initial={initial} />
        </StrictMode>,
      ),
    );
  api.getCurrentBreak().then(
    (res) => show(res.ok ? res.value : null),
    () => show(null),
  );
}
