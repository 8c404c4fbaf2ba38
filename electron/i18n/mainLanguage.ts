import type { i18n } from 'i18next';
import { createI18n } from '../../shared/i18n/createI18n';
import type { LanguageSetting, UiLanguage } from '../../shared/i18n/languages';
import { activeLanguage } from '../../shared/i18n/resolveLanguage';
import type { Translator } from '../../shared/i18n/translator';
import { englishTranslator, translatorFrom } from '../../shared/i18n/translator';
import { mainResources } from './mainResources';

/** What the OS says about the user's languages (Electron's app in the shell, a double in tests). */
export interface SystemLanguages {
  getPreferredSystemLanguages(): string[];
  getSystemLocale(): string;
}

export interface MainLanguage {
  translator(): Translator;
  /** Follows the `language` setting; the next tray state and dialog use it. */
  setSetting(setting: LanguageSetting): void;
}

/**
 * The language the main process speaks: the `language` setting, or the OS's preferred languages when
 * it is 'system'. Dates and times follow the OS's regional format (en-US: a 12-hour clock) when it has
 * the same base language as the one shown; a German format under English words would mix two
 * languages, so then the language's own conventions apply.
 */
export function mainLanguage(system: SystemLanguages, setting: LanguageSetting): MainLanguage {
  const resources = mainResources();
  const instances = new Map<UiLanguage, i18n>();
  const instanceFor = (language: UiLanguage): i18n => {
    let instance = instances.get(language);
    if (!instance) {
      instance = createI18n({ language, resources, defaultNS: 'tray' });
      instances.set(language, instance);
    }
    return instance;
  };
  const build = (s: LanguageSetting): { setting: LanguageSetting; translator: Translator } => {
    const language = activeLanguage(
      s,
      safely(() => system.getPreferredSystemLanguages(), []),
    );
    const locale = formatLocale(
      language,
      safely(() => system.getSystemLocale(), ''),
    );
    return { setting: s, translator: translatorFrom(instanceFor(language), locale) };
  };
  let current = build(setting);
  return {
    translator: () => current.translator,
    setSetting(s) {
      if (s !== current.setting) current = build(s);
    },
  };
}

/** The locale dates and times are formatted in for a language and the OS's regional format. */
export function formatLocale(language: UiLanguage, systemLocale: string): string {
  const base = language.split('-')[0];
  const system = systemLocale.replace(/_/g, '-').replace(/\..*$/, '');
  if (
    system &&
    system.split('-')[0].toLowerCase() === base &&
    Intl.DateTimeFormat.supportedLocalesOf(system).length
  )
    return system;
  return language === 'en' ? englishTranslator.locale : language;
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read() ?? fallback;
  } catch {
    return fallback;
  }
}
