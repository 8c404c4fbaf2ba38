import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusHistoryView, MobesApi } from '../../../shared/ipc/contract';
import { focusEnded, focusStarting, type FocusTarget } from '../../../shared/settings/focusSettings';
import { useFormats } from '../../i18n/formats';
import { FocusTargetSelect, useFocusTargetName } from '../FocusTargetSelect';
import { useApiData } from '../useApiData';
import { FocusChart } from './FocusChart';

/**
 * The history view's focus panel. While a focus period is set: what it is for, until when, the chart
 * of its sets and feel answers, and a way to end it. Otherwise: a way to start one for a week on an
 * area or a mobe, next to the history that may show which joint wants it. The sets a day, the reps
 * and the rest stay as chosen in settings.
 */
export function FocusPanel({
  api,
  focus,
  now = () => Date.now(),
}: {
  api: MobesApi;
  focus?: FocusHistoryView;
  now?: () => number;
}) {
  const { t } = useTranslation('app');
  const f = useFormats();
  const { data } = useApiData(
    () => api.getSettings(),
    (l) => api.onSettingsChanged(l),
  );
  const view = data.status === 'ready' ? data.value : undefined;
  const settings = view?.settings.focus;
  const catalog = view?.catalog ?? [];
  const [choice, setChoice] = useState<FocusTarget | null>(null);
  const [failed, setFailed] = useState(false);
  const targetName = useFocusTargetName(settings?.target ?? null, catalog);

  const save = async (target: FocusTarget | null) => {
    if (!settings) return;
    const next = target === null ? focusEnded(settings) : focusStarting(settings, target, now());
    const res = await api.updateSettings({ focus: next });
    setFailed(!res.ok);
    if (res.ok) setChoice(null);
  };
  const on = settings ? settings.target !== null : focus !== undefined;

  return (
    <section className="panel" aria-labelledby="h-focus" data-testid="history-focus">
      <h2 id="h-focus">{t(on ? 'history.focus.title' : 'settings.focus.title')}</h2>
      {on && settings?.target && (
        <p className="quiet" data-testid="focus-period">
          {settings.until === null
            ? t('history.focus.periodOpen', { target: targetName })
            : t('history.focus.periodUntil', { target: targetName, date: f.dayAt(settings.until) })}
        </p>
      )}
      {on && focus && <FocusChart focus={focus} />}
      {on && settings && (
        <button type="button" onClick={() => void save(null)}>
          {t('settings.focus.end')}
        </button>
      )}
      {!on && settings && (
        <>
          <p className="quiet">{t('history.focus.intro')}</p>
          <div className="field inline">
            <label htmlFor="h-focus-target">{t('settings.focus.target')}</label>
            <FocusTargetSelect id="h-focus-target" value={choice} catalog={catalog} onChange={setChoice} />
            <button type="button" disabled={choice === null} onClick={() => void save(choice)}>
              {t('history.focus.start')}
            </button>
          </div>
        </>
      )}
      {failed && (
        <p className="error" role="alert">
          {t('history.focus.saveFailed')}
        </p>
      )}
    </section>
  );
}
