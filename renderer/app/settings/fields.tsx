import { useTranslation } from 'react-i18next';
import { NUMBER_RANGES, type FieldError, type NumberSetting } from '../../../shared/settings/schema';
import { useFormats } from '../../i18n/formats';
import { useErrorTexts } from './labels';
import { TYPING_DEBOUNCE_MS, type SettingsForm } from './useSettingsForm';

/** Field errors as sentences, under an id the field points to with aria-describedby. */
export function FieldErrors({ id, errors }: { id: string; errors: FieldError[] }) {
  const { sentence } = useErrorTexts();
  if (errors.length === 0) return null;
  return (
    <div id={id} className="field-error" role="alert" data-codes={errors.map((e) => e.code).join(' ')}>
      {errors.map((e) => (
        <p key={`${e.field}:${e.code ?? e.message}`}>{sentence(e)}</p>
      ))}
    </div>
  );
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

/** A whole number typed by the user; '' stays NaN so the schema answers "must be a number". */
export const parseNumber = (draft: unknown): number => {
  const text = String(draft).trim();
  return text === '' ? Number.NaN : Number(text);
};

/** A number setting with its label, unit and hint (settings.json `numbers.<key>`) and its range. */
export function NumberField({ form, k, step = 1 }: { form: SettingsForm; k: NumberSetting; step?: number }) {
  const { t } = useTranslation('settings');
  const f = useFormats();
  // The range comes from the schema, so the input and its hint cannot drift from validation.
  const { min, max } = NUMBER_RANGES[k];
  const id = `f-${k}`;
  const errs = form.errorsFor(k);
  const saved = form.view?.settings[k];
  return (
    <div className={`field${errs.length ? ' invalid' : ''}`}>
      <label htmlFor={id}>{t(`numbers.${k}.label`)}</label>
      <div className="input-row">
        <input
          id={id}
          name={k}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={form.draftText(k, String(saved ?? ''))}
          aria-invalid={errs.length > 0 || undefined}
          aria-describedby={describedBy(`${id}-hint`, errs.length > 0 && `${id}-error`)}
          onChange={(e) =>
            form.edit(k, e.target.value, { parse: parseNumber, debounceMs: TYPING_DEBOUNCE_MS })
          }
          onBlur={() => form.flush(k)}
        />
        <span className="unit">{t(`numbers.${k}.unit`)}</span>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('numbers.hintWithRange', {
          hint: t(`numbers.${k}.hint`),
          min: f.integer(min),
          max: f.integer(max),
        })}
      </p>
      <FieldErrors id={`${id}-error`} errors={errs} />
    </div>
  );
}

export function Toggle({
  form,
  k,
  label,
  hint,
  disabled,
}: {
  form: SettingsForm;
  k: 'seatedOnly' | 'sound' | 'startAtLogin';
  label: string;
  hint?: string;
  disabled?: boolean;
}) {
  const id = `f-${k}`;
  const errs = form.errorsFor(k);
  return (
    <div className="field toggle">
      <input
        id={id}
        type="checkbox"
        checked={Boolean(form.shown(k))}
        disabled={disabled}
        aria-invalid={errs.length > 0 || undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, errs.length > 0 && `${id}-error`)}
        onChange={(e) => form.edit(k, e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={errs} />
    </div>
  );
}
