import { expect, test } from '@playwright/test';
import { CATALOG } from '../../shared/catalog/catalog';
import {
  appWindow,
  breakMain,
  breakWindow,
  focusBreak,
  openDemo,
  repCount,
  rhythm,
  runToCountStart,
  screen,
} from './helpers';

/**
 * A focus period on the real core in the demo, both windows in their frames of true size: marked from
 * the history view, a 40-rep set started from the tray and counted at the mobe's rhythm, the feel
 * question answered, and the history's focus chart showing the set and the answer.
 */
test('a focus marked in history brings a 40-rep set; its feel answer shows in the history chart', async ({
  page,
}, info) => {
  await openDemo(page);
  const app = appWindow(page);
  await app.getByRole('link', { name: 'History' }).click();
  const panel = app.getByTestId('history-focus');
  await expect(page.getByRole('button', { name: 'Start a focus set now' })).toHaveCount(0);
  await panel.getByLabel('Focus on').selectOption('area:neck');
  await panel.getByRole('button', { name: 'Focus for a week' }).click();
  await expect(panel.getByTestId('focus-period')).toHaveText('Neck · until Mon 10 Mar');
  await expect(panel.getByTestId('focus-chart')).toContainText('Today 0 of 2 focus sets');

  await page.getByRole('button', { name: 'Start a focus set now' }).click();
  const main = breakMain(page);
  await expect(main).toHaveAttribute('data-focus', 'set');
  const { msPerRep, target, mobe } = await rhythm(page);
  expect(target).toBe(40);
  expect(CATALOG.find((m) => m.id === mobe)?.area).toBe('neck');
  await runToCountStart(page);
  await expect(repCount(page)).toHaveText('0 / 40');
  // One rep per beat of the mobe's rhythm, not before.
  for (const rep of [1, 2]) {
    await page.clock.runFor(msPerRep - 100);
    await expect(repCount(page)).toHaveText(`${rep - 1} / 40`);
    await page.clock.runFor(100);
    await expect(repCount(page)).toHaveText(`${rep} / 40`);
  }
  await page.clock.runFor(msPerRep * 38);
  const question = breakWindow(page).getByTestId('feel-question');
  await expect(question).toBeVisible();
  await screen(page, info, 'focus-week-feel', breakWindow(page));
  await focusBreak(page);
  await page.keyboard.press('2');
  await expect(breakWindow(page).getByTestId('feel-answered')).toBeVisible();

  const chart = panel.getByTestId('focus-chart');
  await expect(chart).toContainText('Today 1 of 2 focus sets · last time: the same');
  await expect(chart.locator('g[data-day="2025-03-03"]')).toHaveAttribute('data-done', '1');
  await expect(chart.locator('circle[data-feel]')).toHaveCount(1);
  await expect(chart.locator('circle[data-feel="same"]')).toHaveCount(1);
  await screen(page, info, 'focus-week-history', panel);

  await panel.getByRole('button', { name: 'End the focus' }).click();
  await expect(panel.getByRole('button', { name: 'Focus for a week' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start a focus set now' })).toHaveCount(0);
});

test('a focus set in settings: the sets a day and the period show in history, and the tray offers a set', async ({
  page,
}) => {
  await openDemo(page);
  const app = appWindow(page);
  await app.getByRole('link', { name: 'Settings' }).click();
  const settings = app.getByTestId('focus-panel');
  await settings.getByLabel('Focus on').selectOption('area:hip');
  await settings.getByLabel('Focus sets a day').selectOption('3');
  await settings.getByLabel('For', { exact: true }).selectOption('open');
  await expect(app.getByTestId('save-status')).toContainText('Saved');
  await expect(page.getByRole('button', { name: 'Start a focus set now' })).toBeVisible();

  await app.getByRole('link', { name: 'History' }).click();
  const panel = app.getByTestId('history-focus');
  await expect(panel.getByTestId('focus-period')).toHaveText('Hips · until you end it');
  await expect(panel.getByTestId('focus-chart')).toContainText('Today 0 of 3 focus sets');

  await page.getByRole('button', { name: 'Start a focus set now' }).click();
  await expect(breakMain(page)).toHaveAttribute('data-focus', 'set');
  const { target, mobe } = await rhythm(page);
  expect(CATALOG.find((m) => m.id === mobe)?.area).toBe('hip');
  expect(target).toBeGreaterThanOrEqual(25);
  expect(target).toBeLessThanOrEqual(75);
});
