import type { ResourceLanguage } from 'i18next';
import { PSEUDO_LANGUAGE, type UiLanguage } from '../../shared/i18n/languages';
import { pseudoResources } from '../../shared/i18n/pseudo';

/** The namespaces the windows use; the main process's own (tray, dialogs, notices) are never loaded. */
export type WindowNamespace = 'common' | 'break' | 'app' | 'settings' | 'welcome' | 'catalog';

/**
 * Every window namespace of every language, each its own lazily loaded chunk: a window fetches only
 * its namespaces of the language it shows (and English, the fallback), never the other nine.
 */
const FILES = import.meta.glob<ResourceLanguage>(
  [
    '../../shared/i18n/locales/*/common.json',
    '../../shared/i18n/locales/*/break.json',
    '../../shared/i18n/locales/*/app.json',
    '../../shared/i18n/locales/*/settings.json',
    '../../shared/i18n/locales/*/welcome.json',
    '../../shared/i18n/locales/*/catalog.json',
  ],
  { import: 'default' },
);

const fileOf = (lng: string, ns: WindowNamespace) => FILES[`../../shared/i18n/locales/${lng}/${ns}.json`];

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
      const load = fileOf(source, ns);
      return [ns, load ? await load() : {}] as const;
    }),
  );
  const resources: ResourceLanguage = Object.fromEntries(entries);
  return lng === PSEUDO_LANGUAGE ? pseudoResources(resources) : resources;
}
