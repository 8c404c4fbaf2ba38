/**
 * English texts of a feature, read from its namespace file (shared/i18n/locales/en/<ns>.json, the
 * i18next JSON v4 format): `{{name}}` interpolation and `_one`/`_other` plural keys chosen by `count`.
 * Features keep their texts in those files from the start, so that the translation layer takes them
 * over unchanged.
 */
export type TextTable = Readonly<Record<string, string>>;
export type TextVars = Readonly<Record<string, string | number>>;

const plurals = new Intl.PluralRules('en');

export function textFrom(table: TextTable, key: string, vars: TextVars = {}): string {
  const count = vars['count'];
  const pluralKey = typeof count === 'number' ? `${key}_${plurals.select(count)}` : null;
  const template = (pluralKey !== null ? table[pluralKey] : undefined) ?? table[key];
  if (template === undefined) throw new Error(`No text "${key}"`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
