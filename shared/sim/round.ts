/** x rounded to `digits` decimals, for figures people read. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
