import { useTranslation } from 'react-i18next';
import type { Mobe } from '../../shared/catalog/types';
import { useFailureText } from '../i18n/failureText';
import { useMobeTexts } from '../i18n/mobeTexts';
import { FEEL_KEYS, type FocusSetState } from './useFocusSet';

/**
 * After a focus set: "How did that feel?" with four answers (keys 1-4), then what follows from the
 * answer. After two answers "it hurt" in a row, a calm suggestion of another mobe for the area and
 * a short line that pain which keeps coming back belongs with a clinician. No diagnosis, no alarm.
 */
export function FeelQuestion({ focus }: { focus: FocusSetState }) {
  const { t } = useTranslation('break');
  // Not the break's own wording: its not-found says the break ended, here the answer is what is gone.
  const failure = useFailureText();
  if (focus.feel === null) {
    return (
      <fieldset className="feel" data-testid="feel-question">
        <legend>{t('focus.feel.question')}</legend>
        <div className="feel-answers">
          {FEEL_KEYS.map((f, i) => (
            <button
              key={f}
              type="button"
              data-feel={f}
              aria-keyshortcuts={String(i + 1)}
              onClick={() => void focus.answer(f)}
            >
              <span className="ctl-label">{t(`focus.feel.${f}`)}</span>
              <kbd>{i + 1}</kbd>
            </button>
          ))}
        </div>
      </fieldset>
    );
  }
  const r = focus.result;
  return (
    <div className="feel" data-testid="feel-answered" role="status">
      {!r && !focus.error && <p className="quiet">{t('completion.saving')}</p>}
      {r && !r.hurtTwice && <p>{r.smallerNext ? t('focus.feel.smallerNext') : t('focus.feel.noted')}</p>}
      {r?.hurtTwice && <HurtTwice other={r.switchTo} focus={focus} />}
      {focus.error && (
        <p className="error" role="alert">
          {t('actionFailed', { error: failure(focus.error) })}
        </p>
      )}
    </div>
  );
}

function HurtTwice({ other, focus }: { other: Mobe | null; focus: FocusSetState }) {
  const { t } = useTranslation('break');
  return (
    <>
      <p>{t('focus.feel.hurtTwice')}</p>
      {other && <SwitchTo mobe={other} focus={focus} />}
      <p className="quiet small">{t('focus.feel.clinician')}</p>
    </>
  );
}

function SwitchTo({ mobe, focus }: { mobe: Mobe; focus: FocusSetState }) {
  const { t } = useTranslation('break');
  const { name } = useMobeTexts(mobe);
  if (focus.switched) return <p data-testid="feel-switched">{t('focus.feel.switched', { name })}</p>;
  return (
    <button type="button" data-action="switch-focus" onClick={() => void focus.switchFocus()}>
      {t('focus.feel.switchTo', { name })}
    </button>
  );
}
