import { forwardRef, type ReactNode } from 'react';

export const RING_RADIUS = 52;
export const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

/**
 * The time ring around the rep counter. Its progress arc is written directly by the clock loop
 * (stroke-dashoffset through the forwarded ref), so the ring moves smoothly without React renders.
 */
export const TimeRing = forwardRef<SVGCircleElement, { children?: ReactNode }>(function TimeRing(
  { children },
  ref,
) {
  return (
    <div className="ring">
      <svg viewBox="0 0 120 120" aria-hidden="true">
        <circle className="ring-track" cx={60} cy={60} r={RING_RADIUS} />
        <circle
          ref={ref}
          className="ring-progress"
          cx={60}
          cy={60}
          r={RING_RADIUS}
          strokeDasharray={RING_LENGTH}
          strokeDashoffset={RING_LENGTH}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <div className="ring-inner">{children}</div>
    </div>
  );
});
