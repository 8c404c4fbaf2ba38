import { Arrow, Osc, type FigureProps } from './Osc';
import { rotated, round, skewFor, type Point } from './joints';
import { Floor, FrontHead } from './parts';

/**
 * Seated hip mobes, seen from the front on a chair. The thighs point at the viewer, so they are
 * short from hip to knee; a thigh whose knee moves follows it by a skew and a vertical scale about
 * its hip (see `thighTo`), so the hip stays attached while the knee travels.
 */
const SEAT_Y = 168;
const HIP_L: Point = [108, 160];
const HIP_R: Point = [132, 160];

/** Skew (deg) and vertical scale about `hip` that carry a thigh's rest knee `k0` to `k`. */
function thighTo(hip: Point, k0: Point, k: Point): { skew: number; scale: number } {
  return { skew: skewFor(k[0] - k0[0], k[1] - hip[1]), scale: round((k[1] - hip[1]) / (k0[1] - hip[1])) };
}

function Seat() {
  return (
    <g>
      <rect className="desk" x={60} y={SEAT_Y} width={120} height={10} rx={3} />
      <path className="prop" d="M70 178 L70 229 M170 178 L170 229" />
    </g>
  );
}

/** Head, shoulders and spine above a pelvis at y 146-164; arms given by the figure. */
function UpperBody({ arms }: { arms: string }) {
  return (
    <g>
      <path className="limb" d="M120 80 L120 146" />
      <path className="limb" d="M96 84 L144 84" />
      <path className="limb" d={arms} />
      <FrontHead cx={120} cy={52} r={18} />
    </g>
  );
}

function Pelvis() {
  return <rect className="skin accent-stroke" x={100} y={146} width={40} height={18} rx={8} />;
}

/** Knees sit a little wider than the hips, just in front of the seat's edge. */
const KNEE_Y = 184;
const KNEE_L: Point = [98, KNEE_Y];
const KNEE_R: Point = [142, KNEE_Y];

/** A shin from the knee straight down to a foot on the floor, toes turned by `toe`. */
function Shin({ knee, toe }: { knee: Point; toe: number }) {
  return <path className="limb" d={`M${knee[0]} ${knee[1]} L${knee[0]} 226 l${toe} 2`} />;
}

function Knee({ at, accent = false }: { at: Point; accent?: boolean }) {
  return <circle className={accent ? 'skin accent-stroke' : 'skin'} cx={at[0]} cy={at[1]} r={7} />;
}

/** Sitting forward on the chair, the pelvis rolls round over the sit bones; head and shoulders stay. */
export function SeatedPelvicCircles({ reversed }: FigureProps) {
  const dx = 10;
  const thighSkew = skewFor(dx, KNEE_Y - HIP_L[1]);
  const torsoSkew = skewFor(dx, 146 - 80);
  const thighs = (
    <g>
      <path className="limb" d={`M${HIP_L[0]} ${HIP_L[1]} L${KNEE_L[0]} ${KNEE_Y}`} />
      <path className="limb" d={`M${HIP_R[0]} ${HIP_R[1]} L${KNEE_R[0]} ${KNEE_Y}`} />
    </g>
  );
  return (
    <g>
      <Floor />
      <Seat />
      <ellipse className="guide" cx={120} cy={155} rx={42} ry={11} />
      <Arrow x={reversed ? 114 : 126} y={166} angle={reversed ? 180 : 0} />
      <Shin knee={[KNEE_L[0], KNEE_Y]} toe={-10} />
      <Shin knee={[KNEE_R[0], KNEE_Y]} toe={10} />
      <Osc kind="skx" from={thighSkew} to={-thighSkew} at={[120, KNEE_Y]}>
        {thighs}
      </Osc>
      <Knee at={[KNEE_L[0], KNEE_Y]} />
      <Knee at={[KNEE_R[0], KNEE_Y]} />
      <Osc kind="skx" from={-torsoSkew} to={torsoSkew} at={[120, 80]}>
        <path className="limb" d="M120 80 L120 146" />
        <path className="limb" d="M96 84 L84 118 L96 160 M144 84 L156 118 L144 160" />
      </Osc>
      <Osc kind="tx" from={-dx} to={dx}>
        <Osc kind="rot" from={-7} to={7} at={[120, 160]} phase={reversed ? 0.75 : 0.25}>
          <Pelvis />
        </Osc>
      </Osc>
      <path className="limb" d="M96 84 L144 84" />
      <FrontHead cx={120} cy={52} r={18} />
    </g>
  );
}

/**
 * Sitting tall, hands on the seat edge: one knee lifts a little and draws a circle (in, up, out,
 * down) while the other foot stays on the floor. The second half mirrors it for the other leg.
 */
export function SeatedKneeCircles(_: FigureProps) {
  const k0: Point = [KNEE_R[0], 178];
  const dx = 12;
  const up = 12;
  const down = 2;
  const side = thighTo(HIP_R, k0, [k0[0] + dx, k0[1]]);
  const lift = thighTo(HIP_R, k0, [k0[0], k0[1] - up]);
  const drop = thighTo(HIP_R, k0, [k0[0], k0[1] + down]);
  return (
    <g>
      <Floor />
      <Seat />
      <ellipse
        className="guide"
        cx={k0[0]}
        cy={k0[1] - (up - down) / 2}
        rx={dx + 10}
        ry={(up + down) / 2 + 10}
      />
      <Arrow x={k0[0] + 4} y={k0[1] - up - 10} angle={0} />
      <path className="limb" d={`M${HIP_L[0]} ${HIP_L[1]} L${KNEE_L[0]} ${KNEE_Y}`} />
      <Shin knee={KNEE_L} toe={-10} />
      <Knee at={KNEE_L} />
      <Osc kind="skx" from={-side.skew} to={side.skew} at={HIP_R}>
        <Osc kind="sy" from={drop.scale} to={lift.scale} at={HIP_R} phase={0.25}>
          <path className="limb accent-stroke" d={`M${HIP_R[0]} ${HIP_R[1]} L${k0[0]} ${k0[1]}`} />
        </Osc>
      </Osc>
      <Osc kind="tx" from={-dx} to={dx}>
        <Osc kind="ty" from={down} to={-up} phase={0.25}>
          <path className="limb" d={`M${k0[0]} ${k0[1]} L${k0[0] + 2} 214 L${k0[0] + 12} 216`} />
          <Knee at={k0} accent />
        </Osc>
      </Osc>
      <Pelvis />
      <UpperBody arms="M96 84 L80 120 L66 166 M144 84 L160 120 L174 166" />
    </g>
  );
}

/**
 * Feet planted wide, both knees tip over to one side and then the other: one hip turns in while
 * the other turns out. The shins pivot on the feet; the thighs follow the knees from the hips.
 */
export function SeatedHipSwitch(_: FigureProps) {
  const feet: readonly [Point, Point] = [
    [68, 226],
    [172, 226],
  ];
  const knees: readonly [Point, Point] = [
    [92, 184],
    [148, 184],
  ];
  const hips = [HIP_L, HIP_R] as const;
  // Clockwise on screen sends both knees to the right; the outer-going knee turns less.
  const turn: readonly [[number, number], [number, number]] = [
    [-18, 24],
    [-24, 18],
  ];
  const legs = [0, 1].map((i) => {
    const [l, r] = turn[i];
    const toLeft = thighTo(hips[i], knees[i], rotated(feet[i], knees[i], l));
    const toRight = thighTo(hips[i], knees[i], rotated(feet[i], knees[i], r));
    const toe = i === 0 ? -10 : 10;
    return (
      <g key={i}>
        <Osc kind="skx" from={toLeft.skew} to={toRight.skew} at={hips[i]} phase={0.75}>
          <Osc kind="sy" from={toLeft.scale} to={toRight.scale} at={hips[i]} phase={0.75}>
            <path
              className="limb accent-stroke"
              d={`M${hips[i][0]} ${hips[i][1]} L${knees[i][0]} ${knees[i][1]}`}
            />
          </Osc>
        </Osc>
        <Osc kind="rot" from={l} to={r} at={feet[i]} phase={0.75}>
          <path className="limb" d={`M${knees[i][0]} ${knees[i][1]} L${feet[i][0]} ${feet[i][1]}`} />
          <Knee at={knees[i]} />
        </Osc>
        <path className="limb" d={`M${feet[i][0]} ${feet[i][1]} l${toe} 2`} />
      </g>
    );
  });
  return (
    <g>
      <Floor />
      <Seat />
      <path className="guide" d="M78 206 Q120 222 162 206" />
      <Arrow x={78} y={206} angle={160} />
      <Arrow x={162} y={206} angle={20} />
      {legs}
      <Pelvis />
      <UpperBody arms="M96 84 L82 118 L96 148 M144 84 L158 118 L144 148" />
    </g>
  );
}

/** The drawings in this file, by mobe id (loaded together: see registry.ts). */
export const DRAWINGS = {
  'seated-pelvic-circles': SeatedPelvicCircles,
  'seated-knee-circles': SeatedKneeCircles,
  'seated-hip-switch': SeatedHipSwitch,
};
