import { useTranslation } from 'react-i18next';
import type { BusyReason } from '../../../shared/context/reasons';
import type { HeldSpell } from '../../../shared/ipc/contract';
import { useFormats } from '../../i18n/formats';
import { useDuration } from './useDuration';

/**
 * The day's spells when breaks were held because the user was busy: when, how long and why, so a
 * quiet afternoon on calls reads as held rather than forgotten.
 */
export function HeldSpells({ spells }: { spells: readonly HeldSpell[] }) {
  const { t } = useTranslation('app');
  const f = useFormats();
  const duration = useDuration();
  const reason = (r: BusyReason) => t(`held.reasons.${r}`);
  return (
    <div className="held" data-testid="held-spells">
      <h3>{t('held.title')}</h3>
      {spells.length === 0 ? (
        <p className="quiet small">{t('held.none')}</p>
      ) : (
        <ul className="held-list">
          {spells.map((s) => (
            <li key={s.start}>
              <span className="held-time">{f.timeRange(s.start, s.end)}</span>{' '}
              <span className="quiet">({duration((s.end - s.start) / 1000)})</span>{' '}
              <span>{f.list(s.reasons.map(reason))}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
