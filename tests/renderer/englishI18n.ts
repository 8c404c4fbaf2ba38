import type { ResourceLanguage } from 'i18next';
import { setI18n } from 'react-i18next';
import { createI18n } from '../../shared/i18n/createI18n';

const files = import.meta.glob<ResourceLanguage>('../../shared/i18n/locales/en/*.json', {
  eager: true,
  import: 'default',
});

/** The English resources, by namespace, as the windows load them. */
export const ENGLISH: ResourceLanguage = Object.fromEntries(
  Object.entries(files).map(([path, bundle]) => [path.replace(/^.*\/(\w+)\.json$/, '$1'), bundle]),
);

/** An i18n instance in English (the language the view tests read their texts in). */
export const english = createI18n({ language: 'en', resources: { en: ENGLISH }, defaultNS: 'common' });

/** Views rendered without a provider (the view tests) use the English instance. */
export function useEnglishByDefault(): void {
  setI18n(english);
}
