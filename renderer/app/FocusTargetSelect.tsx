import { useTranslation } from 'react-i18next';
import { AREAS, type Area, type Mobe } from '../../shared/catalog/types';
import type { FocusTarget } from '../../shared/settings/focusSettings';
import { mobeTextsIn, useMobeTexts } from '../i18n/mobeTexts';

/** A target as the value of one option: "area:neck" or "mobe:neck-circles"; "" for no focus. */
export const targetKey = (t: FocusTarget | null): string =>
  t === null ? '' : 'area' in t ? `area:${t.area}` : `mobe:${t.mobeId}`;

export function targetOf(key: string): FocusTarget | null {
  const [kind, value] = key.split(':');
  if (kind === 'area' && (AREAS as readonly string[]).includes(value)) return { area: value as Area };
  if (kind === 'mobe' && value) return { mobeId: value };
  return null;
}

/**
 * What a focus period is for: no focus, a body area, or one mobe of the catalog. Settings and the
 * history view both offer it, so a focus reads and saves the same from either.
 */
export function FocusTargetSelect({
  id,
  value,
  catalog,
  onChange,
}: {
  id: string;
  value: FocusTarget | null;
  catalog: readonly Mobe[];
  onChange: (target: FocusTarget | null) => void;
}) {
  const { t } = useTranslation('app');
  return (
    <select id={id} value={targetKey(value)} onChange={(e) => onChange(targetOf(e.target.value))}>
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
  );
}

function MobeOption({ mobe }: { mobe: Mobe }) {
  const { name } = useMobeTexts(mobe);
  return <option value={`mobe:${mobe.id}`}>{name}</option>;
}

/** The name of a focus target in the active language: the area's, or the mobe's. */
export function useFocusTargetName(target: FocusTarget | null, catalog: readonly Mobe[]): string {
  const { t, i18n } = useTranslation('app');
  if (target === null) return '';
  if ('area' in target) return t(`common:areas.${target.area}`);
  const mobe = catalog.find((m) => m.id === target.mobeId);
  return mobe ? mobeTextsIn(i18n, mobe).name : target.mobeId;
}
