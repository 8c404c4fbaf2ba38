import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFocusOn } from '../../../shared/focus/choose';
import type { ErrorCode, FocusHistoryView, MobesApi } from '../../../shared/ipc/contract';
import { focusEnded, focusStarting, type FocusTarget } from '../../../shared/settings/focusSettings';
import { useFailureText } from '../../i18n/failureText';
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
  const failure = useFailureText();
  const { data } = useApiData(
    () => api.getSettings(),
    (l) => api.onSettingsChanged(l),
  );
  const view = data.status === 'ready' ? data.value : undefined;
  const settings = view?.settings.focus;
  const catalog = view?.catalog ?? [];
  const [choice, setChoice] = useState<FocusTarget | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const targetName = useFocusTargetName(settings?.target ?? null, catalog);

  const save = async (target: FocusTarget | null) => {
    if (!settings || saving) return;
    setSaving(true);
    setError(null);
    const next = target === null ? focusEnded(settings) : focusStarting(settings, target, now());
    const res = await api.updateSettings({ focus: next });
    setSaving(false);
    if (res.ok) setChoice(null);
    else setError(res.error.code);
  };
  const choose = (target: FocusTarget | null) => {
    setChoice(target);
    setError(null);
  };
  // A period whose week is over brings no more sets (the core's rule): the panel offers a new one.
  const on = settings ? isFocusOn(settings, now()) : focus !== undefined;

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
        <button type="button" disabled={saving} onClick={() => void save(null)}>
          {t('settings.focus.end')}
        </button>
      )}
      {!on && settings && (
        <>
          <p className="quiet">{t('history.focus.intro')}</p>
          <div className="field inline">
            <label htmlFor="h-focus-target">{t('settings.focus.target')}</label>
            <FocusTargetSelect id="h-focus-target" value={choice} catalog={catalog} onChange={choose} />
            <button type="button" disabled={choice === null || saving} onClick={() => void save(choice)}>
              {t('history.focus.start')}
            </button>
          </div>
        </>
      )}
      {data.status === 'error' && (
        <p className="error" role="alert">
          {t('settings:page.loadError', { error: failure(data.code) })}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {t('history.focus.saveFailed', { error: failure(error) })}
        </p>
      )}
    </section>
  );
}
