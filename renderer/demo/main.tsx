import '../app/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installBrowserHost } from '../host/browserHost';
import { startI18n } from '../i18n/startI18n';
import { WithI18n } from '../i18n/WithI18n';
import { DemoShell } from './DemoShell';
import '../styles/base.css';
import '../break/figures/figures.css';
import './demo.css';

const host = installBrowserHost();
// For end-to-end tests and the curious: the host behind window.mobes.
(window as unknown as { mobesHost?: typeof host }).mobesHost = host;

// The figure gallery shows the break window's figures and names, so the page needs their texts.
void startI18n(host.api, { namespaces: ['break', 'common', 'catalog'] }).then((i18n) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <WithI18n i18n={i18n}>
        <DemoShell host={host} />
      </WithI18n>
    </StrictMode>,
  ),
);
