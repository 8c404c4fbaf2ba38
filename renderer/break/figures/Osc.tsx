import type { CSSProperties, ReactNode } from 'react';

/**
 * One oscillating transform, animated by CSS (see figures.css). Figures are built like a skeleton:
 * nested <Osc> groups, each moving about a joint given in the figure's rest-pose coordinates, so a
 * forearm follows its upper arm. `from` is the value at the start of the cycle, `to` the value half a
 * cycle later; `phase` shifts the start (fraction of a cycle) and `freq` repeats it within one cycle.
 * The cycle length comes from the figure root (--cycle), i.e. from the mobe's rhythm.
 */
export type OscKind = 'rot' | 'tx' | 'ty' | 'sx' | 'sy' | 'skx' | 'op' | 'spin';

const UNIT: Record<OscKind, string> = {
  rot: 'deg',
  spin: 'deg',
  skx: 'deg',
  tx: 'px',
  ty: 'px',
  sx: '',
  sy: '',
  op: '',
};

export interface OscProps {
  kind: OscKind;
  from: number;
  to: number;
  /** Joint (transform origin) in rest-pose coordinates. */
  at?: readonly [number, number];
  phase?: number;
  freq?: number;
  children: ReactNode;
}

export function Osc({ kind, from, to, at = [0, 0], phase = 0, freq = 1, children }: OscProps) {
  const unit = UNIT[kind];
  const style = {
    '--a0': `${from}${unit}`,
    '--a1': `${to}${unit}`,
    '--ph': String(phase),
    '--f': String(freq),
    transformOrigin: `${at[0]}px ${at[1]}px`,
  } as CSSProperties;
  return (
    <g className={`osc osc-${kind}`} style={style}>
      {children}
    </g>
  );
}

/**
 * A half-wave about one joint, for a part that moves on one half of the cycle and rests on the other
 * (one arm of an alternating pair, or one phase of a two-part rep): `peak` (degrees or px) at the
 * quarter given by `at`, and about 0 at the other quarter and in between. One oscillator cannot hold
 * still for half a cycle, so this sums two about the same joint: ±peak/2 at the cycle's rate
 * (phase 0.75) and 0..peak/2 at twice the rate, which add to `peak` at one quarter and 0 at the other.
 */
export function HalfWave({
  kind,
  peak,
  at,
  pivot,
  children,
}: {
  kind: 'rot' | 'ty';
  peak: number;
  at: 0.25 | 0.75;
  pivot?: readonly [number, number];
  children: ReactNode;
}) {
  const half = peak / 2;
  const [from, to] = at === 0.25 ? [half, -half] : [-half, half];
  return (
    <Osc kind={kind} from={from} to={to} at={pivot} phase={0.75}>
      <Osc kind={kind} from={0} to={half} at={pivot} freq={2}>
        {children}
      </Osc>
    </Osc>
  );
}

/** Small open chevron marking the direction of travel on a guide path. */
export function Arrow({ x, y, angle }: { x: number; y: number; angle: number }) {
  return (
    <path className="guide-arrow" d="M-6 -6 L0 0 L-6 6" transform={`translate(${x} ${y}) rotate(${angle})`} />
  );
}

/** Mirrors its children about the figure's vertical centre line (x = 120). */
export function Mirror({ children }: { children: ReactNode }) {
  return <g transform="translate(240 0) scale(-1 1)">{children}</g>;
}

export interface FigureProps {
  /** Second half of a 'reverse-halfway' mobe: the circle runs the other way. */
  reversed: boolean;
}
