import { Arrow, HalfWave, Osc, type FigureProps } from './Osc';
import { rotated, round, skewFor, type Point } from './joints';
import { Floor, SideChair, SideHead } from './parts';

/** Ankle mobes (foot circles, the first, lives with the upper-body figures in upper.tsx). */

const FLOOR = 228;

/**
 * Seated, side view: the toes lift toward the shin (the foot pivots on its heel), then the foot sets
 * down and the heel lifts instead (it pivots on the ball of the foot, raising the knee a little).
 */
export function HeelToeRocks(_: FigureProps) {
  const heel = [150, 226] as const;
  const ball = [184, 226] as const;
  return (
    <g>
      <Floor />
      <SideChair back={56} front={120} seatY={146} />
      <path className="guide" d="M204 206 Q212 190 204 176" />
      <Arrow x={204} y={176} angle={-100} />
      <path className="guide" d="M136 218 Q128 206 134 194" />
      <Arrow x={134} y={194} angle={-80} />
      <path className="limb" d="M82 140 L86 78" />
      <SideHead cx={90} cy={58} />
      <path className="limb" d="M87 90 L102 118 L126 130" />
      <HalfWave kind="rot" peak={-6.3} at={0.75} pivot={[82, 140]}>
        <path className="limb" d="M82 140 L152 138 L156 204" />
      </HalfWave>
      <HalfWave kind="rot" peak={18} at={0.75} pivot={ball}>
        <HalfWave kind="rot" peak={-24} at={0.25} pivot={heel}>
          <path
            className="skin accent-stroke"
            d="M150 202 L163 205 L196 216 Q203 224 194 226 L152 226 Q143 226 145 214 Z"
          />
        </HalfWave>
      </HalfWave>
    </g>
  );
}

/**
 * Standing at the desk, one foot a step ahead: that knee bends forward over the toes with the heel
 * down (the shin pivots on the ankle), the hips follow a little forward and down, then it straightens.
 * The back leg follows the hips by a skew and a vertical scale about the floor, so its foot stays put.
 */
export function AnkleKneeDrives(_: FigureProps) {
  // The shin tips forward on the ankle and the thigh back on the knee (nested, as drawn below); the
  // hip goes where that puts it, and the torso and the back leg follow it there.
  const ankle: Point = [150, 222];
  const knee: Point = [144, 172];
  const hip: Point = [126, 128];
  const shin = 30;
  const thigh = -50;
  const moved = rotated(ankle, rotated(knee, hip, thigh), shin);
  const dx = round(moved[0] - hip[0], 1);
  const dy = round(moved[1] - hip[1], 1);
  const scale = round((FLOOR - hip[1] - dy) / (FLOOR - hip[1]));
  const skew = skewFor(-dx, (FLOOR - hip[1]) * scale);
  return (
    <g>
      <Floor />
      <rect className="desk" x={178} y={112} width={62} height={10} rx={3} />
      <path className="prop" d="M228 122 L228 229" />
      <path className="guide" d="M156 160 Q172 162 178 176" />
      <Arrow x={178} y={176} angle={70} />
      <Osc kind="skx" from={0} to={skew} at={[120, FLOOR]}>
        <Osc kind="sy" from={1} to={scale} at={[120, FLOOR]}>
          <path className="limb" d="M126 128 L104 178 L86 224" />
        </Osc>
      </Osc>
      <path className="limb" d="M80 226 L102 228" />
      <Osc kind="rot" from={0} to={shin} at={ankle}>
        <path className="limb accent-stroke" d={`M${ankle[0]} ${ankle[1]} L${knee[0]} ${knee[1]}`} />
        <Osc kind="rot" from={0} to={thigh} at={knee}>
          <path className="limb" d={`M${knee[0]} ${knee[1]} L${hip[0]} ${hip[1]}`} />
        </Osc>
        <circle className="skin" cx={knee[0]} cy={knee[1]} r={7} />
      </Osc>
      <path className="limb" d="M144 226 L176 226" />
      <circle className="skin accent-stroke" cx={150} cy={222} r={6} />
      <Osc kind="tx" from={0} to={dx}>
        <Osc kind="ty" from={0} to={dy}>
          <path className="limb" d="M126 128 L130 66" />
          <path className="limb" d="M130 78 L160 98 L188 110" />
          <circle className="skin" cx={126} cy={128} r={8} />
          <SideHead cx={133} cy={46} />
        </Osc>
      </Osc>
    </g>
  );
}

/** The drawings in this file, by mobe id (loaded together: see registry.ts). */
export const DRAWINGS = {
  'heel-toe-rocks': HeelToeRocks,
  'ankle-knee-drives': AnkleKneeDrives,
};
