import { useTranslation } from 'react-i18next';
import { AREAS } from '../../../shared/catalog/types';
import { DEFAULT_FOCUS_DAYS } from '../../../shared/settings/focusSettings';
import type { FocusSettings, FocusTarget } from '../../../shared/settings/focusSettings';
import { useMobeTexts } from '../../i18n/mobeTexts';
import type { Mobe } from '../../../shared/catalog/types';
import { FieldErrors } from './fields';
import type { SettingsForm } from './useSettingsForm';

const DAY_MS = 86_400_000;

/** A target as the value of one select: "area:neck" or "mobe:neck-circles"; "" for no focus. */
const targetKey = (t: FocusTarget | null) =>
  t === null ? '' : 'area' in t ? `area:${t.area}` : `mobe:${t.mobeId}`;
function targetOf(key: string): FocusTarget | null {
  const [kind, value] = key.split(':');
  if (kind === 'area') return { area: value as FocusTarget extends { area: infer A } ? A : never };
  if (kind === 'mobe') return { mobeId: value };
  return null;
}

/**
 * The focus period for a stiff joint: an area or one mobe, for a week by default or until ended;
 * how many full sets a day (1-3), how many reps, and whether a day's prompts may carry them.
 */
export function FocusPanel({ form, now = () => Date.now() }: { form: SettingsForm; now?: () => number }) {
  const { t } = useTranslation('app');
  const focus = form.shown('focus');
  const catalog = form.view?.catalog ?? [];
  const set = (patch: Partial<FocusSettings>) => form.edit('focus', { ...focus, ...patch });
  const choose = (key: string) => {
    const target = targetOf(key);
    if (target === null) return set({ target: null, since: null, until: null });
    const at = now();
    set({ target, since: at, until: at + DEFAULT_FOCUS_DAYS * DAY_MS });
  };
  const on = focus.target !== null;
  return (
    <section className="panel" aria-labelledby="s-focus" data-testid="focus-panel">
      <h2 id="s-focus">{t('settings.focus.title')}</h2>
      <p className="quiet">{t('settings.focus.intro')}</p>
      <div className="field">
        <label htmlFor="f-focus-target">{t('settings.focus.target')}</label>
        <select id="f-focus-target" value={targetKey(focus.target)} onChange={(e) => choose(e.target.value)}>
          <option value="">{t('settings.focus.none')}</option>
          <optgroup label={t('settings.focus.areas')}>
            {AREAS.map((a) => (
              <option key={a} value={`area:${a}`}>
                {t(`common:areas.${a}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('settings.focus.mobes')}>
            {catalog.map((m) => (
              <MobeOption key={m.id} mobe={m} />
            ))}
          </optgroup>
        </select>
      </div>
      {on && (
        <>
          <div className="field">
            <label htmlFor="f-focus-until">{t('settings.focus.until')}</label>
            <select
              id="f-focus-until"
              value={focus.until === null ? 'open' : 'week'}
              onChange={(e) => {
                const from = focus.since ?? now();
                set({
                  since: from,
                  until: e.target.value === 'open' ? null : from + DEFAULT_FOCUS_DAYS * DAY_MS,
                });
              }}
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
          <button type="button" onClick={() => choose('')}>
            {t('settings.focus.end')}
          </button>
        </>
      )}
      <FieldErrors id="f-focus-error" errors={form.errorsFor('focus')} />
    </section>
  );
}

function MobeOption({ mobe }: { mobe: Mobe }) {
  const { name } = useMobeTexts(mobe);
  return <option value={`mobe:${mobe.id}`}>{name}</option>;
}
