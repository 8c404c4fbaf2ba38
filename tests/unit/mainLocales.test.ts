import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../shared/i18n/languages';
import { MAIN_NAMESPACES } from '../../shared/i18n/translator';

const LOCALES = join(__dirname, '../../shared/i18n/locales');
const read = (lng: string, ns: string): Record<string, string> =>
  JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8'));

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Keys with their plural suffix taken off, each with the placeholders used across its forms. */
function shape(table: Record<string, string>) {
  const keys = new Map<string, { forms: Set<string>; vars: Set<string> }>();
  for (const [key, text] of Object.entries(table)) {
    const base = key.replace(PLURAL, '');
    const entry = keys.get(base) ?? { forms: new Set(), vars: new Set() };
    const form = PLURAL.exec(key)?.[1];
    if (form) entry.forms.add(form);
    for (const m of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) entry.vars.add(m[1]);
    keys.set(base, entry);
  }
  return keys;
}

describe('main-process texts in every shipped language', () => {
  const english = Object.fromEntries(MAIN_NAMESPACES.map((ns) => [ns, shape(read('en', ns))]));

  for (const lng of LANGUAGE_CODES) {
    for (const ns of MAIN_NAMESPACES) {
      it(`${lng}/${ns}: every key, no empty text, the plural forms ${lng} needs, the same placeholders`, () => {
        const table = read(lng, ns);
        for (const [key, text] of Object.entries(table)) {
          expect(typeof text, `${lng}/${ns}:${key}`).toBe('string');
          expect(text.trim(), `${lng}/${ns}:${key}`).not.toBe('');
        }
        const own = shape(table);
        expect([...own.keys()].sort()).toEqual([...english[ns].keys()].sort());
        const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
        for (const [base, en] of english[ns]) {
          const mine = own.get(base)!;
          if (en.forms.size) {
            expect([...mine.forms].sort(), `${lng}/${ns}:${base} plural forms`).toEqual(
              [...categories].sort(),
            );
            // A form may say the number in words ("يومان"), so count can be left out of some forms.
            expect([...mine.vars].sort(), `${lng}/${ns}:${base}`).toEqual([...en.vars].sort());
          } else {
            expect(mine.forms.size, `${lng}/${ns}:${base} has no plural forms`).toBe(0);
            expect([...mine.vars].sort(), `${lng}/${ns}:${base}`).toEqual([...en.vars].sort());
          }
        }
      });
    }
  }

  it('a plural form that leaves out {{count}} only does so where the number is a word', () => {
    for (const lng of LANGUAGE_CODES) {
      for (const ns of MAIN_NAMESPACES) {
        for (const [key, text] of Object.entries(read(lng, ns))) {
          const form = PLURAL.exec(key)?.[1];
          if (form && !text.includes('{{count}}'))
            expect(['one', 'two'], `${lng}/${ns}:${key}`).toContain(form);
        }
      }
    }
  });
});
