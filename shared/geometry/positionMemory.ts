import type { DisplayArea, Point, Rect } from './breakWindow';

/**
 * Where the user put the break window, remembered per display arrangement: the laptop alone, the
 * laptop with the office monitor, the docking station at home... Each arrangement keeps its own
 * spot, so unplugging a monitor neither loses the spot nor leaves the window somewhere unreachable.
 * Pure: displays and times come in, positions come out.
 */
export interface RememberedSpot extends Point {
  /** When it was last used (epoch ms), so the oldest arrangement goes first when the list is full. */
  at: number;
}
export interface PositionMemory {
  spots: Record<string, RememberedSpot>;
}

export const EMPTY_MEMORY: PositionMemory = Object.freeze({ spots: {} }) as PositionMemory;
/** Arrangements kept; a person meets a handful, so more would only be forgotten ones. */
export const MAX_ARRANGEMENTS = 12;
/** The part of the window the user drags it by must stay this visible, DIP. */
const GRIP = 40;

/**
 * A key for the arrangement: every display's bounds and scale, in a fixed order. Display ids are not
 * used: on some systems they change between sessions for the same monitor.
 */
export function arrangementKey(displays: readonly DisplayArea[]): string {
  return displays
    .map((d) => `${d.bounds.x},${d.bounds.y},${d.bounds.width}x${d.bounds.height}@${d.scaleFactor}`)
    .sort()
    .join('|');
}

/**
 * The window's bounds at the remembered spot for this arrangement, or null for the default place:
 * nothing remembered for it, or the spot is off-screen. A spot partly off-screen (a work area that
 * shrank when a taskbar moved) is nudged inside the display that holds its title bar.
 */
export function rememberedBounds(
  memory: PositionMemory,
  displays: readonly DisplayArea[],
  size: { width: number; height: number },
): Rect | null {
  const spot = memory.spots[arrangementKey(displays)];
  if (!spot) return null;
  const rect = { x: spot.x, y: spot.y, width: size.width, height: size.height };
  if (displays.some((d) => containsRect(d.workArea, rect))) return rect;
  const grip = { x: rect.x, y: rect.y, width: rect.width, height: Math.min(GRIP, rect.height) };
  const holder = displays
    .map((d) => ({ d, area: overlap(d.workArea, grip) }))
    .filter((o) => o.area >= (grip.width * grip.height) / 2)
    .sort((a, b) => b.area - a.area)[0];
  if (!holder) return null;
  const w = holder.d.workArea;
  if (w.width < size.width || w.height < size.height) return null;
  return {
    ...rect,
    x: clamp(rect.x, w.x, w.x + w.width - size.width),
    y: clamp(rect.y, w.y, w.y + w.height - size.height),
  };
}

/** Remembers `bounds` for this arrangement; the oldest arrangements go once there are too many. */
export function rememberBounds(
  memory: PositionMemory,
  displays: readonly DisplayArea[],
  bounds: Rect,
  now: number,
): PositionMemory {
  const spots = {
    ...memory.spots,
    [arrangementKey(displays)]: { x: Math.round(bounds.x), y: Math.round(bounds.y), at: now },
  };
  const keys = Object.keys(spots).sort((a, b) => spots[b].at - spots[a].at);
  return { spots: Object.fromEntries(keys.slice(0, MAX_ARRANGEMENTS).map((k) => [k, spots[k]])) };
}

/**
 * Reads stored memory, keeping every good entry: anything else (not an object, a spot without
 * finite numbers) is dropped and named in `problems`. Never throws.
 */
export function parsePositionMemory(raw: unknown): { memory: PositionMemory; problems: string[] } {
  const problems: string[] = [];
  const spotsIn = isObject(raw) && isObject(raw.spots) ? raw.spots : null;
  if (!spotsIn) {
    if (raw !== undefined) problems.push('window positions: not an object with "spots"; starting afresh');
    return { memory: { spots: {} }, problems };
  }
  const spots: Record<string, RememberedSpot> = {};
  for (const [key, v] of Object.entries(spotsIn)) {
    const ok =
      isObject(v) &&
      [v.x, v.y, v.at].every((n) => typeof n === 'number' && Number.isFinite(n)) &&
      key.length < 2000;
    if (ok) spots[key] = { x: v.x as number, y: v.y as number, at: v.at as number };
    else
      problems.push(
        `window positions: the spot for ${JSON.stringify(key.slice(0, 60))} is not a position; dropped`,
      );
  }
  return { memory: { spots }, problems };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function containsRect(outer: Rect, r: Rect): boolean {
  return (
    r.x >= outer.x &&
    r.y >= outer.y &&
    r.x + r.width <= outer.x + outer.width &&
    r.y + r.height <= outer.y + outer.height
  );
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}
