import { expect, test, type Frame, type Page } from '@playwright/test';
import { CATALOG } from '../../shared/catalog/catalog';
import { APP_WINDOW_MIN, WELCOME_WINDOW } from '../../shared/geometry/windowSizes';
import type { SettingsView } from '../../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { openDemo, screen } from './helpers';
import { installBridge } from './support/bridge';
import { expectFits } from './support/fit';
import { stretchTexts } from './support/stretch';

/**
 * The welcome and the app window at their true sizes (shared/geometry/windowSizes.ts): the welcome
 * fits without scrolling, with the longest tray hint (GNOME) and texts 40 % longer; the app window at
 * its minimum size never scrolls sideways and keeps its navigation in view.
 */
const WELCOME_PARTS = [
  'h1',
  '.welcome-where',
  '.day-toggle',
  'input[type="time"]',
  '.welcome-check',
  '.welcome-actions button',
];

const gnome: SettingsView = {
  settings: { ...DEFAULT_SETTINGS },
  catalog: CATALOG,
  platform: 'linux',
  desktop: 'ubuntu:gnome',
};

/** A window's frame in the demo, once its page is there. */
async function frameOf(page: Page, title: string): Promise<Frame> {
  const handle = await page.locator(`iframe[title="${title}"]`).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector('main');
  return frame!;
}

async function openWelcome(page: Page, view: SettingsView, stretched: boolean) {
  if (stretched) await stretchTexts(page);
  await installBridge(page, null, view);
  await page.goto('welcome.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test.describe('welcome window', () => {
  test.use({ viewport: { ...WELCOME_WINDOW } });
  for (const scheme of ['light', 'dark'] as const) {
    for (const stretched of [false, true]) {
      test(`fits at ${WELCOME_WINDOW.width}×${WELCOME_WINDOW.height}: ${scheme}${stretched ? ', texts 40 % longer' : ''}`, async ({
        page,
      }, info) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openWelcome(page, gnome, stretched);
        await expect(page.locator('.welcome-caveat')).toBeVisible(); // the GNOME note, the longest
        await expectFits(page, WELCOME_PARTS, `welcome ${scheme}`);
        if (!stretched) await screen(page, info, `welcome-${scheme}`);
      });
    }
  }

  for (const platform of ['darwin', 'win32', 'browser', 'linux'] as const) {
    test(`the tray hint for ${platform} fits`, async ({ page }) => {
      const desktop = platform === 'linux' ? 'kde' : undefined;
      await openWelcome(page, { ...gnome, platform, desktop }, true);
      await expectFits(page, WELCOME_PARTS, `welcome ${platform}`);
    });
  }

  test('the welcome in the demo, over the real core: it fits its frame, and finishing closes it for good', async ({
    page,
  }) => {
    await openDemo(page, { fresh: false });
    const frame = await frameOf(page, 'Welcome');
    await expect(frame.getByRole('heading', { name: 'Welcome to Mobes' })).toBeVisible();
    await expectFits(frame, WELCOME_PARTS, 'welcome in the demo');
    await frame.getByRole('checkbox', { name: 'Saturday' }).check();
    await frame.getByRole('button', { name: 'Start Mobes' }).click();
    await expect(page.locator('iframe[title="Welcome"]')).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('tray-tooltip')).toBeVisible();
    await expect(page.locator('iframe[title="Welcome"]')).toHaveCount(0);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('mobes-demo.settings') ?? '{}'));
    expect(stored.welcomeDone).toBe(true);
    expect(stored.workHours.sat).toEqual([{ start: '09:00', end: '18:00' }]);
  });

  test('"try one now" starts a mobe in the break window', async ({ page }) => {
    await openDemo(page);
    const frame = await frameOf(page, 'Welcome');
    await frame.getByRole('button', { name: 'Try one now' }).click();
    await expect(page.frameLocator('iframe[title="Break window"]').locator('svg.fig')).toBeVisible();
    await expect(page.locator('iframe[title="Welcome"]')).toHaveCount(0);
  });
});

test.describe('app window at its minimum size', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const route of ['history', 'settings'] as const) {
      test(`${route}, ${scheme}: no sideways scrolling, navigation in view`, async ({ page }, info) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.clock.install({ time: new Date('2025-03-03T09:30:00+01:00') });
        await page.goto('demo.html?fresh=1&seed=7&app=min');
        const frame = await frameOf(page, 'App window');
        await expect
          .poll(() => frame.evaluate(() => [innerWidth, innerHeight]))
          .toEqual([APP_WINDOW_MIN.width, APP_WINDOW_MIN.height]);
        if (route === 'settings') await frame.getByRole('link', { name: 'Settings' }).click();
        await expect(frame.locator('.app-main h2').first()).toBeVisible();
        await expectFits(frame, ['.tabs a'], `app ${route} ${scheme}`, { vertical: false });
        await screen(page, info, `app-min-${route}-${scheme}`, page.locator('.app-window'));
      });
    }
  }
});
