import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MobesApi } from '../../shared/ipc/contract';
import { HistoryPage } from './history/HistoryPage';
import { SettingsPage } from './settings/SettingsPage';

export type Route = 'history' | 'settings';

export function routeFromHash(hash: string): Route {
  return hash.replace(/^#/, '') === 'settings' ? 'settings' : 'history';
}

function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** The app window: history and settings, switched by the URL hash (#history, #settings). */
export function AppShell({ api }: { api: MobesApi }) {
  const route = useHashRoute();
  const { t, i18n } = useTranslation('app');
  const title = route === 'settings' ? t('shell.settingsTitle') : t('shell.historyTitle');
  useEffect(() => {
    document.title = title;
  }, [title, i18n.language]);
  return (
    <div className="app">
      <nav className="tabs" aria-label={t('shell.nav')}>
        <a href="#history" aria-current={route === 'history' ? 'page' : undefined}>
          {t('shell.history')}
        </a>
        <a href="#settings" aria-current={route === 'settings' ? 'page' : undefined}>
          {t('shell.settings')}
        </a>
      </nav>
      <main className="app-main">
        <h1 className="sr-only">{route === 'settings' ? t('shell.settings') : t('shell.historyHeading')}</h1>
        {route === 'settings' ? <SettingsPage api={api} /> : <HistoryPage api={api} />}
      </main>
    </div>
  );
}
