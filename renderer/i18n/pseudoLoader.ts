import type { ResourceLanguage } from 'i18next';

import type * as Pseudo from '../../shared/i18n/pseudo';

type PseudoModule = typeof Pseudo;

/**
 * The pseudo-locale's code, loaded only when that language is chosen (a development and test aid, it
 * stays out of every window's start-up scripts). Once loaded, mobe texts are made from English with it.
 */
let loaded: PseudoModule | null = null;

export async function pseudoResourcesOf(english: ResourceLanguage): Promise<ResourceLanguage> {
  loaded ??= await import('../../shared/i18n/pseudo');
  return loaded.pseudoResources(english);
}

/** A text in the pseudo-locale; as written until the pseudo-locale has been loaded (it always is first). */
export function pseudoTextOf(english: string): string {
  return loaded ? loaded.pseudoText(english) : english;
}
