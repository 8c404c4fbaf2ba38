import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../../shared/catalog/catalog';
import { BREAK_WINDOW } from '../../shared/geometry/windowSizes';
import { LANGUAGE_CODES, PSEUDO_LANGUAGE } from '../../shared/i18n/languages';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { breakViewFor, installBridge, type BridgeWindow } from './support/bridge';
import { expectFits } from './support/fit';

/**
 * The break window in each shipped language, chosen by the browser's language (the 'system'
 * setting): its texts are that language's with no English left, <html lang dir> follow it (Arabic
 * right to left), a settings change switches it live, and in the longest languages every mobe's
 * break fits the window's true size. A contact sheet of every language is kept for looking at.
 */
test.use({ viewport: { ...BREAK_WINDOW } });

const LOCALES = join(import.meta.dirname, '../../shared/i18n/locales');
const SHEET_DIR = join('test-results', 'language-sheet');
type Tree = { [k: string]: string | Tree };
const flat = (t: Tree, p = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(t).flatMap(([k, v]) =>
      typeof v === 'string' ? [[p + k, v]] : Object.entries(flat(v, `${p}${k}.`)),
    ),
  );
const texts = (lng: string) => ({
  ...flat(JSON.parse(readFileSync(join(LOCALES, lng, 'break.json'), 'utf8'))),
  ...flat(JSON.parse(readFileSync(join(LOCALES, lng, 'common.json'), 'utf8'))),
});
const ENGLISH = texts('en');
const MOBE = CATALOG.find((m) => m.sides === 'switch-halfway') ?? CATALOG[0];

async function openBreak(page: Page, mobe = MOBE) {
  await page.clock.install({ time: new Date('2025-03-03T09:30:00+01:00') });
  await installBridge(page, breakViewFor(mobe, 'lang'));
  await page.goto('break.html');
  await page.clock.pauseAt(new Date('2025-03-03T09:30:05+01:00'));
  await expect(page.locator(`main.break[data-mobe="${mobe.id}"]`)).toBeVisible();
}

/** English window texts a translated page must not show: those the language words differently. */
function englishLeft(shown: string, lng: string): string[] {
  const own = texts(lng);
  const english = [
    ...Object.entries(ENGLISH)
      .filter(([k, v]) => own[k] !== v && !v.includes('{{') && v.length > 3)
      .map(([, v]) => v),
    MOBE.name,
    MOBE.summary,
    ...MOBE.cues,
  ];
  return english.filter((s) => shown.includes(s));
}

for (const lng of LANGUAGE_CODES) {
  test.describe(`in ${lng}`, () => {
    test.use({ locale: lng });

    test('the break window speaks the browser’s language', async ({ page }) => {
      await openBreak(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lng);
      await expect(page.locator('html')).toHaveAttribute('dir', lng === 'ar' ? 'rtl' : 'ltr');
      await expect(page.getByRole('group', { name: texts(lng)['controls.group'] })).toBeVisible();
      const shown = await page.locator('main.break').innerText();
      if (lng !== 'en') expect(englishLeft(shown, lng)).toEqual([]);
      expect(await page.title()).toBe(texts(lng)['title']);
      mkdirSync(SHEET_DIR, { recursive: true });
      await page.screenshot({ path: join(SHEET_DIR, `${lng}.png`) });
    });
  });
}

test.describe('switching language', () => {
  test.use({ locale: 'en-GB' });

  test('a settings change turns the open window to the new language without a reload', async ({ page }) => {
    await openBreak(page);
    await expect(page.getByText(ENGLISH['controls.done'], { exact: true })).toBeVisible();
    const switchTo = (language: string) =>
      page.evaluate((s) => (window as unknown as BridgeWindow).__bridge.settingsChanged(s), {
        ...DEFAULT_SETTINGS,
        language,
      });
    await switchTo('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByText(texts('ar')['controls.done'], { exact: true })).toBeVisible();
    await switchTo('de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('h1.mobe-name')).not.toHaveText(MOBE.name);
    await expect(page.getByText(texts('de')['controls.done'], { exact: true })).toBeVisible();
  });
});

test.describe('the longest languages fit', () => {
  for (const lng of ['de', 'ar', PSEUDO_LANGUAGE]) {
    test.describe(lng, () => {
      test.use({ locale: lng === PSEUDO_LANGUAGE ? 'en' : lng });
      test(`every mobe's break fits at true size in ${lng}`, async ({ page }) => {
        await openBreak(page);
        if (lng === PSEUDO_LANGUAGE) {
          await page.evaluate((s) => (window as unknown as BridgeWindow).__bridge.settingsChanged(s), {
            ...DEFAULT_SETTINGS,
            language: PSEUDO_LANGUAGE,
          });
          await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO_LANGUAGE);
        }
        for (const mobe of CATALOG) {
          await page.evaluate(
            (v) => (window as unknown as BridgeWindow).__bridge.push(v),
            // Held for screen sharing: the longest "why now" line in most languages, on every mobe.
            breakViewFor(mobe, `fit-${mobe.id}`, { after: ['screen-share'] }),
          );
          await expect(page.locator(`main.break[data-mobe="${mobe.id}"]`)).toBeVisible();
          await expectFits(
            page,
            ['.topbar button', '.why-now', '.mobe-name', '.summary', '.controls button'],
            `${lng} ${mobe.id}`,
          );
        }
      });
    });
  }
});

test.afterAll(() => {
  // One picture of every language, side by side (ImageMagick), when the shots were all taken.
  try {
    const shots = LANGUAGE_CODES.map((l) => join(SHEET_DIR, `${l}.png`));
    execFileSync('montage', [
      ...shots,
      '-tile',
      '5x',
      '-geometry',
      '+4+4',
      '-label',
      '%t',
      join(SHEET_DIR, 'contact-sheet.png'),
    ]);
  } catch {
    // a missing shot has already failed its test
  }
});
