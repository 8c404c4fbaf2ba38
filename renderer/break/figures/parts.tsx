/** Body parts shared by several figures. Coordinates are in a 240 x 240 view box. */

export function FrontFace({ cx, cy }: { cx: number; cy: number }) {
  return (
    <g className="face">
      <circle className="dot" cx={cx - 11} cy={cy - 4} r={3.5} />
      <circle className="dot" cx={cx + 11} cy={cy - 4} r={3.5} />
      <path className="line" d={`M${cx} ${cy} L${cx - 4} ${cy + 13} L${cx + 1} ${cy + 14}`} />
      <path className="line" d={`M${cx - 9} ${cy + 24} Q${cx} ${cy + 29} ${cx + 9} ${cy + 24}`} />
    </g>
  );
}

/** Head seen from the side, facing right. */
export function SideHead({ cx, cy, r = 17 }: { cx: number; cy: number; r?: number }) {
  return (
    <g>
      <circle className="skin" cx={cx} cy={cy} r={r} />
      <circle className="dot" cx={cx + r * 0.5} cy={cy - r * 0.2} r={2.6} />
      <path className="line" d={`M${cx + r - 1} ${cy} l5 5 l-5 1`} />
    </g>
  );
}

/** Head seen from the front, with a simple face. */
export function FrontHead({ cx, cy, r = 19 }: { cx: number; cy: number; r?: number }) {
  return (
    <g>
      <circle className="skin" cx={cx} cy={cy} r={r} />
      <circle className="dot" cx={cx - r * 0.36} cy={cy - r * 0.12} r={2.4} />
      <circle className="dot" cx={cx + r * 0.36} cy={cy - r * 0.12} r={2.4} />
      <path
        className="line thin"
        d={`M${cx - r * 0.3} ${cy + r * 0.42} Q${cx} ${cy + r * 0.6} ${cx + r * 0.3} ${cy + r * 0.42}`}
      />
    </g>
  );
}

/** Upper body from the front (shoulders at y 98-106), without arms or head. */
export function FrontTorso() {
  return <path className="body" d="M80 236 L83 114 Q86 100 102 98 L138 98 Q154 100 157 114 L160 236 Z" />;
}

export function Floor({ y = 229 }: { y?: number }) {
  return <path className="prop" d={`M18 ${y} L222 ${y}`} />;
}

/** A chair seen from the side; the seat top is at `seatY`, the front edge at `front`. */
export function SideChair({ back, front, seatY }: { back: number; front: number; seatY: number }) {
  return (
    <g className="prop">
      <path d={`M${back} ${seatY} L${front} ${seatY}`} />
      <path d={`M${back + 6} ${seatY} L${back + 6} 229`} />
      <path d={`M${front - 6} ${seatY} L${front - 6} 229`} />
      <path d={`M${back} ${seatY} L${back - 4} ${seatY - 62}`} />
    </g>
  );
}
