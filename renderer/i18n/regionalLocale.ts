import { PSEUDO_LANGUAGE } from '../../shared/i18n/languages';

let preferred: readonly string[] = [];

/** The system's preferred languages as the window learnt them at start (startI18n). */
export function rememberPreferredLanguages(languages: readonly string[]): void {
  preferred = languages;
}

/**
 * The locale dates, times and numbers are written in: the system's own tag when it is a variant of
 * the language shown (British English shows "5 Mar" and a Monday-first week, though the texts are
 * just "en"), else the language shown. The pseudo-locale formats as English.
 */
export function regionalLocale(uiLanguage: string): string {
  const base = uiLanguage === PSEUDO_LANGUAGE ? 'en' : uiLanguage;
  const lang = base.split('-')[0].toLowerCase();
  const match = preferred.find((tag) => {
    try {
      return (
        new Intl.Locale(tag).language === lang && (base === lang || tag.toLowerCase() === base.toLowerCase())
      );
    } catch {
      return false;
    }
  });
  return match ?? base;
}
