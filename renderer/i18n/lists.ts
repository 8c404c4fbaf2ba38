import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Joins words as the language shown does ("seated or standing", "sitzend oder stehend"). */
export function useListFormat(type: Intl.ListFormatType): (items: readonly string[]) => string {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    // Made when first needed: one item is not a list, and a window's first Intl formatter costs it
    // milliseconds while ICU starts (shared/i18n/numbers.ts).
    let format: Intl.ListFormat | undefined;
    return (items) => {
      if (items.length === 1) return items[0];
      format ??= new Intl.ListFormat(lng, { type });
      return format.format(items);
    };
  }, [lng, type]);
}
