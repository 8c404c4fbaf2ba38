import '../app/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installBrowserHost } from '../host/browserHost';
import { DemoShell } from './DemoShell';
import '../styles/base.css';
import '../break/figures/figures.css';
import './demo.css';

const host = installBrowserHost();
// For end-to-end tests and the curious: the host behind window.mobes.
(window as unknown as { mobesHost?: typeof host }).mobesHost = host;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DemoShell host={host} />
  </StrictMode>,
);
