/**
 * The languages Mobes ships, and how their texts are split. One JSON file per language and namespace
 * under `locales/<language>/<namespace>.json` (i18next JSON v4: `_one`/`_few`/... plural keys chosen by
 * CLDR rules through Intl.PluralRules), so a translator works through one folder per language.
 */
export const LANGUAGES = [
  { code: 'en', native: 'English', dir: 'ltr' },
  { code: 'de', native: 'Deutsch', dir: 'ltr' },
  { code: 'fr', native: 'Français', dir: 'ltr' },
  { code: 'es', native: 'Español', dir: 'ltr' },
  { code: 'it', native: 'Italiano', dir: 'ltr' },
  { code: 'pt-BR', native: 'Português (Brasil)', dir: 'ltr' },
  { code: 'nl', native: 'Nederlands', dir: 'ltr' },
  { code: 'pl', native: 'Polski', dir: 'ltr' },
  { code: 'ja', native: '日本語', dir: 'ltr' },
  { code: 'ar', native: 'العربية', dir: 'rtl' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

/**
 * Accented English about 40 % longer, for development and the fit tests: a text that skipped the
 * translation layer shows up unaccented, and a layout that only fits English shows up clipped.
 */
export const PSEUDO_LANGUAGE = 'en-XA';
export type UiLanguage = Language | typeof PSEUDO_LANGUAGE;

export const LANGUAGE_CODES: readonly Language[] = LANGUAGES.map((l) => l.code);

/** The `language` setting: follow the system, or one of the shipped languages (or the pseudo-locale). */
export const LANGUAGE_SETTINGS = ['system', ...LANGUAGE_CODES, PSEUDO_LANGUAGE] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function textDirection(language: UiLanguage): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.code === language)?.dir ?? 'ltr';
}
