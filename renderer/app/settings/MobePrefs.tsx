import { AREAS } from '../../../shared/catalog/types';
import type { Settings } from '../../../shared/settings/schema';
import { AREA_LABELS } from '../../shared/format';
import { describedBy, FieldErrors } from './fields';
import type { SettingsForm } from './useSettingsForm';

/** Body areas on/off, and per mobe: favourite, hidden ("not this one again") with a way back. */
export function AreaChoices({ form }: { form: SettingsForm }) {
  const areas = form.shown('areas') as Settings['areas'];
  const errs = form.errorsFor('areas');
  return (
    <fieldset className="field areas" aria-describedby={describedBy(errs.length > 0 && 'f-areas-error')}>
      <legend>Body areas to include</legend>
      <div className="checks">
        {AREAS.map((a) => (
          <label key={a} className="check">
            <input
              type="checkbox"
              checked={areas[a]}
              aria-invalid={errs.length > 0 || undefined}
              onChange={(e) => form.edit('areas', { ...areas, [a]: e.target.checked })}
            />
            {AREA_LABELS[a]}
          </label>
        ))}
      </div>
      <FieldErrors id="f-areas-error" errors={errs} />
    </fieldset>
  );
}

export function MobeList({ form }: { form: SettingsForm }) {
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
          <p className="quiet small">
            No hidden mobes. “Not this one again” in a break hides one; it shows up here.
          </p>
        ) : (
          <>
            <p className="small">Hidden from breaks:</p>
            <ul>
              {hiddenMobes.map((m) => (
                <li key={m.id}>
                  {m.name}{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => form.edit('hiddenMobes', toggle(hidden, m.id, false))}
                    aria-label={`Unhide ${m.name}`}
                  >
                    Unhide
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
            <th scope="col">Mobe</th>
            <th scope="col">Area</th>
            <th scope="col">Favourite</th>
            <th scope="col">Hidden</th>
          </tr>
        </thead>
        <tbody>
          {catalog.map((m) => (
            <tr key={m.id} className={hidden.includes(m.id) ? 'is-hidden' : undefined}>
              <th scope="row">
                {m.name}
                <span className="quiet small"> · {m.postures.join(' or ')}</span>
              </th>
              <td>{AREA_LABELS[m.area]}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Favourite: ${m.name}`}
                  checked={liked.includes(m.id)}
                  onChange={(e) => form.edit('likedMobes', toggle(liked, m.id, e.target.checked))}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Hidden: ${m.name}`}
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
