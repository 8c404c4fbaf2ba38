import { SeenFromAbove } from './Caption';
import { Arrow, Mirror, Osc, type FigureProps } from './Osc';
import { Floor, FrontHead, FrontTorso, SideChair, SideHead } from './parts';

/** Spine and shoulder mobes. */

/**
 * Twist seen from above: the hips stay square (fixed outline) while the shoulders and head turn
 * about the spine; a top view is the one angle where a twist is unmistakable.
 */
export function SpinalTwist(_: FigureProps) {
  return (
    <g>
      <SeenFromAbove y={28} />
      <path className="guide" d="M60 86 A66 66 0 0 1 180 86" />
      <Arrow x={60} y={86} angle={120} />
      <Arrow x={180} y={86} angle={60} />
      <ellipse className="body" cx={120} cy={150} rx={52} ry={24} />
      <Osc kind="rot" from={-40} to={40} at={[120, 132]} phase={0.75}>
        <path className="bar accent-stroke" d="M66 132 L174 132" />
        <circle className="skin" cx={120} cy={132} r={22} />
        <path className="skin" d="M112 152 L120 164 L128 152 Z" />
      </Osc>
    </g>
  );
}

/** Seated on the front of the chair, side view: arch (chest up) then round (chin tucked). */
export function SeatedArchRound(_: FigureProps) {
  return (
    <g>
      <Floor />
      <SideChair back={70} front={140} seatY={158} />
      <path className="limb" d="M108 150 L160 148 L164 224 L182 228" />
      <Osc kind="rot" from={8} to={-8} at={[108, 152]}>
        <path className="limb accent-stroke" d="M108 152 L106 118" />
        <Osc kind="rot" from={-10} to={22} at={[106, 118]}>
          <path className="limb accent-stroke" d="M106 118 L110 82" />
          <path className="limb" d="M110 88 L126 118 L146 140" />
          <Osc kind="rot" from={-12} to={26} at={[110, 82]}>
            <path className="limb" d="M110 82 L112 74" />
            <SideHead cx={114} cy={58} />
          </Osc>
        </Osc>
      </Osc>
      <circle className="skin" cx={108} cy={150} r={8} />
    </g>
  );
}

function FrontArm({ upper, fore }: { upper: [number, number]; fore: [number, number] }) {
  return (
    <Osc kind="rot" from={upper[0]} to={upper[1]} at={[94, 106]}>
      <path className="limb accent-stroke" d="M94 106 L86 154" />
      <Osc kind="rot" from={fore[0]} to={fore[1]} at={[86, 154]}>
        <path className="limb" d="M86 154 L84 196" />
        <circle className="skin" cx={84} cy={200} r={7} />
      </Osc>
    </Osc>
  );
}

/** Arms wide and chest up, then folded across into a hug with the head dropping a little. */
export function ChestOpenClose(_: FigureProps) {
  const arm = <FrontArm upper={[92, -34]} fore={[8, -104]} />;
  return (
    <g>
      <path className="guide" d="M40 120 A80 80 0 0 0 96 190" />
      <path className="guide" d="M200 120 A80 80 0 0 1 144 190" />
      <FrontTorso />
      <Osc kind="ty" from={-3} to={5}>
        <FrontHead cx={120} cy={64} r={24} />
      </Osc>
      <Mirror>{arm}</Mirror>
      {arm}
    </g>
  );
}

/** Side view: both arms swing in big circles about the shoulder. */
export function WideArmCircles({ reversed }: FigureProps) {
  return (
    <g>
      <Floor />
      <circle className="guide" cx={118} cy={74} r={72} />
      <Arrow x={118} y={2} angle={reversed ? 180 : 0} />
      <path className="limb" d="M116 140 L114 226 L132 228" />
      <path className="limb" d="M118 62 L116 142" />
      <SideHead cx={120} cy={42} />
      <Osc kind="spin" from={0} to={reversed ? -360 : 360} at={[118, 74]}>
        <path className="limb accent-stroke" d="M118 74 L118 140" />
        <circle className="skin" cx={118} cy={144} r={7} />
      </Osc>
    </g>
  );
}

/** Fists on hips with elbows drawn in, then elbows tucked and forearms swung out wide. */
export function RotatorCuffMobe(_: FigureProps) {
  const arm = <FrontArm upper={[-14, 2]} fore={[-30, 88]} />;
  return (
    <g>
      <path className="guide" d="M50 160 A36 36 0 0 1 86 196" />
      <path className="guide" d="M190 160 A36 36 0 0 0 154 196" />
      <FrontTorso />
      <FrontHead cx={120} cy={64} r={24} />
      {arm}
      <Mirror>{arm}</Mirror>
    </g>
  );
}

/** Seated, one foot lifted: the foot rolls about the ankle (tilt plus foreshortening = a circle). */
export function FootCircles({ reversed }: FigureProps) {
  return (
    <g>
      <Floor />
      <SideChair back={52} front={116} seatY={128} />
      <path className="limb" d="M80 120 L84 58" />
      <SideHead cx={88} cy={38} />
      <path className="limb" d="M86 70 L104 98 L128 112" />
      <path className="limb" d="M80 120 L150 118 L164 194" />
      <ellipse className="guide" cx={196} cy={196} rx={14} ry={24} />
      <Arrow x={196} y={172} angle={reversed ? 180 : 0} />
      <Osc kind="rot" from={-22} to={22} at={[164, 196]}>
        <Osc kind="sx" from={1} to={0.55} at={[164, 196]} phase={reversed ? 0.75 : 0.25}>
          <path className="limb accent-stroke" d="M158 200 L164 196 L192 198" />
        </Osc>
      </Osc>
    </g>
  );
}

/** The drawings in this file, by mobe id (loaded together: see registry.ts). */
export const DRAWINGS = {
  'spinal-twist': SpinalTwist,
  'seated-arch-round': SeatedArchRound,
  'chest-open-close': ChestOpenClose,
  'wide-arm-circles': WideArmCircles,
  'rotator-cuff-mobe': RotatorCuffMobe,
  'foot-circles': FootCircles,
};
