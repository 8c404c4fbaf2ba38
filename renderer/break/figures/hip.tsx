import { Arrow, Osc, type FigureProps } from './Osc';
import { skewFor } from './joints';
import { Floor, FrontHead, SideChair, SideHead } from './parts';

/**
 * Hip mobes. Legs follow a moving pelvis by skewing (and, for a lunge, scaling) about the floor
 * line, so feet stay planted and hip joints stay attached without per-frame geometry.
 */
const FLOOR = 228;

function FrontLegs() {
  return (
    <g>
      <path className="limb" d="M108 136 L103 182 L104 226 L94 228" />
      <path className="limb" d="M132 136 L137 182 L136 226 L146 228" />
    </g>
  );
}

/** Standing, hands on hips; the pelvis draws a circle while head and shoulders stay quiet. */
export function PelvicCircles({ reversed }: FigureProps) {
  const dx = 12;
  const legSkew = skewFor(dx, FLOOR - 136);
  const torsoSkew = skewFor(dx, 134 - 70);
  return (
    <g>
      <Floor />
      <ellipse className="guide" cx={120} cy={136} rx={40} ry={10} />
      <Arrow x={reversed ? 114 : 126} y={146} angle={reversed ? 180 : 0} />
      <Osc kind="skx" from={legSkew} to={-legSkew} at={[120, FLOOR]}>
        <FrontLegs />
      </Osc>
      <Osc kind="skx" from={-torsoSkew} to={torsoSkew} at={[120, 70]}>
        <path className="limb" d="M120 66 L120 132" />
        <path className="limb" d="M96 72 L80 104 L104 130" />
        <path className="limb" d="M144 72 L160 104 L136 130" />
      </Osc>
      <Osc kind="tx" from={-dx} to={dx}>
        <Osc kind="rot" from={-7} to={7} at={[120, 136]} phase={reversed ? 0.75 : 0.25}>
          <rect className="skin accent-stroke" x={100} y={126} width={40} height={18} rx={8} />
        </Osc>
      </Osc>
      <path className="limb" d="M96 72 L144 72" />
      <FrontHead cx={120} cy={40} r={18} />
    </g>
  );
}

/** Holding a chair back, one knee lifted and drawing a circle: up, out, down and in. */
export function StandingKneeCircles(_: FigureProps) {
  return (
    <g>
      <Floor />
      <g className="prop">
        <path d="M40 110 L62 110 M46 110 L46 228 M62 110 L62 228 M46 160 L62 160" />
      </g>
      <ellipse className="guide" cx={156} cy={160} rx={26} ry={18} />
      <Arrow x={150} y={142} angle={0} />
      <path className="limb" d="M108 136 L106 182 L106 226 L96 228" />
      <Osc kind="ty" from={4} to={-10} phase={0.25}>
        <Osc kind="rot" from={6} to={-30} at={[132, 136]}>
          <path className="limb accent-stroke" d="M132 136 L146 166" />
          <Osc kind="rot" from={-6} to={30} at={[146, 166]}>
            <path className="limb" d="M146 166 L144 206 L154 208" />
          </Osc>
        </Osc>
      </Osc>
      <rect className="skin" x={102} y={126} width={36} height={16} rx={7} />
      <path className="limb" d="M120 66 L120 128" />
      <path className="limb" d="M96 72 L74 92 L56 110" />
      <path className="limb" d="M144 72 L158 100 L138 128" />
      <path className="limb" d="M96 72 L144 72" />
      <FrontHead cx={120} cy={40} r={18} />
    </g>
  );
}

/**
 * Short lunge seen from the side: hips ease forward and down (front of the back hip opens), then the
 * body rises and the back foot's inner edge lifts.
 */
export function HipFlexorMobe(_: FigureProps) {
  const hipY = 140;
  const dx = 10;
  const dy = 14;
  const scale = Number(((hipY + dy - FLOOR) / (hipY - FLOOR)).toFixed(3));
  const skew = skewFor(-dx, (FLOOR - hipY) * scale);
  return (
    <g>
      <Floor />
      <path className="guide" d="M150 132 Q168 140 170 158" />
      <Arrow x={170} y={158} angle={80} />
      <Osc kind="skx" from={0} to={skew} at={[120, FLOOR]}>
        <Osc kind="sy" from={1} to={scale} at={[120, FLOOR]}>
          <path className="limb" d="M118 140 L160 180 L166 226 L186 228" />
          <path className="limb accent-stroke" d="M118 140 L90 184 L66 222" />
          <Osc kind="rot" from={-28} to={0} at={[66, 222]}>
            <path className="limb" d="M66 222 L50 228" />
          </Osc>
        </Osc>
      </Osc>
      <Osc kind="tx" from={0} to={dx}>
        <Osc kind="ty" from={0} to={dy}>
          <path className="limb" d="M118 140 L120 76" />
          <path className="limb" d="M121 86 L132 114 L120 136" />
          <circle className="skin" cx={118} cy={140} r={9} />
          <SideHead cx={123} cy={56} />
        </Osc>
      </Osc>
    </g>
  );
}

/** Seated figure-four, seen from the side: fold forward from the hips with a long back. */
export function SeatedGluteMobe(_: FigureProps) {
  return (
    <g>
      <Floor />
      <SideChair back={62} front={128} seatY={150} />
      <path className="guide" d="M104 30 A110 110 0 0 1 160 58" />
      <Arrow x={160} y={58} angle={40} />
      <path className="limb" d="M92 142 L150 140 L152 222 L170 226" />
      <path className="limb accent-stroke" d="M92 140 L126 120 L156 132 L168 130" />
      <Osc kind="rot" from={0} to={26} at={[92, 142]}>
        <path className="limb" d="M92 142 L96 78" />
        <path className="limb" d="M97 88 L118 112 L136 124" />
        <SideHead cx={100} cy={58} />
      </Osc>
    </g>
  );
}

/**
 * Hips go back and out to one side with knees bent while the upper body leans the other way, then
 * stand tall; the next rep goes to the other side.
 */
export function SideSitBumOut(_: FigureProps) {
  const dx = 16;
  const dy = 12;
  const legSkew = skewFor(dx, FLOOR - 136);
  const squat = Number(((FLOOR - 136 - dy) / (FLOOR - 136)).toFixed(3));
  return (
    <g>
      <Floor />
      <path className="guide" d="M72 150 L58 150 M168 150 L182 150" />
      <Arrow x={58} y={150} angle={180} />
      <Arrow x={182} y={150} angle={0} />
      <Osc kind="skx" from={legSkew} to={-legSkew} at={[120, FLOOR]} phase={0.75}>
        <Osc kind="sy" from={1} to={squat} at={[120, FLOOR]} freq={2}>
          <path className="limb" d="M108 136 L98 182 L104 226 L94 228" />
          <path className="limb" d="M132 136 L142 182 L136 226 L146 228" />
        </Osc>
      </Osc>
      <Osc kind="tx" from={-dx} to={dx} phase={0.75}>
        <Osc kind="ty" from={0} to={dy} freq={2}>
          <Osc kind="rot" from={14} to={-14} at={[120, 134]} phase={0.75}>
            <path className="limb" d="M120 66 L120 130" />
            <path className="limb" d="M96 72 L144 72" />
            <path className="limb" d="M96 72 L84 104 L102 126" />
            <path className="limb" d="M144 72 L156 104 L138 126" />
            <FrontHead cx={120} cy={40} r={18} />
          </Osc>
          <rect className="skin accent-stroke" x={100} y={126} width={40} height={18} rx={8} />
        </Osc>
      </Osc>
    </g>
  );
}

/** The drawings in this file, by mobe id (loaded together: see registry.ts). */
export const DRAWINGS = {
  'pelvic-circles': PelvicCircles,
  'standing-knee-circles': StandingKneeCircles,
  'hip-flexor-mobe': HipFlexorMobe,
  'seated-glute-mobe': SeatedGluteMobe,
  'side-sit-bum-out': SideSitBumOut,
};
