import type { i18n } from 'i18next';
import { createI18n } from '../../shared/i18n/createI18n';
import {
  LANGUAGE_SETTINGS,
  textDirection,
  type LanguageSetting,
  type UiLanguage,
} from '../../shared/i18n/languages';
import { activeLanguage } from '../../shared/i18n/resolveLanguage';
import type { MobesApi } from '../../shared/ipc/contract';
import { loadLanguage, type WindowNamespace } from './loadLanguage';
import { rememberPreferredLanguages } from './regionalLocale';

export interface WindowI18nOptions {
  /** The window's namespaces, its own first (the default namespace). */
  namespaces: readonly WindowNamespace[];
  /** The key of the window's title in its default namespace; none keeps the page's own title. */
  titleKey?: string;
}

const isLanguageSetting = (v: unknown): v is LanguageSetting =>
  (LANGUAGE_SETTINGS as readonly unknown[]).includes(v);

/** A request's answer, or null when it fails or this host has no such request. */
async function ask<T>(request: (() => Promise<T>) | undefined): Promise<T | null> {
  try {
    return request ? await request() : null;
  } catch {
    return null;
  }
}

/**
 * `<html lang dir>` and the title follow the language shown. An attribute is set only when it
 * changes: setting it anew, even to the same value, makes the browser restyle and repaint the page
 * before the window's first render (scripts/bench-renderer.mjs).
 */
function applyToDocument(instance: i18n, titleKey: string | undefined): void {
  const lng = instance.language as UiLanguage;
  const dir = textDirection(lng);
  const html = document.documentElement;
  if (html.lang !== lng) html.lang = lng;
  if (html.dir !== dir) html.dir = dir;
  if (titleKey !== undefined) document.title = instance.t(titleKey);
}

async function addLanguage(instance: i18n, lng: UiLanguage, namespaces: readonly WindowNamespace[]) {
  if (namespaces.every((ns) => instance.hasResourceBundle(lng, ns))) return;
  const resources = await loadLanguage(lng, namespaces);
  for (const [ns, bundle] of Object.entries(resources))
    instance.addResourceBundle(lng, ns, bundle, true, true);
}

/**
 * A window's translation layer: the language from the `language` setting and the system's preferred
 * languages, its namespaces of that language and of English loaded before the first render (so the
 * first frame is in its language), and a live switch when the setting changes: the new language's
 * texts are loaded, then every view re-renders through react-i18next, with no reload.
 * Without the app behind the page (no api), the browser's languages decide.
 * A failed request or load falls back to the system's languages, then English; nothing throws.
 */
export async function startI18n(api: MobesApi | undefined, opts: WindowI18nOptions): Promise<i18n> {
  // Listen before asking: a change made while this window loads its texts is applied once they are
  // in (tests/e2e/appLanguages.spec.ts switches the language while the windows start). A change seen
  // before the settings' answer is already in that answer.
  let answered = false;
  let missed: LanguageSetting | null = null;
  let follow: ((setting: LanguageSetting) => void) | null = null;
  api?.onSettingsChanged((next) => {
    if (follow) follow(next.language);
    else if (answered) missed = next.language;
  });
  const settingsAnswer = ask(api?.getSettings).finally(() => (answered = true));
  const [settings, system] = await Promise.all([settingsAnswer, ask(api?.getPreferredLanguages)]);
  const reported = system?.ok ? system.value : null;
  const preferred = Array.isArray(reported)
    ? reported.filter((l) => typeof l === 'string')
    : [...navigator.languages];
  rememberPreferredLanguages(preferred);
  const stored: unknown = settings?.ok ? settings.value?.settings?.language : undefined;
  const setting: LanguageSetting = isLanguageSetting(stored) ? stored : 'system';
  const wanted = activeLanguage(setting, preferred);

  const [english, shown] = await Promise.all([
    loadLanguage('en', opts.namespaces).catch(() => ({})),
    wanted === 'en' ? null : loadLanguage(wanted, opts.namespaces).catch(() => null),
  ]);
  const language = shown ? wanted : 'en';
  const instance = createI18n({
    language,
    resources: shown ? { en: english, [language]: shown } : { en: english },
    defaultNS: opts.namespaces[0],
  });
  applyToDocument(instance, opts.titleKey);

  let latest = language as UiLanguage;
  follow = (next) => {
    const lng = activeLanguage(next, preferred);
    if (lng === latest) return;
    latest = lng;
    addLanguage(instance, lng, opts.namespaces)
      .then(() => (latest === lng ? instance.changeLanguage(lng) : undefined))
      .then(() => applyToDocument(instance, opts.titleKey))
      .catch(() => undefined); // the window keeps its language when the new one cannot load
  };
  if (missed !== null) follow(missed);
  return instance;
}
