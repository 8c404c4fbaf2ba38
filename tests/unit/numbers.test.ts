import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../shared/i18n/createI18n';
import { formatInteger } from '../../shared/i18n/numbers';
import { LANGUAGE_CODES, PSEUDO_LANGUAGE } from '../../shared/i18n/languages';

/**
 * The whole numbers the windows show read exactly as Intl writes them, in every shipped language
 * (Arabic always goes through Intl: CLDR's default digits for it differ between ICU builds).
 */
describe('whole numbers in the language shown', () => {
  it.each([...LANGUAGE_CODES, PSEUDO_LANGUAGE])('%s: the same as Intl.NumberFormat', (lng) => {
    const intl = new Intl.NumberFormat(lng, { maximumFractionDigits: 0 });
    for (const n of [0, 1, 7, 12, 40, 75, 99, 100, 365, 999, 1000, 1234, 10_000, 123_456, -3]) {
      expect(formatInteger(n, lng), `${lng} ${n}`).toBe(intl.format(n));
    }
  });

  it.each(['en', 'de', 'pl', 'ja', 'ar', 'pt-BR'] as const)(
    '%s: {{count, number}} in a text reads as Intl writes the number',
    (lng) => {
      const i18n = createI18n({
        language: lng,
        resources: { [lng]: { t: { n_one: '{{count, number}}', n_other: '{{count, number}}' } } },
        defaultNS: 't',
      });
      for (const count of [1, 3, 40, 999, 1000, 25_000]) {
        expect(i18n.t('n', { count }), `${lng} ${count}`).toBe(new Intl.NumberFormat(lng).format(count));
      }
    },
  );

  it('every number in a text is a plain {{value, number}}: the formatter takes no options', () => {
    const root = join(import.meta.dirname, '../../shared/i18n/locales');
    const withOptions = readdirSync(root).flatMap((lng) =>
      readdirSync(join(root, lng)).flatMap((file) => {
        const text = readFileSync(join(root, lng, file), 'utf8');
        return [...text.matchAll(/\{\{\s*\w+\s*,\s*number[^}]*\}\}/g)]
          .map((m) => m[0])
          .filter((p) => !/^\{\{\s*\w+\s*,\s*number\s*\}\}$/.test(p))
          .map((p) => `${lng}/${file}: ${p}`);
      }),
    );
    expect(withOptions).toEqual([]);
  });
});
