import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_SAFETY_NOTE } from '../../shared/catalog/catalog';
import { LANGUAGE_CODES } from '../../shared/i18n/languages';
import { MAIN_NAMESPACES } from '../../shared/i18n/translator';

/**
 * The windows' texts (shared/i18n/locales/<language>/<namespace>.json): every language carries every
 * English key, no empty text, every plural form its language needs by CLDR (Arabic six, Polish four,
 * Japanese one), and the same placeholders and tags as English, so no value or markup is lost.
 */
const LOCALES = join(import.meta.dirname, '../../shared/i18n/locales');
/**
 * Every English namespace file but the main process's (mainLocales.test.ts) and the exercise
 * catalog (English is the catalog itself): a new window namespace is checked as soon as it exists.
 */
function windowNamespaces(): string[] {
  const main = new Set<string>([...MAIN_NAMESPACES, 'catalog']);
  return readdirSync(join(LOCALES, 'en'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .filter((ns) => !main.has(ns))
    .sort();
}
const NAMESPACES = windowNamespaces();
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };
const load = (lng: string, ns: string) =>
  JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}
/** Keys without their plural suffix, each with the forms it has. */
function byBase(flat: Map<string, string>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, text] of flat) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, -m[0].length) : key;
    const forms = out.get(base) ?? new Map<string, string>();
    forms.set(m ? m[1] : '', text);
    out.set(base, forms);
  }
  return out;
}
const placeholders = (s: string) => (s.match(/\{\{[^}]*\}\}|<\/?\w+\s*\/?>/g) ?? []).sort();

describe.each(NAMESPACES)('window texts, namespace %s', (ns) => {
  const english = byBase(flatten(load('en', ns)));

  it('gives English plural keys both English forms', () => {
    for (const [base, forms] of english) {
      if (forms.has('')) continue;
      expect([...forms.keys()].sort(), base).toEqual(['one', 'other']);
    }
  });

  describe.each(LANGUAGE_CODES.filter((l) => l !== 'en'))('%s', (lng) => {
    const texts = byBase(flatten(load(lng, ns)));
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories.slice().sort();

    it('has every English key and no other', () => {
      expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('has every plural form its language needs, and no empty text', () => {
      const wrong: string[] = [];
      for (const [base, forms] of texts) {
        const isPlural = !english.get(base)?.has('');
        const want = isPlural ? categories : [''];
        if ([...forms.keys()].sort().join() !== want.join()) wrong.push(`${base}: ${[...forms.keys()]}`);
        for (const [form, text] of forms) if (!text.trim()) wrong.push(`${base}_${form}: empty`);
      }
      expect(wrong).toEqual([]);
    });

    it('keeps the placeholders and tags of English', () => {
      const wrong: string[] = [];
      for (const [base, forms] of texts) {
        const source = english.get(base);
        const model = source?.get('') ?? source?.get('other');
        if (model === undefined) continue; // reported above
        for (const [form, text] of forms)
          if (placeholders(text).join() !== placeholders(model).join())
            wrong.push(`${base} ${form}: ${text}`);
      }
      expect(wrong).toEqual([]);
    });
  });
});

describe('the general safety note', () => {
  it('is the catalog’s own in English', () => {
    expect(flatten(load('en', 'break')).get('info.safetyNote')).toBe(CATALOG_SAFETY_NOTE);
  });
});
