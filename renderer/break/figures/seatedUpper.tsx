import { SeenFromAbove } from './Caption';
import { Arrow, HalfWave, Mirror, Osc, type FigureProps } from './Osc';
import { Floor, FrontHead } from './parts';

/** Seated spine and shoulder mobes. */

/**
 * Open book seen from above, seated: knees and hips stay facing forward while the chest turns and
 * one arm sweeps open and back, then home; the next rep opens the other arm.
 */
export function SeatedOpenBook(_: FigureProps) {
  const turn = 45;
  const open = 50;
  // Each arm opens on its own rep only: a half-wave about its shoulder (see HalfWave).
  const arm = (shoulder: readonly [number, number], hand: readonly [number, number], peak: number) => (
    <HalfWave kind="rot" peak={peak} at={peak > 0 ? 0.25 : 0.75} pivot={shoulder}>
      <path className="limb accent-stroke" d={`M${shoulder[0]} ${shoulder[1]} L${hand[0]} ${hand[1]}`} />
      <circle className="skin" cx={hand[0]} cy={hand[1]} r={7} />
    </HalfWave>
  );
  return (
    <g>
      <SeenFromAbove y={24} />
      <path className="guide" d="M105 213 A84 84 0 0 1 41 101" />
      <path className="guide" d="M135 213 A84 84 0 0 0 199 101" />
      <Arrow x={41} y={101} angle={-70} />
      <Arrow x={199} y={101} angle={-110} />
      <rect className="prop" x={72} y={120} width={96} height={92} rx={10} />
      <rect className="body" x={92} y={140} width={22} height={70} rx={10} />
      <rect className="body" x={126} y={140} width={22} height={70} rx={10} />
      <ellipse className="body" cx={120} cy={146} rx={40} ry={18} />
      <Osc kind="rot" from={turn} to={-turn} at={[120, 130]} phase={0.75}>
        <path className="bar" d="M76 130 L164 130" />
        {arm([78, 130], [112, 192], 2 * open)}
        {arm([162, 130], [128, 192], -2 * open)}
        <Osc kind="rot" from={20} to={-20} at={[120, 130]} phase={0.75}>
          <circle className="skin" cx={120} cy={130} r={20} />
          <path className="skin" d="M112 148 L120 160 L128 148 Z" />
        </Osc>
      </Osc>
    </g>
  );
}

/**
 * Seated, arms out to the sides, drawing medium circles: seen from the front, each hand rises and
 * falls while it comes toward you and goes back (the arm shortens and the hand grows as it nears).
 */
export function SeatedArmCircles({ reversed }: FigureProps) {
  const arm = (
    <g>
      <ellipse className="guide" cx={42} cy={96} rx={10} ry={22} />
      <Arrow x={reversed ? 46 : 38} y={74} angle={reversed ? 0 : 180} />
      <Osc kind="rot" from={-16} to={16} at={[98, 96]}>
        <Osc kind="sx" from={1} to={0.74} at={[98, 96]} phase={reversed ? 0.75 : 0.25}>
          <path className="limb accent-stroke" d="M98 96 L40 96" />
        </Osc>
        <Osc kind="tx" from={0} to={15} phase={reversed ? 0.75 : 0.25}>
          <Osc kind="sx" from={1} to={1.3} at={[38, 96]} phase={reversed ? 0.75 : 0.25}>
            <Osc kind="sy" from={1} to={1.3} at={[38, 96]} phase={reversed ? 0.75 : 0.25}>
              <circle className="skin" cx={38} cy={96} r={8} />
            </Osc>
          </Osc>
        </Osc>
      </Osc>
    </g>
  );
  return (
    <g>
      <Floor />
      <rect className="desk" x={60} y={176} width={120} height={10} rx={3} />
      <path className="prop" d="M70 186 L70 229 M170 186 L170 229" />
      <path className="limb" d="M108 176 L104 196 L104 226 L94 228 M132 176 L136 196 L136 226 L146 228" />
      <path className="body" d="M98 178 L96 102 Q98 88 112 86 L128 86 Q142 88 144 102 L142 178 Z" />
      <FrontHead cx={120} cy={60} r={20} />
      {arm}
      <Mirror>{arm}</Mirror>
    </g>
  );
}

/** The drawings in this file, by mobe id (loaded together: see registry.ts). */
export const DRAWINGS = {
  'seated-open-book': SeatedOpenBook,
  'seated-arm-circles': SeatedArmCircles,
};
