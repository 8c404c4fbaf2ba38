import type { MotionKind } from '../../../shared/catalog/types';
import { Osc } from './Osc';

/**
 * Fallback for a mobe without a figure of its own (a catalog newer than this window): a plain joint
 * diagram of its kind of motion, still moving at its rhythm.
 */
export function GenericFigure({ motion, reversed }: { motion: MotionKind; reversed: boolean }) {
  const joint = <circle className="skin accent-stroke" cx={120} cy={120} r={14} />;
  switch (motion) {
    case 'circle':
      return (
        <g>
          <circle className="guide" cx={120} cy={120} r={60} />
          {joint}
          <Osc kind="spin" from={0} to={reversed ? -360 : 360} at={[120, 120]}>
            <path className="limb" d="M120 120 L120 60" />
            <circle className="skin accent-stroke" cx={120} cy={60} r={10} />
          </Osc>
        </g>
      );
    case 'turn':
    case 'open-close':
      return (
        <g>
          {joint}
          <Osc kind="rot" from={-40} to={40} at={[120, 120]}>
            <path className="bar accent-stroke" d="M60 120 L180 120" />
          </Osc>
        </g>
      );
    default:
      return (
        <g>
          <path className="guide" d="M70 170 A70 70 0 0 0 170 170" />
          <Osc kind="rot" from={-30} to={30} at={[120, 60]}>
            <path className="limb accent-stroke" d="M120 60 L120 180" />
          </Osc>
          <circle className="skin accent-stroke" cx={120} cy={60} r={12} />
        </g>
      );
  }
}
