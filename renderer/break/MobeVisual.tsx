import { memo, useEffect, useState, type ComponentType, type CSSProperties } from 'react';

type FigureComponent = ComponentType<FigureProps>;
import { useTranslation } from 'react-i18next';
import type { Mobe } from '../../shared/catalog/types';
import { useMobeTexts } from '../i18n/mobeTexts';
import { GenericFigure } from './figures/generic';
import type { FigureProps } from './figures/Osc';
import { FIGURE_SOURCES, loadFigure, loadedFigure } from './figures/registry';

export interface MobeVisualProps {
  mobe: Mobe;
  /** Second half of a switch/reverse pattern. */
  secondHalf: boolean;
  /** Whether the figure moves now (false during the lead-in and while paused: frozen in place). */
  moving: boolean;
  /** Reduced motion: a still figure with its path drawn, no animation at all. */
  still: boolean;
}

/** Seconds for one full visual cycle: alternating mobes need two reps to visit both sides. */
export function cycleSeconds(mobe: Pick<Mobe, 'secondsPerRep' | 'sides'>): number {
  return mobe.secondsPerRep * (mobe.sides === 'alternate' ? 2 : 1);
}

/**
 * A mobe's figure once its file is loaded. The break window loads the first one before its first
 * render (main.tsx); a later break's loads in the few milliseconds of its lead-in, the frame empty
 * meanwhile. A mobe without a figure of its own, or a file that fails to load, gets the generic one.
 */
function useFigure(id: string): FigureComponent | 'loading' | undefined {
  const known = loadedFigure(id);
  const [failed, setFailed] = useState<string | null>(null);
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (known || !(id in FIGURE_SOURCES)) return;
    let live = true;
    void loadFigure(id).then((figure) => {
      if (!live) return;
      if (figure) setLoaded((n) => n + 1);
      else setFailed(id);
    });
    return () => {
      live = false;
    };
  }, [id, known]);
  if (known) return known;
  return id in FIGURE_SOURCES && failed !== id ? 'loading' : undefined;
}

/**
 * The animated figure for a mobe. All motion is CSS keyframes whose duration comes from the mobe's
 * rhythm (--cycle); React renders this once per break (and once more at the halfway switch), never
 * per frame. Pausing freezes it with animation-play-state, so it stays in step with the counter.
 */
export const MobeVisual = memo(function MobeVisual({ mobe, secondHalf, moving, still }: MobeVisualProps) {
  const shown = useFigure(mobe.id);
  const pending = shown === 'loading';
  const Figure = pending ? undefined : shown;
  const mirrored = mobe.sides === 'switch-halfway' && secondHalf;
  const reversed = mobe.sides === 'reverse-halfway' && secondHalf;
  const className = ['fig', still ? 'is-still' : moving ? 'is-moving' : 'is-frozen'].join(' ');
  const style = { '--cycle': `${cycleSeconds(mobe)}s` } as CSSProperties;
  const { t, i18n } = useTranslation('break');
  const name = useMobeTexts(mobe).name;
  // English reads "Figure showing neck circles"; other languages keep the name as written (German
  // nouns keep their capitals).
  const shownName = i18n.language === 'en' ? name.toLowerCase() : name;
  return (
    <svg
      className={className}
      viewBox="0 0 240 240"
      style={style}
      role="img"
      aria-label={t(mirrored ? 'figure.labelSecondSide' : 'figure.label', { name: shownName })}
      data-figure={Figure ? mobe.id : pending ? 'loading' : `generic-${mobe.motion}`}
      data-mirrored={mirrored || undefined}
      data-reversed={reversed || undefined}
    >
      <g className={mirrored ? 'fig-mirror' : undefined}>
        {Figure ? (
          <Figure reversed={reversed} />
        ) : pending ? null : (
          <GenericFigure motion={mobe.motion} reversed={reversed} />
        )}
      </g>
    </svg>
  );
});
