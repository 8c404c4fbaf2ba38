import { expect, test, type Page } from '@playwright/test';
import { appWindow, breakWindow, MONDAY_0930, openDemo, runToCountStart, screen } from './helpers';

const AREAS = ['neck', 'hip', 'wrist', 'shoulder', 'spine', 'ankle'] as const;
const MOBE_OF: Record<(typeof AREAS)[number], string> = {
  neck: 'neck-circles',
  hip: 'pelvic-circles',
  wrist: 'wrist-circles',
  shoulder: 'chest-open-close',
  spine: 'spinal-twist',
  ankle: 'foot-circles',
};

/** Plausible stored history for the 26 weeks before the test's Monday, so the charts have data. */
function pastHistory(): unknown[] {
  const records: unknown[] = [];
  const day0 = Date.UTC(2025, 2, 3, 11);
  for (let i = 181; i >= 1; i--) {
    const noon = day0 - i * 86_400_000;
    const date = new Date(noon);
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const day = date.toISOString().slice(0, 10);
    const done = (i * 5) % 11;
    records.push({
      kind: 'sitting',
      start: noon - 3 * 3600_000,
      end: noon,
      day,
      activeSeconds: 2.5 * 3600,
      endedBy: 'idle',
    });
    for (let k = 0; k < done; k++) {
      const area = AREAS[(i + k) % (k % 3 === 0 ? 3 : 6)];
      const at = noon - 3 * 3600_000 + k * 15 * 60_000;
      records.push({
        kind: 'prompt',
        at,
        endedAt: at + 45_000,
        day,
        reason: 'due',
        mobeId: MOBE_OF[area],
        area,
        outcome: 'done',
        reps: 12,
        targetReps: 12,
      });
    }
  }
  return records;
}

async function withHistory(page: Page) {
  const history = JSON.stringify(pastHistory());
  await page.addInitScript((h) => {
    if (!localStorage.getItem('mobes-demo.history')) localStorage.setItem('mobes-demo.history', h);
  }, history);
  await openDemo(page, { fresh: false, time: MONDAY_0930 });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`screens, ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test('history', async ({ page }, info) => {
      await withHistory(page);
      const app = appWindow(page);
      await expect(app.locator('rect.cell.level-4').first()).toBeVisible();
      await screen(page, info, `history-${scheme}`, app);
    });

    test('settings', async ({ page }, info) => {
      await openDemo(page);
      const app = appWindow(page);
      await app.getByRole('link', { name: 'Settings' }).click();
      await expect(app.getByLabel('Break every', { exact: true })).toBeVisible();
      await screen(page, info, `settings-${scheme}`, app);
    });

    test('break window and the whole demo', async ({ page }, info) => {
      await withHistory(page);
      await page.getByRole('button', { name: 'Start a break now' }).click();
      await runToCountStart(page);
      await page.clock.runFor(5000);
      await screen(page, info, `break-${scheme}`, breakWindow(page));
      await screen(page, info, `demo-${scheme}`);
      await page.getByRole('button', { name: /every mobe’s figure/ }).click();
      await screen(page, info, `figures-${scheme}`, page.locator('.gallery'));
    });
  });
}
