import { Trans, useTranslation } from 'react-i18next';

/** Shown when a window is opened without Mobes behind it (a plain browser tab, say). */
export function MissingBridge() {
  const { t } = useTranslation('common');
  return (
    <main className="missing-bridge">
      <p>
        <Trans t={t} i18nKey="missingBridge" components={{ demo: <a href="demo.html" /> }} />
      </p>
    </main>
  );
}
