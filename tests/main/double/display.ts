import type { Display, Rectangle } from 'electron';

/** A display as Electron describes one (DIP bounds and work area). */
export function makeDisplay(id: number, bounds: Rectangle, workArea: Rectangle, scaleFactor = 1): Display {
  return {
    id,
    bounds,
    workArea,
    scaleFactor,
    size: { width: bounds.width, height: bounds.height },
    workAreaSize: { width: workArea.width, height: workArea.height },
    rotation: 0,
    internal: false,
    touchSupport: 'unknown',
    monochrome: false,
    accelerometerSupport: 'unknown',
    colorDepth: 24,
    colorSpace: '',
    depthPerComponent: 8,
    displayFrequency: 60,
    label: `display ${id}`,
    maximumCursorSize: { width: 0, height: 0 },
    nativeOrigin: { x: bounds.x, y: bounds.y },
    detected: true,
  } as Display;
}
