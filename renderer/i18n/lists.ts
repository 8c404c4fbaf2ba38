import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Joins words as the language shown does ("seated or standing", "sitzend oder stehend"). */
export function useListFormat(type: Intl.ListFormatType): (items: readonly string[]) => string {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    const format = new Intl.ListFormat(lng, { type });
    return (items) => format.format(items);
  }, [lng, type]);
}
