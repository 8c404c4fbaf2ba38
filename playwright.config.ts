import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './tests/e2e/chromium';
import { DEMO_VIEWPORT } from './tests/e2e/support/viewports';
import { RENDERER_PREVIEW_PORT as PORT } from './vite.renderer.config';

/**
 * End-to-end tests. 'chromium' runs the renderer's browser build (break window, app window and the
 * demo page over the real core) in Debian's Chromium: Playwright's own browsers cannot be downloaded
 * here. Served over http by `vite preview`, never file://, so module scripts and the page's origin
 * behave as in production.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /electron\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        // The demo page frames every window at its true size (shared/geometry/windowSizes.ts); this
        // is only the room around those frames. Specs that open a window page directly set the
        // viewport to that window's size (tests/e2e/breakGeometry.spec.ts, windowGeometry.spec.ts).
        viewport: DEMO_VIEWPORT,
        timezoneId: 'Europe/Berlin',
        locale: 'en-GB',
        launchOptions: CHROMIUM,
      },
    },
    {
      // The packaged-style Electron app (out/main/index.js through Playwright's _electron); the spec
      // skips itself, saying why, when no Electron runtime is installed.
      name: 'electron',
      testMatch: /electron\.spec\.ts$/,
    },
  ],
  webServer: {
    command: `npx vite build -c vite.renderer.config.ts --logLevel warn && npx vite preview -c vite.renderer.config.ts --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/demo.html`,
    // Always a fresh build: a preview left running from `npm run demo` could serve stale code.
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
