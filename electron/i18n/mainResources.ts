/// <reference types="vite/client" />
import type { Resource, ResourceLanguage } from 'i18next';
import { PSEUDO_LANGUAGE } from '../../shared/i18n/languages';
import { pseudoResources } from '../../shared/i18n/pseudo';

// Every language's tray, dialogs and notices, bundled into main (a few kilobytes each).
const files = import.meta.glob<Record<string, string>>(
  '../../shared/i18n/locales/*/{tray,dialogs,notices}.json',
  { eager: true, import: 'default' },
);

/** The main process's namespaces for every shipped language, plus the pseudo-locale made from English. */
export function mainResources(): Resource {
  const resources: Record<string, ResourceLanguage> = {};
  for (const [path, table] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/(\w+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match;
    (resources[language] ??= {})[namespace] = table;
  }
  resources[PSEUDO_LANGUAGE] = pseudoResources(resources['en'] ?? {});
  return resources;
}
