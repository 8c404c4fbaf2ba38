import { Arrow, Mirror, Osc, type FigureProps } from './Osc';
import { Floor, FrontHead, FrontTorso } from './parts';

/** Wrist and forearm mobes: hands and forearms drawn large, moving about the wrist or elbow. */

/** A relaxed hand pointing up from the wrist at (x, y): a mitten with a thumb. */
function UprightHand({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <path
        className="skin accent-stroke"
        d={`M${x - 13} ${y} L${x - 15} ${y - 34} Q${x - 15} ${y - 50} ${x} ${y - 50} Q${x + 15} ${y - 50} ${x + 15} ${y - 34} L${x + 13} ${y} Z`}
      />
      <path className="line" d={`M${x + 14} ${y - 10} Q${x + 26} ${y - 16} ${x + 24} ${y - 28}`} />
    </g>
  );
}

/** Both wrists roll in circles; the left hand's motion is mirrored for the right. */
export function WristCircles({ reversed }: FigureProps) {
  const arm = (
    <g>
      <ellipse className="guide" cx={82} cy={78} rx={24} ry={8} />
      <Arrow x={reversed ? 76 : 88} y={86} angle={reversed ? 180 : 0} />
      <path className="limb" d="M74 232 L82 146" />
      <Osc kind="rot" from={-22} to={22} at={[82, 146]}>
        <Osc kind="sy" from={1} to={0.74} at={[82, 146]} phase={reversed ? 0.75 : 0.25}>
          <UprightHand x={82} y={146} />
        </Osc>
      </Osc>
    </g>
  );
  return (
    <g>
      {arm}
      <Mirror>{arm}</Mirror>
    </g>
  );
}

/** Arm out straight, seen from the side: wrist back (palm up, fingers eased back), then curled down. */
export function ForearmMobe(_: FigureProps) {
  const hand = (
    <g>
      <path className="skin accent-stroke" d="M150 96 L186 95 Q200 95 200 104 Q200 113 186 113 L150 112 Z" />
      {/* Palm side marker: on top while the palm faces up, underneath once it turns down. */}
      <Osc kind="op" from={1} to={0} phase={0.75}>
        <path className="palm" d="M160 96 L188 96" />
        {/* The other hand easing the fingers back. */}
        <path className="helper" d="M194 84 Q210 88 206 104 Q204 116 194 118" />
      </Osc>
      <Osc kind="op" from={0} to={1} phase={0.75}>
        <path className="palm" d="M160 112 L188 112" />
      </Osc>
    </g>
  );
  return (
    <g>
      <path className="guide" d="M214 70 A62 62 0 0 1 214 138" />
      <Arrow x={214} y={70} angle={-100} />
      <Arrow x={214} y={138} angle={100} />
      <path className="body" d="M22 236 L26 92 Q30 78 48 76 L60 76 Q72 80 74 96 L76 236 Z" />
      <circle className="skin" cx={50} cy={50} r={19} />
      <circle className="dot" cx={58} cy={46} r={2.6} />
      <path className="limb" d="M54 92 L150 104" />
      <Osc kind="rot" from={-38} to={38} at={[150, 104]} phase={0.75}>
        {hand}
      </Osc>
    </g>
  );
}

/** Standing behind the desk, hands flat on it: the body sways over one hand, then the other. */
export function DeskWristRocks(_: FigureProps) {
  const armL = (
    <Osc kind="rot" from={-9.5} to={9.5} at={[90, 166]} phase={0.75}>
      <path className="limb accent-stroke" d="M96 96 L90 164" />
    </Osc>
  );
  const armR = (
    <Osc kind="rot" from={-9.5} to={9.5} at={[150, 166]} phase={0.75}>
      <path className="limb accent-stroke" d="M144 96 L150 164" />
    </Osc>
  );
  return (
    <g>
      <path className="guide" d="M84 30 L156 30" />
      <Arrow x={84} y={30} angle={180} />
      <Arrow x={156} y={30} angle={0} />
      <Osc kind="tx" from={-12} to={12} phase={0.75}>
        <path className="body" d="M98 166 L96 102 Q98 88 112 86 L128 86 Q142 88 144 102 L142 166 Z" />
        <FrontHead cx={120} cy={60} r={20} />
      </Osc>
      {armL}
      {armR}
      <rect className="desk" x={30} y={168} width={180} height={12} rx={3} />
      <path className="prop" d="M44 180 L44 232 M196 180 L196 232" />
      <ellipse className="skin" cx={88} cy={166} rx={13} ry={5} />
      <ellipse className="skin" cx={152} cy={166} rx={13} ry={5} />
    </g>
  );
}

/**
 * Elbows bent at the sides, forearms pointing at the viewer: each hand is seen end-on as a paddle
 * turning about the forearm, thumb out (palm up) to thumb in (palm down).
 */
export function ForearmRotations(_: FigureProps) {
  const side = (
    <g>
      <path className="guide" d="M40 194 A32 32 0 0 1 104 194" />
      <Arrow x={40} y={194} angle={95} />
      <Arrow x={104} y={194} angle={85} />
      <path className="limb" d="M86 108 L74 178" />
      <circle className="skin" cx={72} cy={194} r={12} />
      <Osc kind="rot" from={-90} to={90} at={[72, 194]}>
        <rect className="skin accent-stroke" x={64} y={174} width={16} height={40} rx={8} />
        <circle className="skin accent-stroke" cx={72} cy={167} r={6} />
      </Osc>
    </g>
  );
  return (
    <g>
      <FrontTorso />
      <FrontHead cx={120} cy={62} r={24} />
      {side}
      <Mirror>{side}</Mirror>
    </g>
  );
}

/**
 * Seated on the front of the chair, seen from the front, palms on the seat beside the hips: the body
 * sways over one straight arm, then the other (the arms pivot at the hands, which stay put).
 */
export function SeatedWristRocks(_: FigureProps) {
  const arm = (x: number, hand: number) => (
    <Osc kind="rot" from={-10} to={10} at={[hand, 174]} phase={0.75}>
      <path className="limb accent-stroke" d={`M${x} 96 L${hand} 172`} />
    </Osc>
  );
  return (
    <g>
      <Floor />
      <path className="guide" d="M84 22 L156 22" />
      <Arrow x={84} y={22} angle={180} />
      <Arrow x={156} y={22} angle={0} />
      <rect className="desk" x={40} y={176} width={160} height={10} rx={3} />
      <path className="prop" d="M52 186 L52 229 M188 186 L188 229" />
      <path className="limb" d="M108 178 L104 196 L104 226 L94 228" />
      <path className="limb" d="M132 178 L136 196 L136 226 L146 228" />
      <Osc kind="tx" from={-12} to={12} phase={0.75}>
        <path className="body" d="M98 178 L96 100 Q98 86 112 84 L128 84 Q142 86 144 100 L142 178 Z" />
        <FrontHead cx={120} cy={58} r={20} />
      </Osc>
      {arm(98, 70)}
      {arm(142, 170)}
      <ellipse className="skin" cx={68} cy={174} rx={13} ry={5} />
      <ellipse className="skin" cx={172} cy={174} rx={13} ry={5} />
    </g>
  );
}

/**
 * Side view of a forearm resting on the desk, hand past the edge: the hand lifts up from the wrist,
 * then bends down, while the forearm stays where it is.
 */
export function WristWaves(_: FigureProps) {
  return (
    <g>
      <path className="guide" d="M192 81 A62 62 0 0 1 188 168" />
      <Arrow x={192} y={81} angle={-132} />
      <Arrow x={188} y={168} angle={138} />
      <path className="body" d="M14 236 L18 84 Q22 70 40 68 L50 68 Q62 72 64 88 L66 236 Z" />
      <circle className="skin" cx={42} cy={42} r={19} />
      <circle className="dot" cx={50} cy={38} r={2.6} />
      <rect className="desk" x={40} y={130} width={106} height={12} rx={3} />
      <path className="prop" d="M52 142 L52 232" />
      <path className="limb" d="M44 84 L48 122 L146 122" />
      <Osc kind="rot" from={-42} to={48} at={[146, 122]}>
        <path
          className="skin accent-stroke"
          d="M146 114 L184 113 Q198 113 198 122 Q198 131 184 131 L146 130 Z"
        />
        <path className="palm" d="M154 131 L184 131" />
      </Osc>
      <circle className="skin" cx={146} cy={122} r={7} />
    </g>
  );
}

/** The drawings in this file, by mobe id (loaded together: see registry.ts). */
export const DRAWINGS = {
  'wrist-circles': WristCircles,
  'forearm-mobe': ForearmMobe,
  'desk-wrist-rocks': DeskWristRocks,
  'forearm-rotations': ForearmRotations,
  'seated-wrist-rocks': SeatedWristRocks,
  'wrist-waves': WristWaves,
};
