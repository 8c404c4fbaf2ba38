import { useTranslation } from 'react-i18next';
import { LANGUAGES, PSEUDO_LANGUAGE } from '../../../shared/i18n/languages';
import { FieldErrors } from './fields';
import type { SettingsForm } from './useSettingsForm';

/**
 * The language of every window: the system's, or one of the shipped languages, each under its own
 * name (so a user lost in a language they do not read still finds theirs). It applies at once, live,
 * in every open window. The pseudo-locale shows only when it is already chosen (development).
 */
export function LanguagePicker({ form }: { form: SettingsForm }) {
  const { t } = useTranslation('settings');
  const value = String(form.shown('language'));
  const errors = form.errorsFor('language');
  return (
    <div className="field">
      <label htmlFor="f-language">{t('language.label')}</label>
      <select
        id="f-language"
        value={value}
        aria-describedby={errors.length ? 'f-language-error' : undefined}
        onChange={(e) => form.edit('language', e.target.value)}
      >
        <option value="system">{t('language.system')}</option>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.native}
          </option>
        ))}
        {value === PSEUDO_LANGUAGE && <option value={PSEUDO_LANGUAGE}>{PSEUDO_LANGUAGE}</option>}
      </select>
      <FieldErrors id="f-language-error" errors={errors} />
    </div>
  );
}
