import { describe, expect, it } from 'vitest';
import {
  placeBreakWindow,
  taskbarEdge,
  type BreakWindowPlacementInput,
  type DisplayArea,
  type Rect,
} from '../../shared/geometry/breakWindow';

const SIZE = { width: 380, height: 520 };
const M = 12;

const display = (id: number, bounds: Rect, workArea: Rect, scaleFactor = 1): DisplayArea => ({
  id,
  bounds,
  workArea,
  scaleFactor,
});

/** 1920x1080 with a 40 px taskbar on the given edge. */
function fullHd(edge: 'top' | 'bottom' | 'left' | 'right' | 'none', id = 1, originX = 0): DisplayArea {
  const b = { x: originX, y: 0, width: 1920, height: 1080 };
  const w = { ...b };
  if (edge === 'top') Object.assign(w, { y: 40, height: 1040 });
  if (edge === 'bottom') Object.assign(w, { height: 1040 });
  if (edge === 'left') Object.assign(w, { x: originX + 40, width: 1880 });
  if (edge === 'right') Object.assign(w, { width: 1880 });
  return display(id, b, w);
}

const input = (over: Partial<BreakWindowPlacementInput>): BreakWindowPlacementInput => ({
  displays: [fullHd('bottom')],
  primaryId: 1,
  platform: 'win32',
  size: SIZE,
  ...over,
});

function expectInside(r: Rect, area: Rect, margin = M) {
  expect(r.x).toBeGreaterThanOrEqual(area.x + margin);
  expect(r.y).toBeGreaterThanOrEqual(area.y + margin);
  expect(r.x + r.width).toBeLessThanOrEqual(area.x + area.width - margin);
  expect(r.y + r.height).toBeLessThanOrEqual(area.y + area.height - margin);
}

describe('taskbarEdge', () => {
  it.each(['top', 'bottom', 'left', 'right'] as const)('reads a %s taskbar from the work area', (edge) => {
    expect(taskbarEdge(fullHd(edge))).toBe(edge);
  });
  it('is undefined when the work area is the whole display', () => {
    expect(taskbarEdge(fullHd('none'))).toBeUndefined();
  });
});

describe('placeBreakWindow', () => {
  it('Windows, bottom taskbar, tray near the clock: bottom-right, centred on the tray, clamped', () => {
    const tray = { x: 1800, y: 1048, width: 24, height: 24 };
    const r = placeBreakWindow(input({ trayBounds: tray }));
    expect(r).toEqual({ x: 1920 - M - 380, y: 1040 - M - 520, width: 380, height: 520 });
  });

  it('bottom taskbar with the tray in the middle: window centred above the icon', () => {
    const tray = { x: 900, y: 1048, width: 24, height: 24 };
    const r = placeBreakWindow(input({ trayBounds: tray }));
    expect(r.x + r.width / 2).toBe(912);
    expect(r.y).toBe(1040 - M - 520);
  });

  it('macOS menu bar at the top: top of the work area, under the status item', () => {
    const mac = display(
      1,
      { x: 0, y: 0, width: 1440, height: 900 },
      { x: 0, y: 25, width: 1440, height: 875 },
      2,
    );
    const tray = { x: 1200, y: 0, width: 22, height: 24 };
    const r = placeBreakWindow(input({ displays: [mac], platform: 'darwin', trayBounds: tray }));
    expect(r.y).toBe(25 + M);
    expect(r.x + r.width / 2).toBe(1211);
    expectInside(r, mac.workArea);
  });

  it('left taskbar: left edge of the work area, vertically near the tray', () => {
    const tray = { x: 8, y: 1000, width: 24, height: 24 };
    const d = fullHd('left');
    const r = placeBreakWindow(input({ displays: [d], trayBounds: tray }));
    expect(r.x).toBe(40 + M);
    expect(r.y).toBe(1080 - M - 520); // clamped: centring on y=1012 would spill below
    expectInside(r, d.workArea);
  });

  it('right taskbar without tray bounds: bottom-right corner next to the taskbar', () => {
    const d = fullHd('right');
    const r = placeBreakWindow(input({ displays: [d] }));
    expect(r).toEqual({ x: 1880 - M - 380, y: 1080 - M - 520, width: 380, height: 520 });
  });

  it('top taskbar without tray bounds: top-right corner', () => {
    const r = placeBreakWindow(input({ displays: [fullHd('top')] }));
    expect(r).toEqual({ x: 1920 - M - 380, y: 40 + M, width: 380, height: 520 });
  });

  it('Linux AppIndicator (zero tray bounds, nothing reserved): top-right of the cursor display', () => {
    const left = fullHd('none', 1, 0);
    const right = fullHd('none', 2, 1920);
    const r = placeBreakWindow(
      input({
        displays: [left, right],
        platform: 'linux',
        trayBounds: { x: 0, y: 0, width: 0, height: 0 },
        cursor: { x: 2500, y: 300 },
      }),
    );
    expect(r).toEqual({ x: 1920 + 1920 - M - 380, y: M, width: 380, height: 520 });
  });

  it('auto-hidden Windows taskbar: the tray position tells the edge', () => {
    const d = fullHd('none');
    const r = placeBreakWindow(
      input({ displays: [d], trayBounds: { x: 1850, y: 1050, width: 24, height: 24 } }),
    );
    expect(r.y).toBe(1080 - M - 520);
    expect(r.x).toBe(1920 - M - 380);
  });

  it('several displays: picks the display holding the tray, not the primary', () => {
    const primary = fullHd('bottom', 1, 0);
    const second = display(
      2,
      { x: 1920, y: -200, width: 2560, height: 1440 },
      { x: 1920, y: -200, width: 2560, height: 1400 },
    );
    const tray = { x: 4300, y: 1208, width: 24, height: 24 };
    const r = placeBreakWindow(input({ displays: [primary, second], trayBounds: tray }));
    expectInside(r, second.workArea);
    expect(r.y).toBe(-200 + 1400 - M - 520);
  });

  it('several displays, tray unknown and no cursor: uses the primary display', () => {
    const other = fullHd('bottom', 1, 0);
    const primary = fullHd('bottom', 7, 1920);
    const r = placeBreakWindow(input({ displays: [other, primary], primaryId: 7 }));
    expectInside(r, primary.workArea);
  });

  it('scaled secondary display (DIP coordinates stay DIP)', () => {
    const primary = fullHd('bottom', 1, 0);
    // A 3840x2160 panel at 200 % is 1920x1080 DIP; Electron reports it that way.
    const hiDpi = display(
      2,
      { x: -1920, y: 0, width: 1920, height: 1080 },
      { x: -1920, y: 0, width: 1920, height: 1032 },
      2,
    );
    const tray = { x: -100, y: 1040, width: 32, height: 32 };
    const r = placeBreakWindow(input({ displays: [primary, hiDpi], trayBounds: tray }));
    expect(r).toEqual({ x: -M - 380, y: 1032 - M - 520, width: 380, height: 520 });
  });

  it('a tray rect just outside every display snaps to the nearest one', () => {
    const a = fullHd('bottom', 1, 0);
    const b = fullHd('bottom', 2, 1920);
    const r = placeBreakWindow(
      input({ displays: [a, b], trayBounds: { x: 3850, y: 1081, width: 20, height: 20 } }),
    );
    expectInside(r, b.workArea);
  });

  it('shrinks to fit a work area smaller than the window', () => {
    const tiny = display(1, { x: 0, y: 0, width: 800, height: 500 }, { x: 0, y: 0, width: 800, height: 460 });
    const r = placeBreakWindow(input({ displays: [tiny] }));
    expect(r.height).toBe(460 - 2 * M);
    expectInside(r, tiny.workArea);
  });

  it('is always inside the work area for any tray position (property check over a grid)', () => {
    const d = fullHd('bottom');
    for (let x = -50; x <= 2000; x += 97) {
      for (let y = -50; y <= 1130; y += 59) {
        const r = placeBreakWindow(input({ displays: [d], trayBounds: { x, y, width: 24, height: 24 } }));
        expectInside(r, d.workArea);
      }
    }
  });

  it('rejects an empty display list with a clear error', () => {
    expect(() => placeBreakWindow(input({ displays: [] }))).toThrow(/at least one display/);
  });
});
