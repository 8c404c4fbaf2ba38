import {
  isLanguage,
  PSEUDO_LANGUAGE,
  type Language,
  type LanguageSetting,
  type UiLanguage,
} from './languages';

/**
 * The shipped language for a list of preferred BCP 47 tags, best first (the OS's preferred languages in
 * main, `navigator.languages` in a page): the first tag that matches a shipped language exactly, or by
 * its base language (pt-PT, pt → pt-BR; de-AT → de), wins. Anything unknown falls back to English.
 */
export function resolveLanguage(preferred: readonly string[]): Language {
  for (const raw of preferred) {
    const tag = canonical(raw);
    if (!tag) continue;
    if (isLanguage(tag)) return tag;
    const base = tag.split('-')[0];
    if (base === 'pt') return 'pt-BR';
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The language to show: the setting when it names one, otherwise the preferred languages. */
export function activeLanguage(setting: LanguageSetting, preferred: readonly string[]): UiLanguage {
  if (setting === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
  if (setting !== 'system') return setting;
  return resolveLanguage(preferred);
}

function canonical(tag: string): string | null {
  // Intl.getCanonicalLocales throws on malformed tags (an OS can report "C" or "en_US.UTF-8").
  const cleaned = tag.replace(/[._@].*$/, '').trim();
  if (!cleaned || cleaned === 'C' || cleaned === 'POSIX') return null;
  try {
    const [canon] = Intl.getCanonicalLocales(cleaned);
    const { language, region } = new Intl.Locale(canon);
    return region ? `${language}-${region}` : language;
  } catch {
    return null;
  }
}
