import { createInstance, type i18n, type Resource } from 'i18next';
import type { UiLanguage } from './languages';
import { formatNumber } from './numbers';

export interface I18nOptions {
  language: UiLanguage;
  /** Only the active language's namespaces (and English, the fallback), already loaded. */
  resources: Resource;
  defaultNS: string;
}

/**
 * One i18next instance per window or per main process, initialised synchronously from resources that
 * are already loaded (so a window's first frame is in its language, with no flash of English).
 * Plurals follow CLDR through Intl.PluralRules (i18next JSON v4); a missing key falls back to English.
 */
export function createI18n({ language, resources, defaultNS }: I18nOptions): i18n {
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    defaultNS,
    ns: Object.keys(resources[language] ?? resources['en'] ?? {}),
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; main-process texts are never HTML
    returnNull: false,
    // Our language codes are canonical already. Left unset, i18next canonicalises even a plain "en"
    // with Intl.getCanonicalLocales, the window's first Intl call, which costs its first frame while
    // ICU starts (shared/i18n/numbers.ts); false keeps that to codes with a region (pt-BR).
    cleanCode: false,
  });
  // `{{count, number}}` without an Intl.NumberFormat for small whole numbers (shared/i18n/numbers.ts).
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    formatNumber(value, lng ?? language),
  );
  return instance;
}
