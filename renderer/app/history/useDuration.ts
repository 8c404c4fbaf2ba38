import { useTranslation } from 'react-i18next';
import { useFormats } from '../../i18n/formats';

/** A duration in the language shown: "4 h 20 min", and the language's words for under a minute. */
export function useDuration(): (seconds: number) => string {
  const { t } = useTranslation('app');
  const f = useFormats();
  return (seconds) => f.duration(seconds) ?? t('duration.underMinute');
}
