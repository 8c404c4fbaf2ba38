import { useTranslation } from 'react-i18next';
import type { MobesApi } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/settings/schema';
import { useFailureText } from '../../i18n/failureText';
import { BusyPrefs } from './BusyPrefs';
import { FieldErrors, NumberField, Toggle } from './fields';
import { FocusPanel } from './FocusPanel';
import { LanguagePicker } from './LanguagePicker';
import { AreaChoices, MobeList } from './MobePrefs';
import { SaveStatusLine } from './SaveStatusLine';
import { ShortcutsPanel, WelcomeAgain } from './ShortcutsPanel';
import { TryMobe } from './TryMobe';
import { useSettingsForm } from './useSettingsForm';
import { WorkHoursEditor } from './WorkHoursEditor';

/**
 * Settings save themselves, field by field: toggles at once, typed values once typing pauses (or the
 * field loses focus). A desktop preferences window that applies changes as you make them leaves no
 * "forgot to press Save" state, and because every value is checked against the shared schema before
 * it is sent, a bad entry is shown beside its field and simply not saved.
 */
export function SettingsPage({ api }: { api: MobesApi }) {
  const { t } = useTranslation('settings');
  const failure = useFailureText();
  const form = useSettingsForm(api);
  if (form.loadError) {
    return (
      <p className="error" role="alert">
        {t('page.loadError', { error: failure(form.loadError) })}
      </p>
    );
  }
  if (!form.view) return <p className="quiet">{t('page.loading')}</p>;
  const platform = form.view.platform;
  const motion = form.shown('reducedMotion') as Settings['reducedMotion'];
  const motionErrors = form.errorsFor('reducedMotion');
  return (
    <form className="settings" noValidate onSubmit={(e) => e.preventDefault()}>
      <SaveStatusLine status={form.status} />

      <section className="panel" aria-labelledby="s-breaks">
        <h2 id="s-breaks">{t('page.breaks')}</h2>
        <div className="grid">
          <NumberField form={form} k="breakIntervalMinutes" />
          <NumberField form={form} k="breakLengthSeconds" />
          <NumberField form={form} k="dailyGoal" />
          <NumberField form={form} k="snoozeMinutes" />
        </div>
      </section>

      <section className="panel" aria-labelledby="s-hours">
        <h2 id="s-hours">{t('page.workHours')}</h2>
        <p className="quiet small">{t('page.workHoursIntro')}</p>
        <WorkHoursEditor form={form} />
      </section>

      <BusyPrefs form={form} />

      <section className="panel" aria-labelledby="s-mobes">
        <h2 id="s-mobes">{t('page.mobes')}</h2>
        <AreaChoices form={form} />
        <Toggle form={form} k="seatedOnly" label={t('page.seatedOnly')} hint={t('page.seatedOnlyHint')} />
        <MobeList form={form} />
        <TryMobe api={api} catalog={form.view.catalog} />
      </section>

      <section className="panel" aria-labelledby="s-comfort">
        <h2 id="s-comfort">{t('page.comfort')}</h2>
        <LanguagePicker form={form} />
        <Toggle form={form} k="sound" label={t('page.sound')} />
        <div className="field">
          <label htmlFor="f-reducedMotion">{t('page.motion')}</label>
          <select
            id="f-reducedMotion"
            value={motion}
            aria-describedby={motionErrors.length ? 'f-reducedMotion-error' : undefined}
            onChange={(e) => form.edit('reducedMotion', e.target.value)}
          >
            <option value="system">{t('page.motionSystem')}</option>
            <option value="on">{t('page.motionOn')}</option>
            <option value="off">{t('page.motionOff')}</option>
          </select>
          <FieldErrors id="f-reducedMotion-error" errors={motionErrors} />
        </div>
        <Toggle
          form={form}
          k="startAtLogin"
          label={t('page.startAtLogin')}
          disabled={platform === 'browser'}
          hint={platform === 'browser' ? t('page.desktopOnly') : undefined}
        />
        <WelcomeAgain form={form} />
      </section>

      <FocusPanel form={form} />

      <ShortcutsPanel api={api} form={form} />

      <details className="panel advanced">
        <summary>
          <h2>{t('page.advanced')}</h2>
        </summary>
        <div className="grid">
          <NumberField form={form} k="naturalBreakMinutes" />
          <NumberField form={form} k="lullSeconds" />
          <NumberField form={form} k="lullWaitSeconds" />
        </div>
      </details>
    </form>
  );
}
