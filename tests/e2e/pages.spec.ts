import { expect, test, type Page } from '@playwright/test';
import { CATALOG } from '../../shared/catalog/catalog';

/** The policy the desktop shell serves its pages with: nothing inline, nothing evaluated. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'";

/** Serves the built pages with the strict CSP and collects any violation the page reports. */
async function withStrictCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.route(/\.html(\?|#|$)/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `Refused to: ${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
      ),
    );
  });
  return violations;
}

/** A preload-like bridge serving one catalog mobe, so the real pages can be opened on their own. */
async function stubBridge(page: Page) {
  const mobe = JSON.parse(JSON.stringify(CATALOG.find((m) => m.id === 'seated-arch-round')));
  await page.addInitScript((m) => {
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    const view = {
      promptId: 'p1',
      reason: 'due',
      mobe: m,
      targetReps: 10,
      breakSeconds: 40,
      sound: false,
      reducedMotion: 'system',
      today: { day: '2025-03-03', done: 1, goal: 8, streaks: { current: 2, best: 4 } },
    };
    const off = () => () => {};
    (window as unknown as { mobes: unknown }).mobes = {
      getCurrentBreak: () => ok(view),
      completeBreak: () => ok(view.today),
      skipBreak: () => ok(null),
      snoozeBreak: () => ok(null),
      hideMobe: () => ok(null),
      closeBreak: () => ok(null),
      previewMobe: () => ok(null),
      getHistory: () =>
        Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'not in this test' } }),
      exportHistory: () => ok({ saved: false }),
      getSettings: () =>
        Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'not in this test' } }),
      updateSettings: () => ok(null),
      onBreakShown: off,
      onBreakEnded: off,
      onHistoryChanged: off,
      onSettingsChanged: off,
      onBreakShortcut: off,
    };
  }, mobe);
}

test('break.html runs under the strict CSP with a bridge, animating its figure', async ({ page }) => {
  const violations = await withStrictCsp(page);
  await stubBridge(page);
  await page.goto('break.html');
  await expect(page.getByRole('heading', { name: 'Seated arch and round' })).toBeVisible();
  await expect(page.locator('svg.fig[data-figure="seated-arch-round"]')).toBeVisible();
  await expect(page.getByTestId('rep-count')).toHaveText('0 / 10', { timeout: 5000 });
  // The CSS custom properties set from script (rhythm, joint origins) apply under style-src 'self'.
  const cycle = await page
    .locator('svg.fig')
    .evaluate((el) => getComputedStyle(el).getPropertyValue('--cycle'));
  expect(cycle.trim()).toBe('4s');
  expect(violations).toEqual([]);
});

test('the break window asks for its break before its main script runs, and fetches the figure then', async ({
  page,
}) => {
  await stubBridge(page);
  // Count the requests, and note when the main script first asks for something (its settings).
  await page.addInitScript(() => {
    const w = window as unknown as { mobes: Record<string, () => unknown>; seen: Record<string, number[]> };
    w.seen = { getCurrentBreak: [], getSettings: [] };
    for (const name of Object.keys(w.seen)) {
      const real = w.mobes[name]!;
      w.mobes[name] = () => (w.seen[name]!.push(performance.now()), real());
    }
  });
  await page.goto('break.html');
  await expect(page.locator('svg.fig[data-figure="seated-arch-round"]')).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName('mobe-first-frame').length > 0);
  const { seen, figureFetched, marks } = await page.evaluate(() => ({
    seen: (window as unknown as { seen: Record<string, number[]> }).seen,
    // seated-arch-round is drawn in figures/upper.tsx
    figureFetched: performance.getEntriesByType('resource').find((e) => /\/upper-[\w-]+\.js$/.test(e.name))
      ?.startTime,
    // The page's own marks, which the renderer bench reads step by step (main.tsx, BreakSession.tsx).
    marks: ['mobe-script', 'mobe-texts', 'mobe-figure', 'mobe-visible', 'mobe-first-frame'].map(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
    ),
  }));
  // One request shared by the early script and the main one (firstBreak.ts), and one more from the
  // window once it listens for breaks (BreakApp.tsx): not one each.
  expect(seen.getCurrentBreak).toHaveLength(2);
  expect(seen.getSettings.length).toBeGreaterThan(0);
  expect(seen.getCurrentBreak[0]!).toBeLessThan(seen.getSettings[0]!);
  expect(figureFetched).toBeDefined();
  expect(figureFetched!).toBeLessThan(seen.getSettings[0]!);
  // The marks come in order: the main script starts after the break was asked for, then the texts and
  // the figure are in, the content is in the DOM, and its first frame comes.
  const [script, texts, figure, visible, firstFrame] = marks;
  expect(seen.getCurrentBreak[0]!).toBeLessThan(script!);
  expect(script!).toBeLessThan(texts!);
  expect(script!).toBeLessThan(figure!);
  expect(Math.max(texts!, figure!)).toBeLessThanOrEqual(visible!);
  expect(visible!).toBeLessThanOrEqual(firstFrame!);
});

test('the break window loads no validation or date library (small and quick to start)', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', async (r) => {
    if (r.url().endsWith('.js')) scripts.push(await r.text());
  });
  await stubBridge(page);
  await page.goto('break.html');
  await expect(page.locator('svg.fig')).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  for (const code of scripts) {
    expect(code).not.toContain('allows at most 6 ranges a day'); // the settings schema (zod)
    expect(code).not.toContain('Invalid DateTime'); // luxon
  }
});

test('app.html under the strict CSP shows its errors calmly when main cannot answer', async ({ page }) => {
  const violations = await withStrictCsp(page);
  await stubBridge(page);
  await page.goto('app.html#settings');
  // Worded from the error code; the core's message ("not in this test") is for logs.
  await expect(page.getByRole('alert')).toContainText(
    'Settings could not be loaded: that is not possible right now',
  );
  await page.goto('app.html#history');
  await expect(page.getByRole('alert')).toContainText('Your history could not be loaded');
  expect(violations).toEqual([]);
});

test('the windows opened without the app say so instead of failing blank', async ({ page }) => {
  await page.goto('break.html');
  await expect(page.getByText('needs the app to run')).toBeVisible();
  await page.goto('app.html');
  await expect(page.getByRole('link', { name: 'the demo' })).toBeVisible();
});

test('the demo runs under the strict CSP too', async ({ page }) => {
  const violations = await withStrictCsp(page);
  await page.goto('demo.html?fresh=1');
  await page.getByRole('button', { name: 'Start a break now' }).click();
  await expect(page.frameLocator('iframe[title="Break window"]').locator('svg.fig')).toBeVisible();
  expect(violations).toEqual([]);
});
