import type { ResourceLanguage } from 'i18next';
import { PSEUDO_LANGUAGE, type UiLanguage } from '../../shared/i18n/languages';
import { pseudoResourcesOf } from './pseudoLoader';
import enBreak from '../../shared/i18n/locales/en/break.json';
import enCommon from '../../shared/i18n/locales/en/common.json';

/** The namespaces the windows use; the main process's own (tray, dialogs, notices) are never loaded. */
export type WindowNamespace = 'common' | 'break' | 'app' | 'settings' | 'welcome' | 'catalog';

/**
 * Every window namespace of every language, each its own lazily loaded chunk: a window fetches only
 * its namespaces of the language it shows (and English, the fallback), never the other nine. The
 * break window's namespaces are listed here; the app window's in appWindowFiles.ts, loaded with them.
 */
const FILES = import.meta.glob<ResourceLanguage>(
  [
    '../../shared/i18n/locales/*/common.json',
    '../../shared/i18n/locales/*/break.json',
    '../../shared/i18n/locales/*/catalog.json',
    '!../../shared/i18n/locales/en/break.json',
    '!../../shared/i18n/locales/en/common.json',
  ],
  { import: 'default' },
);

/**
 * The break window's English, in its own script: English is every window's fallback, so it is always
 * loaded, and having it at hand saves the break window a round trip before its first frame.
 */
const EAGER_ENGLISH: Partial<Record<WindowNamespace, ResourceLanguage>> = {
  break: enBreak,
  common: enCommon,
};

const APP_NAMESPACES: readonly WindowNamespace[] = ['app', 'settings', 'welcome'];

async function fileOf(lng: string, ns: WindowNamespace) {
  const files = APP_NAMESPACES.includes(ns) ? (await import('./appWindowFiles')).APP_WINDOW_FILES : FILES;
  return files[`../../shared/i18n/locales/${lng}/${ns}.json`];
}

/**
 * One language's namespaces. The pseudo-locale is made from English. A namespace a language lacks is
 * empty (English fills in through i18next's fallback); English has no catalog file, its exercise
 * texts being the catalog itself (see mobeTexts.ts).
 */
export async function loadLanguage(
  lng: UiLanguage,
  namespaces: readonly WindowNamespace[],
): Promise<ResourceLanguage> {
  const source = lng === PSEUDO_LANGUAGE ? 'en' : lng;
  const entries = await Promise.all(
    namespaces.map(async (ns) => {
      const eager = source === 'en' ? EAGER_ENGLISH[ns] : undefined;
      if (eager) return [ns, eager] as const;
      const load = await fileOf(source, ns);
      return [ns, load ? await load() : {}] as const;
    }),
  );
  const resources: ResourceLanguage = Object.fromEntries(entries);
  return lng === PSEUDO_LANGUAGE ? pseudoResourcesOf(resources) : resources;
}
