import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode, MobesApi, SettingsView } from '../../shared/ipc/contract';
import { useFailureText } from '../i18n/failureText';
import type { WorkHours } from '../../shared/time/workWeek';
import { trayHint } from './trayHint';
import { WorkHoursQuestion, firstRange, type SimpleHours } from './WorkHoursQuestion';

/**
 * The first start: what Mobes does and where its icon is, the two questions that matter (work hours
 * and seated-only), and a first mobe. Finishing or closing marks the welcome done (welcomeDone), so it
 * never comes back unless asked for from settings.
 */
export function WelcomePage({ api }: { api: MobesApi }) {
  const { t } = useTranslation('welcome');
  const failure = useFailureText();
  const [view, setView] = useState<SettingsView | null>(null);
  const [loadError, setLoadError] = useState<ErrorCode | null>(null);
  const [hours, setHours] = useState<SimpleHours | null>(null);
  const [seatedOnly, setSeatedOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.getSettings().then((res) => {
      if (!res.ok) return setLoadError(res.error.code);
      setView(res.value);
      setHours(firstRange(res.value.settings.workHours));
      setSeatedOnly(res.value.settings.seatedOnly);
    });
  }, [api]);

  if (loadError) {
    return (
      <main className="welcome">
        <p className="error" role="alert">
          {t('loadError', { error: failure(loadError) })}
        </p>
      </main>
    );
  }
  if (!view || !hours) return <main className="welcome" aria-busy="true" />;

  const hint = trayHint(view.platform, view.desktop);
  const finish = async (tryOne: boolean) => {
    setBusy(true);
    setError(null);
    const workHours = Object.fromEntries(
      Object.entries(hours.days).map(([d, on]) => [d, on ? [{ start: hours.start, end: hours.end }] : []]),
    ) as WorkHours;
    const res = await api.updateSettings({ workHours, seatedOnly, welcomeDone: true });
    if (!res.ok) {
      setBusy(false);
      const field = res.error.fields?.[0];
      // The welcome asks only for times and days: a refused answer is about those, worded here.
      return setError(
        field?.field.startsWith('workHours')
          ? t(field.code === 'endBeforeStart' ? 'errors.endBeforeStart' : 'errors.workHours')
          : t('errors.notSaved', { error: failure(res.error.code) }),
      );
    }
    if (tryOne) void api.previewMobe({});
  };

  return (
    <main className="welcome">
      <header className="welcome-head">
        <svg className="welcome-mark" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx={12} cy={12} r={9} />
          <path d="M12 3 A9 9 0 0 1 21 12" />
        </svg>
        <h1>{t('title')}</h1>
      </header>
      <p>{t('intro')}</p>
      <section className="welcome-where" aria-label={t('whereLabel')}>
        <p>{t(hint.where)}</p>
        {hint.caveat && <p className="welcome-caveat">{t(hint.caveat)}</p>}
      </section>
      <WorkHoursQuestion hours={hours} onChange={setHours} />
      <label className="welcome-check">
        <input type="checkbox" checked={seatedOnly} onChange={(e) => setSeatedOnly(e.target.checked)} />
        <span>{t('seatedOnly')}</span>
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={() => void finish(true)} disabled={busy}>
          {t('tryOne')}
        </button>
        <button type="button" onClick={() => void finish(false)} disabled={busy}>
          {t('start')}
        </button>
      </div>
      <p className="quiet small">{t('later')}</p>
    </main>
  );
}
