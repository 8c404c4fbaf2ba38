import type { i18n } from 'i18next';
import { createI18n } from './createI18n';
import enDialogs from './locales/en/dialogs.json';
import enNotices from './locales/en/notices.json';
import enTray from './locales/en/tray.json';

/** The namespaces the main process shows: the tray, its dialogs and the notices about the user's files. */
export const MAIN_NAMESPACES = ['tray', 'dialogs', 'notices'] as const;
export type MainNamespace = (typeof MAIN_NAMESPACES)[number];

export type TextVars = Readonly<Record<string, string | number>>;

/** Texts by 'namespace:key', and the locale (with region) that dates and times are formatted in. */
export interface Translator {
  t(key: string, vars?: TextVars): string;
  readonly locale: string;
}

/**
 * Something to tell the user, kept as a key of the notices namespace and its values until it is shown,
 * so it appears in the language in force then. A value may itself be a notice (a reason inside a
 * sentence).
 */
export interface Notice {
  key: string;
  vars?: Readonly<Record<string, string | number | Notice>>;
}

export function notice(key: string, vars?: Notice['vars']): Notice {
  return vars ? { key, vars } : { key };
}

/** A notice's sentence in the translator's language. */
export function noticeText(translator: Translator, n: Notice): string {
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(n.vars ?? {}))
    vars[name] = typeof value === 'object' ? noticeText(translator, value) : value;
  return translator.t(`notices:${n.key}`, vars);
}

/** A Translator over an i18next instance; `locale` is the regional format for dates and times. */
export function translatorFrom(instance: i18n, locale: string): Translator {
  return { t: (key, vars) => instance.t(key, vars ?? {}), locale };
}

/**
 * English, for tests and for code that has no host language. Its clock is the 24-hour one Mobes has
 * always shown (en-GB); a system set to en-US gets its 12-hour clock through the main process.
 */
export const englishTranslator: Translator = translatorFrom(
  createI18n({
    language: 'en',
    resources: { en: { tray: enTray, dialogs: enDialogs, notices: enNotices } },
    defaultNS: 'tray',
  }),
  'en-GB',
);
