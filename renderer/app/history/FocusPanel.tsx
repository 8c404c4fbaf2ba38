import { useTranslation } from 'react-i18next';
import type { FocusHistoryView } from '../../../shared/ipc/contract';
import { FocusChart } from './FocusChart';

/** The history view's panel for the focus period (shown only while one is set). */
export function FocusPanel({ focus }: { focus: FocusHistoryView }) {
  const { t } = useTranslation('app');
  return (
    <section className="panel" aria-labelledby="h-focus">
      <h2 id="h-focus">{t('history.focus.title')}</h2>
      <FocusChart focus={focus} />
    </section>
  );
}
