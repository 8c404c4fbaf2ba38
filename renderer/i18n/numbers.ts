const formats = new Map<string, Intl.NumberFormat>();

/** A whole number in the language shown (Arabic digits in Arabic, say); one formatter per language. */
export function formatInteger(n: number, lng: string): string {
  let f = formats.get(lng);
  if (!f) {
    f = new Intl.NumberFormat(lng, { maximumFractionDigits: 0 });
    formats.set(lng, f);
  }
  return f.format(n);
}
