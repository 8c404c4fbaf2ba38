import { expect, test, type Frame, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../../shared/catalog/catalog';
import { APP_WINDOW, WELCOME_WINDOW } from '../../shared/geometry/windowSizes';
import { LANGUAGE_CODES, PSEUDO_LANGUAGE } from '../../shared/i18n/languages';
import { openDemo } from './helpers';
import { expectFits } from './support/fit';

/**
 * The app window (history and settings) and the welcome in every shipped language, over the demo's
 * real core, each in its frame of true size (shared/geometry/windowSizes.ts): no English left in a
 * non-English language (texts, weekday and month names), and in the longest and the right-to-left
 * languages no clipped text and no sideways scroll. Screenshots are kept for looking at.
 */
const LOCALES = join(import.meta.dirname, '../../shared/i18n/locales');
const SHOTS = join('test-results', 'app-languages');
type Tree = { [k: string]: string | Tree };
const flat = (t: Tree, p = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(t).flatMap(([k, v]) =>
      typeof v === 'string' ? [[p + k, v]] : Object.entries(flat(v, `${p}${k}.`)),
    ),
  );
const read = (lng: string, ns: string): Record<string, string> => {
  try {
    return flat(JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')) as Tree);
  } catch {
    return {};
  }
};
const NAMESPACES = ['app', 'settings', 'welcome', 'common'];
const texts = (lng: string) =>
  Object.fromEntries(
    NAMESPACES.flatMap((ns) => Object.entries(read(lng, ns)).map(([k, v]) => [`${ns}:${k}`, v])),
  );
const ENGLISH = texts('en');

const english = (() => {
  const day = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
  const days = [0, 1, 2, 3, 4, 5, 6].map((i) => new Date(Date.UTC(2024, 0, 1 + i)));
  return [
    ...days.map((d) => day.format(d)),
    ...days.map((d) => short.format(d)),
    ...[0, 2, 4, 6, 8, 10].map((m) => month.format(new Date(Date.UTC(2024, m, 1)))),
  ];
})();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** English texts of these windows a translated page shows, as whole words: those the language words differently. */
function englishLeft(shown: string, lng: string): string[] {
  const own = texts(lng);
  const catalog = read(lng, 'catalog');
  const candidates = [
    ...Object.entries(ENGLISH)
      .filter(([k, v]) => own[k] !== v && !v.includes('{{') && !v.includes('<') && v.length > 3)
      // The product's name is the same in every language, though some call the exercises otherwise.
      .filter(([, v]) => v !== 'Mobes')
      .map(([, v]) => v),
    ...CATALOG.filter((m) => catalog[`${m.id}.name`] && catalog[`${m.id}.name`] !== m.name).map(
      (m) => m.name,
    ),
    ...english,
  ];
  return [...new Set(candidates)].filter((s) =>
    new RegExp(`(^|[^\\p{L}])${escape(s)}($|[^\\p{L}])`, 'u').test(shown),
  );
}

async function frameOf(page: Page, title: string): Promise<Frame> {
  const handle = await page.locator(`iframe[title="${title}"]`).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector('main');
  return frame!;
}

async function showSettings(app: Frame): Promise<void> {
  await app.locator('nav.tabs a[href="#settings"]').click();
  await app.locator('form.settings').waitFor();
  // The advanced group is part of the page too: open it so its texts are read and measured.
  await app.locator('details.advanced summary').click();
  await app.evaluate(() => window.scrollTo(0, 0));
}

async function shot(page: Page, title: string, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.locator(`iframe[title="${title}"]`).screenshot({ path: join(SHOTS, `${name}.png`) });
}

for (const lng of LANGUAGE_CODES.filter((l) => l !== 'en')) {
  test.describe(`in ${lng}`, () => {
    test.use({ locale: lng });

    test('history, settings and the welcome show no English', async ({ page }) => {
      await openDemo(page);
      const welcome = await frameOf(page, 'Welcome');
      await expect(welcome.locator('html')).toHaveAttribute('lang', lng);
      const welcomeText = await welcome.locator('body').innerText();
      const titles = await welcome
        .locator('[title], [aria-label]')
        .evaluateAll((els) =>
          els.map((e) => `${e.getAttribute('title') ?? ''} ${e.getAttribute('aria-label') ?? ''}`).join(' '),
        );
      expect(englishLeft(`${welcomeText} ${titles}`, lng), 'welcome').toEqual([]);

      const app = await frameOf(page, 'App window');
      await expect(app.locator('html')).toHaveAttribute('dir', lng === 'ar' ? 'rtl' : 'ltr');
      await app.locator('[data-testid="today-done"]').waitFor();
      const history = await app.locator('body').innerText();
      const labels = await app.locator('svg [aria-label]').evaluateAll((els) =>
        els
          .slice(0, 40)
          .map((e) => e.getAttribute('aria-label'))
          .join(' '),
      );
      expect(englishLeft(`${history} ${labels}`, lng), 'history').toEqual([]);
      expect(await app.evaluate(() => document.title)).toBe(texts(lng)['app:shell.historyTitle']);

      await showSettings(app);
      const settings = await app.locator('body').innerText();
      expect(englishLeft(settings, lng), 'settings').toEqual([]);
    });
  });
}

test.describe('fits at true size', () => {
  for (const lng of ['de', PSEUDO_LANGUAGE, 'ar']) {
    test.describe(lng, () => {
      test.use({ locale: lng === PSEUDO_LANGUAGE ? 'en-GB' : lng });

      test(`history, settings and the welcome in ${lng}: no clipped text, no sideways scroll`, async ({
        page,
      }) => {
        await openDemo(page);
        if (lng === PSEUDO_LANGUAGE) {
          await page.evaluate(
            (language) =>
              (
                window as unknown as { mobes: { updateSettings(p: unknown): Promise<unknown> } }
              ).mobes.updateSettings({ language }),
            lng,
          );
        }
        const app = await frameOf(page, 'App window');
        await expect(app.locator('html')).toHaveAttribute('lang', lng);
        expect(await app.evaluate(() => [innerWidth, innerHeight])).toEqual([
          APP_WINDOW.width,
          APP_WINDOW.height,
        ]);
        await app.locator('[data-testid="today-done"]').waitFor();
        await expectFits(app, ['nav.tabs a', '[data-testid="today-done"]'], `${lng} history`, {
          vertical: false,
        });
        await shot(page, 'App window', `${lng}-history`);
        await showSettings(app);
        await expectFits(app, ['nav.tabs a', '[data-testid="save-status"]'], `${lng} settings`, {
          vertical: false,
        });
        await shot(page, 'App window', `${lng}-settings`);

        const welcome = await frameOf(page, 'Welcome');
        await expect(welcome.locator('html')).toHaveAttribute('lang', lng);
        expect(await welcome.evaluate(() => [innerWidth, innerHeight])).toEqual([
          WELCOME_WINDOW.width,
          WELCOME_WINDOW.height,
        ]);
        await expectFits(welcome, ['h1', '.welcome-actions button'], `${lng} welcome`);
        await shot(page, 'Welcome', `${lng}-welcome`);
      });
    });
  }
});
