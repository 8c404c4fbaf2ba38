import { useTranslation } from 'react-i18next';
import type { Mobe } from '../../shared/catalog/types';
import { useMobeTexts } from '../i18n/mobeTexts';

export interface MobeInfoProps {
  mobe: Mobe;
  busy: boolean;
  onHide(): void;
}

/**
 * Behind the info control: every cue at once (the break shows them one at a time), this mobe's safety
 * note, the general one, and "not this one again". It takes the place of the instruction and the
 * figure (the break pauses meanwhile), never of the controls.
 */
export function MobeInfo({ mobe, busy, onHide }: MobeInfoProps) {
  const { t } = useTranslation('break');
  const texts = useMobeTexts(mobe);
  return (
    <section className="mobe-info" id="mobe-info" aria-label={t('info.open')}>
      <ul className="info-cues">
        {texts.cues.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p className="info-care">{texts.safety}</p>
      <p className="info-safety">{t('info.safetyNote')}</p>
      <button type="button" className="link" onClick={onHide} aria-keyshortcuts="H" disabled={busy}>
        {t('info.notAgain')} <kbd>H</kbd>
      </button>
    </section>
  );
}
