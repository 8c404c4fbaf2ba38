import type { ReactNode } from 'react';
import { Arrow, Osc, type FigureProps } from './Osc';
import { FrontFace } from './parts';

/**
 * Neck mobes: a head-and-shoulders bust seen from the front. The head and neck pivot at the base of
 * the neck (120, 182) so tilts and nods read as movement of the neck, not a floating head.
 */
const NECK_BASE = [120, 182] as const;

function Shoulders({
  left,
  right,
}: {
  left?: (n: ReactNode) => ReactNode;
  right?: (n: ReactNode) => ReactNode;
}) {
  const l = <path className="body" d="M20 236 C24 200 58 184 106 180 L121 180 L121 236 Z" />;
  const r = <path className="body" d="M220 236 C216 200 182 184 134 180 L119 180 L119 236 Z" />;
  return (
    <g>
      {left ? left(l) : l}
      {right ? right(r) : r}
    </g>
  );
}

function NeckAndHead({ face }: { face?: (f: ReactNode) => ReactNode }) {
  const features = <FrontFace cx={120} cy={108} />;
  return (
    <g>
      <path className="skin" d="M106 186 L108 140 L132 140 L134 186 Z" />
      <ellipse className="skin" cx={88} cy={112} rx={6} ry={11} />
      <ellipse className="skin" cx={152} cy={112} rx={6} ry={11} />
      <ellipse className="skin accent-stroke" cx={120} cy={106} rx={32} ry={39} />
      {face ? face(features) : features}
    </g>
  );
}

export function NeckCircles({ reversed }: FigureProps) {
  return (
    <g>
      <ellipse className="guide" cx={120} cy={58} rx={46} ry={11} />
      <Arrow x={reversed ? 114 : 126} y={69} angle={reversed ? 180 : 0} />
      <Shoulders />
      <Osc kind="rot" from={-14} to={14} at={NECK_BASE}>
        <Osc kind="ty" from={-7} to={8} at={NECK_BASE} phase={reversed ? 0.75 : 0.25}>
          <NeckAndHead />
        </Osc>
      </Osc>
    </g>
  );
}

/** Chin down to one side, then back and away while that shoulder sinks; the next rep mirrors it. */
export function NeckFlexorMobe(_: FigureProps) {
  return (
    <g>
      <path className="guide" d="M62 150 Q70 176 92 188" />
      <path className="guide" d="M178 150 Q170 176 148 188" />
      <Shoulders
        left={(n) => (
          <Osc kind="ty" from={0} to={8} phase={0.125}>
            {n}
          </Osc>
        )}
        right={(n) => (
          <Osc kind="ty" from={0} to={8} phase={0.625}>
            {n}
          </Osc>
        )}
      />
      <Osc kind="rot" from={-13} to={13} at={NECK_BASE}>
        <Osc kind="ty" from={-7} to={9} at={NECK_BASE} freq={2} phase={0.25}>
          <NeckAndHead
            face={(f) => (
              <Osc kind="tx" from={-8} to={8}>
                {f}
              </Osc>
            )}
          />
        </Osc>
      </Osc>
    </g>
  );
}

export function NeckSideBends(_: FigureProps) {
  return (
    <g>
      <path className="guide" d="M66 70 Q120 18 174 70" />
      <Arrow x={66} y={70} angle={128} />
      <Arrow x={174} y={70} angle={52} />
      <Shoulders />
      <Osc kind="rot" from={-24} to={24} at={NECK_BASE} phase={0.75}>
        <NeckAndHead />
      </Osc>
    </g>
  );
}

/** The face slides across the head: the simplest clear picture of a head turning. */
export function LookOverShoulder(_: FigureProps) {
  return (
    <g>
      <path className="guide" d="M78 50 Q120 30 162 50" />
      <Arrow x={78} y={50} angle={155} />
      <Arrow x={162} y={50} angle={25} />
      <Shoulders />
      <NeckAndHead
        face={(f) => (
          <Osc kind="tx" from={-17} to={17} phase={0.75}>
            {f}
          </Osc>
        )}
      />
    </g>
  );
}

/**
 * Front half of a circle: the head tips toward one shoulder, and on the way across the chin sinks
 * toward the chest (the head dips and foreshortens, the face looks down), then rises toward the
 * other shoulder.
 */
export function NeckHalfCircles(_: FigureProps) {
  return (
    <g>
      <Shoulders />
      <path className="guide" d="M74 196 Q120 232 166 196" />
      <Arrow x={74} y={196} angle={215} />
      <Arrow x={166} y={196} angle={-35} />
      <Osc kind="rot" from={-26} to={26} at={NECK_BASE} phase={0.75}>
        <Osc kind="ty" from={0} to={10} at={NECK_BASE} freq={2} phase={0.5}>
          <Osc kind="sy" from={1} to={0.84} at={NECK_BASE} freq={2} phase={0.5}>
            <NeckAndHead
              face={(f) => (
                <Osc kind="ty" from={0} to={12} freq={2} phase={0.5}>
                  {f}
                </Osc>
              )}
            />
          </Osc>
        </Osc>
      </Osc>
    </g>
  );
}

/** The drawings in this file, by mobe id (loaded together: see registry.ts). */
export const DRAWINGS = {
  'neck-circles': NeckCircles,
  'neck-flexor-mobe': NeckFlexorMobe,
  'neck-side-bends': NeckSideBends,
  'look-over-shoulder': LookOverShoulder,
  'neck-half-circles': NeckHalfCircles,
};
