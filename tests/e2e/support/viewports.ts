import { APP_WINDOW, BREAK_WINDOW, WELCOME_WINDOW } from '../../../shared/geometry/windowSizes';

/**
 * The demo page's own viewport: room for the tray bar and the window frames side by side. It is not
 * a window's size (each window is an iframe of its own true size inside it); window pages opened on
 * their own run at their window's size instead.
 */
export const DEMO_VIEWPORT = {
  width: WELCOME_WINDOW.width + BREAK_WINDOW.width + APP_WINDOW.width + 4 * 16 + 40,
  height: APP_WINDOW.height + 220,
};
