/**
 * The size of every Mobes window, in CSS pixels (DIP), and the one place it is written down. The
 * Electron windows are created with these as their content size, the browser demo frames each page at
 * exactly this size, and every page test runs its window at it (playwright.config.ts, tests/e2e).
 *
 * Break window, 400×600: the smallest size at which every break screen shows the area and posture,
 * name, instruction, moving figure, rep counter with time left, side cue and the four controls without
 * scrolling, with room for texts 40 % longer than English (tests/e2e/breakGeometry.spec.ts). Narrower
 * than 400 the 2×2 controls no longer fit a long label beside a global shortcut; it stays well inside
 * the 440×640 a small prompt window may take.
 */
export interface WindowSize {
  readonly width: number;
  readonly height: number;
}

export const BREAK_WINDOW: WindowSize = Object.freeze({ width: 400, height: 600 });

/** The app window (history and settings): its opening size and the smallest the user can make it. */
export const APP_WINDOW: WindowSize = Object.freeze({ width: 920, height: 700 });
export const APP_WINDOW_MIN: WindowSize = Object.freeze({ width: 560, height: 480 });

/**
 * The first-start welcome: a short page that fits without scrolling with texts 40 % longer and the
 * longest tray hint (GNOME's), tests/e2e/windowGeometry.spec.ts.
 */
export const WELCOME_WINDOW: WindowSize = Object.freeze({ width: 480, height: 640 });

/** Every window page, with the size it is shown at (the page tests iterate this). */
export const WINDOW_PAGES = Object.freeze({
  break: BREAK_WINDOW,
  app: APP_WINDOW,
  appMin: APP_WINDOW_MIN,
  welcome: WELCOME_WINDOW,
} as const);
