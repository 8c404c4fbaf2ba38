import { useTranslation } from 'react-i18next';

/** "seen from above" over a figure drawn as a top view, in the language shown. */
export function SeenFromAbove({ y }: { y: number }) {
  const { t } = useTranslation('break');
  return (
    <text className="caption" x={120} y={y} textAnchor="middle">
      {t('figure.seenFromAbove')}
    </text>
  );
}
