import type { ComponentType } from 'react';
import type { FigureProps } from './Osc';

type Figure = ComponentType<FigureProps>;
type FigureFile = { DRAWINGS: Readonly<Record<string, Figure>> };

/**
 * The figure files, each loaded only when a mobe drawn in it is shown: a break window loads one file
 * of drawings, not all of them (its script budget, scripts/bench-renderer.mjs).
 */
const FILES = {
  ankle: () => import('./ankle'),
  hip: () => import('./hip'),
  hipSeated: () => import('./hipSeated'),
  neck: () => import('./neck'),
  seatedUpper: () => import('./seatedUpper'),
  upper: () => import('./upper'),
  wrist: () => import('./wrist'),
} satisfies Record<string, () => Promise<FigureFile>>;
type FileName = keyof typeof FILES;

/**
 * Which file draws each mobe's own animated figure, keyed by mobe id (ids never change: see the
 * catalog). Each file exports its drawings as DRAWINGS, by the same ids.
 */
export const FIGURE_SOURCES: Readonly<Record<string, FileName>> = {
  'neck-circles': 'neck',
  'neck-flexor-mobe': 'neck',
  'neck-side-bends': 'neck',
  'look-over-shoulder': 'neck',
  'wrist-circles': 'wrist',
  'forearm-mobe': 'wrist',
  'desk-wrist-rocks': 'wrist',
  'forearm-rotations': 'wrist',
  'pelvic-circles': 'hip',
  'standing-knee-circles': 'hip',
  'hip-flexor-mobe': 'hip',
  'seated-glute-mobe': 'hip',
  'side-sit-bum-out': 'hip',
  'spinal-twist': 'upper',
  'seated-arch-round': 'upper',
  'chest-open-close': 'upper',
  'wide-arm-circles': 'upper',
  'rotator-cuff-mobe': 'upper',
  'foot-circles': 'upper',
  'neck-half-circles': 'neck',
  'seated-wrist-rocks': 'wrist',
  'wrist-waves': 'wrist',
  'seated-pelvic-circles': 'hipSeated',
  'seated-knee-circles': 'hipSeated',
  'seated-hip-switch': 'hipSeated',
  'seated-open-book': 'seatedUpper',
  'seated-arm-circles': 'seatedUpper',
  'heel-toe-rocks': 'ankle',
  'ankle-knee-drives': 'ankle',
};

const loaded = new Map<string, Figure>();
const loading = new Map<FileName, Promise<void>>();

/** The figure for a mobe if its file is loaded already; undefined otherwise (or if it has none). */
export function loadedFigure(id: string): Figure | undefined {
  return loaded.get(id);
}

function loadFile(file: FileName): Promise<void> {
  let done = loading.get(file);
  if (!done) {
    done = FILES[file]().then(
      (mod: FigureFile) => {
        for (const [id, figure] of Object.entries(mod.DRAWINGS)) loaded.set(id, figure);
      },
      () => {
        loading.delete(file); // a failed load is tried again next time; until then the generic figure shows
      },
    );
    loading.set(file, done);
  }
  return done;
}

/** Loads a mobe's figure; resolves to it, or to undefined for a mobe without one or a failed load. */
export async function loadFigure(id: string): Promise<Figure | undefined> {
  const file = FIGURE_SOURCES[id];
  if (file) await loadFile(file);
  return loaded.get(id);
}

/** Every figure (the demo's gallery and the tests), by mobe id. */
export async function loadAllFigures(): Promise<Readonly<Record<string, Figure>>> {
  await Promise.all((Object.keys(FILES) as FileName[]).map(loadFile));
  return Object.fromEntries(loaded);
}
