const integers = new Map<string, Intl.NumberFormat>();
const decimals = new Map<string, Intl.NumberFormat>();

/** Shipped languages whose numbers CLDR may write in digits other than 0-9 (it varies by ICU build). */
const NATIVE_DIGITS = new Set(['ar']);

const cached = (cache: Map<string, Intl.NumberFormat>, lng: string, opts: Intl.NumberFormatOptions) => {
  let f = cache.get(lng);
  if (!f) {
    f = new Intl.NumberFormat(lng, opts);
    cache.set(lng, f);
  }
  return f;
};

/**
 * A whole number in the language shown (Arabic digits in Arabic, say); one formatter per language.
 * Small whole numbers (0-999: rep counts, seconds, the day's mobes) are written 0-9 in every other
 * shipped language, with no grouping, so they need no formatter: the first Intl.NumberFormat a window
 * makes costs it 12-20 ms while ICU loads its number data (measured in Chromium with the setup of
 * scripts/bench-renderer.mjs), and that would land on the break window's first frame.
 * tests/unit/numbers.test.ts checks the shortcut against Intl in every shipped language.
 */
export function formatInteger(n: number, lng: string): string {
  if (Number.isInteger(n) && n >= 0 && n < 1000 && !NATIVE_DIGITS.has(lng.split('-')[0])) return String(n);
  return cached(integers, lng, { maximumFractionDigits: 0 }).format(n);
}

/**
 * i18next's `{{value, number}}`: as Intl.NumberFormat writes it in the language shown (the built-in
 * formatter's output), through formatInteger for whole numbers, which are all the texts count. It
 * takes no format options; tests/unit/numbers.test.ts keeps every text's number plain.
 */
export function formatNumber(value: unknown, lng: string): string {
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return formatInteger(value, lng);
  return cached(decimals, lng, {}).format(value);
}
