import './zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from '../i18n/startI18n';
import { WithI18n } from '../i18n/WithI18n';
import { embeddedApi } from '../shared/embeddedApi';
import { MissingBridge } from '../shared/MissingBridge';
import { AppShell } from './AppShell';
import '../styles/base.css';
import './app.css';
import './settings/settings.css';

const api = embeddedApi();
void startI18n(api, { namespaces: ['app', 'settings', 'common', 'catalog'], titleKey: 'title' }).then(
  (i18n) =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <WithI18n i18n={i18n}>{api ? <AppShell api={api} /> : <MissingBridge />}</WithI18n>
      </StrictMode>,
    ),
);
