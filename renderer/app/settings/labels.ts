import { useTranslation } from 'react-i18next';
import type { FieldError, Settings } from '../../../shared/settings/schema';
import { NUMBER_RANGES } from '../../../shared/settings/schema';
import { WEEKDAYS, type Weekday } from '../../../shared/time/workWeek';
import { useFormats } from '../../i18n/formats';

const isWeekday = (d: string | undefined): d is Weekday => (WEEKDAYS as readonly string[]).includes(d ?? '');

export interface ErrorTexts {
  /** "workHours.mon.0.end" -> "Monday, range 1, end"; a plain key -> its name. */
  fieldLabel(path: string): string;
  /** What is wrong, from the error's code and values, in the language shown. */
  problem(error: FieldError): string;
  /** The field's name and what is wrong, as one sentence. */
  sentence(error: FieldError): string;
}

/**
 * Settings errors in the language shown. The core keeps its English message for logs; what people
 * read is worded here from the error's code and values, under the field path the core gave.
 */
export function useErrorTexts(): ErrorTexts {
  const { t } = useTranslation('settings');
  const f = useFormats();
  const fieldLabel = (path: string) => {
    const [key, sub, index, part] = path.split('.');
    if (key === 'shortcuts' && sub) return t('fields.shortcut', { action: t(`shortcuts.names.${sub}`) });
    if (key === 'workHours' && isWeekday(sub)) {
      const day = f.weekday(sub, 'long');
      if (index === undefined) return day;
      const n = f.integer(Number(index) + 1);
      if (part === 'start') return t('fields.rangeStart', { day, n });
      if (part === 'end') return t('fields.rangeEnd', { day, n });
      return t('fields.range', { day, n });
    }
    if (key === 'areas' && sub) return t(`common:areas.${sub}`);
    return t(`fields.${key}`, { defaultValue: t('fields.settings') });
  };
  const problem = (e: FieldError) => {
    const params = e.params ?? {};
    const key = e.field.split('.')[0] as keyof Settings;
    switch (e.code) {
      case undefined:
        return t('errors.invalid');
      case 'atLeast':
      case 'atMost': {
        if (!(key in NUMBER_RANGES)) return t('errors.invalid');
        const { unit } = NUMBER_RANGES[key as keyof typeof NUMBER_RANGES];
        return t(`errors.${e.code}.${unit}`, { count: Number(params.limit) });
      }
      case 'tooMany':
        return t('errors.tooMany', { count: Number(params.limit) });
      case 'shortcutSame':
        return t('errors.shortcutSame', { other: t(`shortcuts.names.${String(params.other)}`) });
      default:
        return t(`errors.${e.code}`, params);
    }
  };
  return {
    fieldLabel,
    problem,
    sentence: (e) => t('errors.sentence', { field: fieldLabel(e.field), problem: problem(e) }),
  };
}
