import { useTranslation } from 'react-i18next';
import {
  focusEnded,
  focusLasting,
  focusStarting,
  type FocusSettings,
  type FocusTarget,
} from '../../../shared/settings/focusSettings';
import { FocusTargetSelect } from '../FocusTargetSelect';
import { FieldErrors } from './fields';
import type { SettingsForm } from './useSettingsForm';

/**
 * The focus period for a stiff joint: an area or one mobe, for a week by default or until ended;
 * how many full sets a day (1-3), how many reps, and whether a day's prompts may carry them.
 */
export function FocusPanel({ form, now = () => Date.now() }: { form: SettingsForm; now?: () => number }) {
  const { t } = useTranslation('app');
  const focus = form.shown('focus');
  const catalog = form.view?.catalog ?? [];
  const set = (patch: Partial<FocusSettings>) => form.edit('focus', { ...focus, ...patch });
  const choose = (target: FocusTarget | null) =>
    form.edit('focus', target === null ? focusEnded(focus) : focusStarting(focus, target, now()));
  const on = focus.target !== null;
  return (
    <section className="panel" aria-labelledby="s-focus" data-testid="focus-panel">
      <h2 id="s-focus">{t('settings.focus.title')}</h2>
      <p className="quiet">{t('settings.focus.intro')}</p>
      <div className="field">
        <label htmlFor="f-focus-target">{t('settings.focus.target')}</label>
        <FocusTargetSelect id="f-focus-target" value={focus.target} catalog={catalog} onChange={choose} />
      </div>
      {on && (
        <>
          <div className="field">
            <label htmlFor="f-focus-until">{t('settings.focus.until')}</label>
            <select
              id="f-focus-until"
              value={focus.until === null ? 'open' : 'week'}
              onChange={(e) => form.edit('focus', focusLasting(focus, e.target.value === 'open', now()))}
            >
              <option value="week">{t('settings.focus.week')}</option>
              <option value="open">{t('settings.focus.open')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-focus-sets">{t('settings.focus.setsPerDay')}</label>
            <select
              id="f-focus-sets"
              value={focus.setsPerDay}
              onChange={(e) => set({ setsPerDay: Number(e.target.value) })}
            >
              {[1, 2, 3].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-focus-reps">{t('settings.focus.reps')}</label>
            <select
              id="f-focus-reps"
              value={focus.reps}
              onChange={(e) => set({ reps: Number(e.target.value) })}
            >
              {[25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <label className="toggle">
            <input
              type="checkbox"
              checked={focus.inPrompts}
              onChange={(e) => set({ inPrompts: e.target.checked })}
            />{' '}
            {t('settings.focus.inPrompts')}
          </label>
          <button type="button" onClick={() => choose(null)}>
            {t('settings.focus.end')}
          </button>
        </>
      )}
      <FieldErrors id="f-focus-error" errors={form.errorsFor('focus')} />
    </section>
  );
}
