import { useTranslation } from 'react-i18next';
import type { ContextSignal, DetectorStatus } from '../../../shared/context/reasons';
import type { HoldBreaksDuring } from '../../../shared/settings/contextSettings';
import { useFormats } from '../../i18n/formats';
import { describedBy, FieldErrors } from './fields';
import type { SettingsForm } from './useSettingsForm';

const KINDS: readonly (keyof HoldBreaksDuring)[] = ['calls', 'screenSharing', 'fullScreen', 'doNotDisturb'];

/**
 * Which kinds of busy hold breaks back (one gentle prompt once they end), and below them the busy
 * detectors this machine has, each with how it is doing. The browser build has no detectors, so the
 * list shows only when the app reports some.
 */
export function BusyPrefs({ form }: { form: SettingsForm }) {
  const { t } = useTranslation('settings');
  const hold = form.shown('holdBreaksDuring') as HoldBreaksDuring;
  const errs = form.errorsFor('holdBreaksDuring');
  const detectors = form.view?.detectors ?? [];
  return (
    <section className="panel" aria-labelledby="s-busy">
      <h2 id="s-busy">{t('busy.title')}</h2>
      <fieldset
        className="field hold"
        aria-describedby={describedBy('s-busy-hint', errs.length > 0 && 'f-hold-error')}
      >
        <legend>{t('busy.legend')}</legend>
        <p id="s-busy-hint" className="quiet small">
          {t('busy.hint')}
        </p>
        <div className="checks">
          {KINDS.map((k) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                name={`hold-${k}`}
                checked={hold[k]}
                onChange={(e) => form.edit('holdBreaksDuring', { ...hold, [k]: e.target.checked })}
              />
              {t(`busy.kinds.${k}`)}
            </label>
          ))}
        </div>
        <FieldErrors id="f-hold-error" errors={errs} />
      </fieldset>
      {detectors.length > 0 && <DetectorList detectors={detectors} />}
    </section>
  );
}

function DetectorList({ detectors }: { detectors: readonly DetectorStatus[] }) {
  const { t } = useTranslation('settings');
  const f = useFormats();
  const watches = (signals: readonly ContextSignal[]) => f.list(signals.map((s) => t(`busy.signals.${s}`)));
  return (
    <div className="detectors" data-testid="detectors">
      <h3>{t('busy.detectors')}</h3>
      <ul>
        {detectors.map((d) => (
          <li key={d.id} data-state={d.state}>
            <span className="detector-name" title={t(`busy.modes.${d.mode}`)}>
              {watches(d.signals)}
            </span>{' '}
            <span className={`detector-state ${d.state}`}>{t(`busy.states.${d.state}`)}</span>
            {d.state === 'unavailable' && d.detail && (
              // What the system said, for whoever looks into it: as the detector wrote it (English,
              // like the logs and the command line), marked so for screen readers, behind "Why?".
              <details className="detector-detail">
                <summary>{t('busy.why')}</summary>
                <span className="quiet small" lang="en" dir="ltr">
                  {d.label}: {d.detail}
                </span>
              </details>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
