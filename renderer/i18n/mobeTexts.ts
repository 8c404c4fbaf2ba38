import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Mobe } from '../../shared/catalog/types';
import { PSEUDO_LANGUAGE } from '../../shared/i18n/languages';
import { pseudoTextOf as pseudoText } from './pseudoLoader';

export type MobeTexts = Pick<Mobe, 'name' | 'summary' | 'cues' | 'safety'>;

const complete = (t: unknown, mobe: Mobe): t is MobeTexts => {
  const m = t as Partial<MobeTexts> | undefined;
  return (
    !!m &&
    typeof m.name === 'string' &&
    typeof m.summary === 'string' &&
    typeof m.safety === 'string' &&
    Array.isArray(m.cues) &&
    m.cues.length === mobe.cues.length
  );
};

/**
 * A mobe's name, instruction, cues and safety note in the language shown: from the `catalog`
 * namespace (keyed by mobe id), made from English for the pseudo-locale, and English (the catalog
 * itself, the one source of the English texts) when a translation is missing or incomplete.
 */
export function mobeTextsIn(instance: i18n, mobe: Mobe): MobeTexts {
  const lng = instance.language;
  if (lng === PSEUDO_LANGUAGE) {
    return {
      name: pseudoText(mobe.name),
      summary: pseudoText(mobe.summary),
      cues: mobe.cues.map(pseudoText),
      safety: pseudoText(mobe.safety),
    };
  }
  const translated: unknown = lng === 'en' ? undefined : instance.getResource(lng, 'catalog', mobe.id);
  return complete(translated, mobe) ? translated : mobe;
}

/** mobeTextsIn for a component; it re-renders when the language changes. */
export function useMobeTexts(mobe: Mobe): MobeTexts {
  const { i18n } = useTranslation('catalog');
  return mobeTextsIn(i18n, mobe);
}
