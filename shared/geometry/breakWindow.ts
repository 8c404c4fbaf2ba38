/**
 * Where the break window goes: near the tray, in the corner of the work area the taskbar (or menu bar)
 * sits against, and always fully inside that work area. Pure: the host passes the displays it got from
 * Electron's `screen` module. Every coordinate is in DIP (device-independent pixels), which is what
 * Electron reports for bounds and work areas on scaled displays, so no scale arithmetic is needed here:
 * https://www.electronjs.org/docs/latest/api/structures/display
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface DisplayArea {
  id: number;
  /** The whole display, DIP. */
  bounds: Rect;
  /** The display minus taskbars, docks and menu bars, DIP. */
  workArea: Rect;
  /** Device pixels per DIP (1, 1.25, 2...). Kept for diagnostics; placement works in DIP. */
  scaleFactor: number;
}

export type ShellPlatform = 'linux' | 'darwin' | 'win32';
export type TaskbarEdge = 'top' | 'bottom' | 'left' | 'right';

export interface BreakWindowPlacementInput {
  displays: readonly DisplayArea[];
  /** Id of the primary display (Electron's screen.getPrimaryDisplay().id). */
  primaryId: number;
  /** Tray icon bounds; an empty or zero rect means unknown (Linux AppIndicator reports none). */
  trayBounds?: Rect | null;
  /** Mouse position, used to pick a display when the tray position is unknown. */
  cursor?: Point | null;
  platform: ShellPlatform;
  size: { width: number; height: number };
  /** Gap kept between the window and the work-area edges, DIP. */
  margin?: number;
}

export const DEFAULT_MARGIN = 12;

/** Computes the break window's bounds; the result always lies inside the chosen work area. */
export function placeBreakWindow(input: BreakWindowPlacementInput): Rect {
  if (input.displays.length === 0) throw new RangeError('placeBreakWindow needs at least one display');
  const margin = Math.max(0, input.margin ?? DEFAULT_MARGIN);
  const tray = knownRect(input.trayBounds);
  const display = chooseDisplay(input, tray);
  const area = display.workArea;

  // A window bigger than the work area shrinks to fit rather than spilling off screen.
  const width = Math.round(Math.min(input.size.width, Math.max(1, area.width - 2 * margin)));
  const height = Math.round(Math.min(input.size.height, Math.max(1, area.height - 2 * margin)));

  const edge =
    taskbarEdge(display) ?? (tray ? nearestEdge(display.bounds, centre(tray)) : defaultEdge(input.platform));
  const left = area.x + margin;
  const right = area.x + area.width - margin - width;
  const top = area.y + margin;
  const bottom = area.y + area.height - margin - height;

  let x: number;
  let y: number;
  if (edge === 'top' || edge === 'bottom') {
    y = edge === 'top' ? top : bottom;
    // Centre under (or over) the tray icon when we know where it is; else the right-hand corner.
    x = tray ? centre(tray).x - width / 2 : right;
  } else {
    x = edge === 'left' ? left : right;
    y = tray ? centre(tray).y - height / 2 : bottom;
  }
  return {
    x: Math.round(clamp(x, left, Math.max(left, right))),
    y: Math.round(clamp(y, top, Math.max(top, bottom))),
    width,
    height,
  };
}

/**
 * Which edge the taskbar occupies, read from how the work area is inset from the display bounds
 * (the largest inset wins). Undefined when nothing is reserved (auto-hide taskbar, some Linux desktops).
 */
export function taskbarEdge(display: Pick<DisplayArea, 'bounds' | 'workArea'>): TaskbarEdge | undefined {
  const { bounds: b, workArea: w } = display;
  const insets: [TaskbarEdge, number][] = [
    ['top', w.y - b.y],
    ['bottom', b.y + b.height - (w.y + w.height)],
    ['left', w.x - b.x],
    ['right', b.x + b.width - (w.x + w.width)],
  ];
  const [edge, size] = insets.reduce((best, next) => (next[1] > best[1] ? next : best));
  return size > 0 ? edge : undefined;
}

/** The display holding the tray icon; else the one under the cursor; else the primary one. */
function chooseDisplay(input: BreakWindowPlacementInput, tray: Rect | null): DisplayArea {
  const anchor = tray ? centre(tray) : (input.cursor ?? null);
  if (anchor) {
    const containing = input.displays.find((d) => contains(d.bounds, anchor));
    if (containing) return containing;
    // A tray rect just outside every display (rounding on mixed-DPI setups): take the nearest one.
    if (tray) return nearestDisplay(input.displays, anchor);
  }
  return input.displays.find((d) => d.id === input.primaryId) ?? input.displays[0];
}

function nearestDisplay(displays: readonly DisplayArea[], p: Point): DisplayArea {
  const distance = (r: Rect) => {
    const dx = Math.max(r.x - p.x, 0, p.x - (r.x + r.width));
    const dy = Math.max(r.y - p.y, 0, p.y - (r.y + r.height));
    return dx * dx + dy * dy;
  };
  return displays.reduce((best, d) => (distance(d.bounds) < distance(best.bounds) ? d : best));
}

function nearestEdge(bounds: Rect, p: Point): TaskbarEdge {
  const distances: [TaskbarEdge, number][] = [
    ['top', p.y - bounds.y],
    ['bottom', bounds.y + bounds.height - p.y],
    ['left', p.x - bounds.x],
    ['right', bounds.x + bounds.width - p.x],
  ];
  return distances.reduce((best, next) => (next[1] < best[1] ? next : best))[0];
}

/**
 * With no reserved edge and no tray position: macOS and GNOME show status items top right, Windows
 * puts its notification area bottom right.
 */
function defaultEdge(platform: ShellPlatform): TaskbarEdge {
  return platform === 'darwin' || platform === 'linux' ? 'top' : 'bottom';
}

function knownRect(r: Rect | null | undefined): Rect | null {
  return r && r.width > 0 && r.height > 0 ? r : null;
}

function centre(r: Rect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

function contains(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x < r.x + r.width && p.y >= r.y && p.y < r.y + r.height;
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}
