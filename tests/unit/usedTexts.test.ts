import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No unused texts: every English key (plural suffix aside) in shared/i18n/locales/en is named in the
 * code that shows it, whole ('history.focus.intro', 'app:history.focus.intro') or as the fixed start
 * of a key built at run time (`failure.${code}` names every failure.* key). A text nothing shows is
 * one that ten languages keep up for nothing, and a key renamed in the code but not in the files
 * shows its English fallback or the bare key.
 */
const ROOT = join(import.meta.dirname, '../..');
const EN = join(ROOT, 'shared/i18n/locales/en');
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** The catalog namespace is keyed by mobe id and read whole (renderer/i18n/mobeTexts.ts). */
const READ_WHOLE = new Set(['catalog']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'locales' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

type Tree = { [key: string]: string | Tree };
function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : keysOf(v, `${prefix}${k}.`),
  );
}

const code = ['renderer', 'electron', 'shared']
  .flatMap((d) => sources(join(ROOT, d)))
  .map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }));
const whole = new Set<string>();
const heads = new Set<string>();
// Three passes, so a quoted key inside a template literal (` · ${t('a.b')}`) is found as well as a
// key built inside another template (`${t(`feels.${f}`)}`).
for (const { text } of code) {
  for (const m of text.matchAll(/'([^'\\\n]+)'|"([^"\\\n]+)"/g)) whole.add(m[1] ?? m[2]);
  for (const m of text.matchAll(/`([^`$\\]+)`/g)) whole.add(m[1]);
  for (const m of text.matchAll(/`([\w.:-]{3,})\$\{/g)) heads.add(m[1]);
}

describe('every English text is shown somewhere', () => {
  const namespaces = readdirSync(EN)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .filter((ns) => !READ_WHOLE.has(ns));

  it.each(namespaces)('%s: every key is named in the code', (ns) => {
    const tree = JSON.parse(readFileSync(join(EN, `${ns}.json`), 'utf8')) as Tree;
    const bases = [...new Set(keysOf(tree).map((k) => k.replace(PLURAL, '')))];
    // A built key's fixed start counts only when it names a part of a key ("failure.", not "tray:" or
    // "field"), and only in its own namespace when it names one.
    const partHeads = [...heads].filter((h) => h.slice(h.indexOf(':') + 1).includes('.'));
    const coveredBy = (h: string, key: string) => {
      const cut = h.indexOf(':');
      if (cut >= 0) return h.slice(0, cut) === ns && key.startsWith(h.slice(cut + 1));
      return key.startsWith(h);
    };
    const named = (key: string) =>
      whole.has(key) || whole.has(`${ns}:${key}`) || partHeads.some((h) => coveredBy(h, key));
    expect(bases.filter((k) => !named(k))).toEqual([]);
  });

  it('finds the keys it knows are used, and misses one that is not', () => {
    // The scan itself: a key named whole, one built from a head, and one that exists nowhere.
    expect(whole.has('history.focus.intro')).toBe(true);
    expect(heads.has('failure.')).toBe(true);
    expect(heads.has('tray:')).toBe(true); // a head with no part of a key: it covers nothing
    expect(whole.has('history.focus.neverWritten')).toBe(false);
  });
});
