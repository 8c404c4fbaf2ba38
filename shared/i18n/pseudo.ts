import type { Resource, ResourceLanguage } from 'i18next';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥíĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);

/**
 * The pseudo-locale's text for an English one: every letter accented and about 40 % longer, with
 * `{{placeholders}}` and `<tags>` left intact so interpolation still works.
 */
export function pseudoText(english: string): string {
  const parts = english.split(/(\{\{[^}]*\}\}|<[^>]*>)/);
  const letters = english.replace(/\{\{[^}]*\}\}|<[^>]*>|[^A-Za-z]/g, '').length;
  const accented = parts
    .map((p, i) => (i % 2 === 1 ? p : [...p].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  if (letters === 0) return accented;
  const padding = '·'.repeat(Math.max(1, Math.round(letters * 0.4)));
  return `⟦${accented}${padding}⟧`;
}

/** The pseudo-locale's resources: the English namespaces with every string through pseudoText. */
export function pseudoResources(english: ResourceLanguage): ResourceLanguage {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return pseudoText(value);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(english) as ResourceLanguage;
}

export type { Resource };
