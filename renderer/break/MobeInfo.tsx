import { CATALOG_SAFETY_NOTE } from '../../shared/catalog/catalog';
import type { Mobe } from '../../shared/catalog/types';

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
  return (
    <section className="mobe-info" id="mobe-info" aria-label="Tips and safety">
      <ul className="info-cues">
        {mobe.cues.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p className="info-care">{mobe.safety}</p>
      <p className="info-safety">{CATALOG_SAFETY_NOTE}</p>
      <button type="button" className="link" onClick={onHide} aria-keyshortcuts="H" disabled={busy}>
        Not this one again <kbd>H</kbd>
      </button>
    </section>
  );
}
