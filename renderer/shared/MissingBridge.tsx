import { useTranslation } from 'react-i18next';
import { Tagged } from '../i18n/Tagged';

/** Shown when a window is opened without Mobes behind it (a plain browser tab, say). */
export function MissingBridge() {
  const { t } = useTranslation('common');
  return (
    <main className="missing-bridge">
      <p>
        <Tagged text={t('missingBridge')} tags={{ demo: (text) => <a href="demo.html">{text}</a> }} />
      </p>
    </main>
  );
}
