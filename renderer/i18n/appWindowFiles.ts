import type { ResourceLanguage } from 'i18next';

/**
 * The app window's and the welcome's namespaces of every language, each its own lazily loaded chunk.
 * Kept apart from loadLanguage.ts, which the break window loads, so the break window's script does not
 * carry the thirty loaders it never calls.
 */
export const APP_WINDOW_FILES = import.meta.glob<ResourceLanguage>(
  [
    '../../shared/i18n/locales/*/app.json',
    '../../shared/i18n/locales/*/settings.json',
    '../../shared/i18n/locales/*/welcome.json',
  ],
  { import: 'default' },
);
