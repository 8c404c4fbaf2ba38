/** Small geometry helpers for posing figures: where a joint goes, and the skew that follows it. */
export type Point = readonly [number, number];

/** Rounds to a few places so computed values stay readable in the DOM. */
export const round = (n: number, places = 3): number => Number(n.toFixed(places));

/** Where `joint` ends up when rotated `deg` (clockwise on screen) about `pivot`. */
export function rotated(pivot: Point, joint: Point, deg: number): Point {
  const a = (deg * Math.PI) / 180;
  const [dx, dy] = [joint[0] - pivot[0], joint[1] - pivot[1]];
  return [pivot[0] + dx * Math.cos(a) - dy * Math.sin(a), pivot[1] + dx * Math.sin(a) + dy * Math.cos(a)];
}

/** Skew angle (deg) that shifts a point `height` px above the skew's origin sideways by `dx`. */
export function skewFor(dx: number, height: number): number {
  return round((Math.atan(dx / height) * 180) / Math.PI, 2);
}
