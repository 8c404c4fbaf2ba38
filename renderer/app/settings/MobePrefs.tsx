import { useTranslation } from 'react-i18next';
import { AREAS } from '../../../shared/catalog/types';
import type { Settings } from '../../../shared/settings/schema';
import { useListFormat } from '../../i18n/lists';
import { mobeTextsIn } from '../../i18n/mobeTexts';
import { describedBy, FieldErrors } from './fields';
import type { SettingsForm } from './useSettingsForm';

/** Body areas on/off, and per mobe: favourite, hidden ("not this one again") with a way back. */
export function AreaChoices({ form }: { form: SettingsForm }) {
  const { t } = useTranslation('settings');
  const areas = form.shown('areas') as Settings['areas'];
  const errs = form.errorsFor('areas');
  return (
    <fieldset className="field areas" aria-describedby={describedBy(errs.length > 0 && 'f-areas-error')}>
      <legend>{t('mobes.areas')}</legend>
      <div className="checks">
        {AREAS.map((a) => (
          <label key={a} className="check">
            <input
              type="checkbox"
              checked={areas[a]}
              aria-invalid={errs.length > 0 || undefined}
              onChange={(e) => form.edit('areas', { ...areas, [a]: e.target.checked })}
            />
            {t(`common:areas.${a}`)}
          </label>
        ))}
      </div>
      <FieldErrors id="f-areas-error" errors={errs} />
    </fieldset>
  );
}

export function MobeList({ form }: { form: SettingsForm }) {
  const { t, i18n } = useTranslation('settings');
  const or = useListFormat('disjunction');
  const name = (m: (typeof catalog)[number]) => mobeTextsIn(i18n, m).name;
  const catalog = form.view?.catalog ?? [];
  const liked = form.shown('likedMobes') as string[];
  const hidden = form.shown('hiddenMobes') as string[];
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...list, id] : list.filter((x) => x !== id);
  const hiddenMobes = catalog.filter((m) => hidden.includes(m.id));
  return (
    <div className="mobe-prefs">
      <div className="hidden-list" aria-live="polite">
        {hiddenMobes.length === 0 ? (
          <p className="quiet small">{t('mobes.noneHidden')}</p>
        ) : (
          <>
            <p className="small">{t('mobes.hiddenList')}</p>
            <ul>
              {hiddenMobes.map((m) => (
                <li key={m.id}>
                  {name(m)}{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => form.edit('hiddenMobes', toggle(hidden, m.id, false))}
                    aria-label={t('mobes.unhideLabel', { name: name(m) })}
                  >
                    {t('mobes.unhide')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <FieldErrors id="f-hiddenMobes-error" errors={form.errorsFor('hiddenMobes')} />
      <FieldErrors id="f-likedMobes-error" errors={form.errorsFor('likedMobes')} />
      <table className="mobe-table">
        <thead>
          <tr>
            <th scope="col">{t('mobes.colMobe')}</th>
            <th scope="col">{t('mobes.colArea')}</th>
            <th scope="col">{t('mobes.colFavourite')}</th>
            <th scope="col">{t('mobes.colHidden')}</th>
          </tr>
        </thead>
        <tbody>
          {catalog.map((m) => (
            <tr key={m.id} className={hidden.includes(m.id) ? 'is-hidden' : undefined}>
              <th scope="row">
                {name(m)}
                <span className="quiet small"> · {or(m.postures.map((p) => t(`common:postures.${p}`)))}</span>
              </th>
              <td>{t(`common:areas.${m.area}`)}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('mobes.favouriteLabel', { name: name(m) })}
                  checked={liked.includes(m.id)}
                  onChange={(e) => form.edit('likedMobes', toggle(liked, m.id, e.target.checked))}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('mobes.hiddenLabel', { name: name(m) })}
                  checked={hidden.includes(m.id)}
                  onChange={(e) => form.edit('hiddenMobes', toggle(hidden, m.id, e.target.checked))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
