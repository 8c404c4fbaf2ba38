import { expect, test } from '@playwright/test';
import {
  appWindow,
  breakMain,
  breakWindow,
  openDemo,
  repCount,
  rhythm,
  runToCountStart,
  screen,
  setNumber,
  sit,
  sitUntilPrompt,
} from './helpers';

test.describe('a break, end to end, on the real engine', () => {
  test('sit 15 minutes, get a mobe, count the reps, finish: today and the streak go up', async ({
    page,
  }, info) => {
    await openDemo(page);
    const app = appWindow(page);
    // A goal of one makes this break the one that meets the day's goal, so the streak moves.
    await setNumber(page, 'Daily goal', '1');
    await expect(app.getByTestId('save-status')).toHaveText('Saved: Daily goal.');
    await app.getByRole('link', { name: 'History' }).click();
    await expect(app.getByTestId('today-done')).toContainText('0 of 1');
    await expect(app.getByTestId('streak')).toContainText('0 days');
    await expect(breakWindow(page)).toContainText('No break right now');

    const minutes = await sitUntilPrompt(page);
    // 15 minutes of active sitting, then the next lull (or at most the lull wait) lets it in.
    expect(minutes).toBeGreaterThanOrEqual(14.9);
    expect(minutes).toBeLessThanOrEqual(16.5);
    await expect(page.getByTestId('tray-icon')).toHaveText('due');
    await screen(page, info, 'break-lead-in', breakWindow(page));

    const { msPerRep, target } = await rhythm(page);
    await expect(breakWindow(page).getByTestId('lead-in')).toHaveText('3');
    await runToCountStart(page);
    await expect(repCount(page)).toHaveText(`0 / ${target}`);
    // Each rep lands on the rhythm: not 100 ms before its time, and by 100 ms after.
    for (let rep = 1; rep <= 3; rep++) {
      await page.clock.runFor(msPerRep - 100);
      await expect(repCount(page)).toHaveText(`${rep - 1} / ${target}`);
      await page.clock.runFor(100);
      await expect(repCount(page)).toHaveText(`${rep} / ${target}`);
    }
    await screen(page, info, 'break-counting', breakWindow(page));
    await page.clock.runFor(msPerRep * (target - 3) - 200);
    await expect(repCount(page)).toHaveText(`${target - 1} / ${target}`);
    await page.clock.runFor(200);

    await expect(breakWindow(page).getByTestId('completion-today')).toContainText('Today 1 of 1');
    await expect(breakWindow(page).getByTestId('completion-streak')).toContainText('Streak: 1 day');
    await screen(page, info, 'break-complete', breakWindow(page));
    await expect(app.getByTestId('today-done')).toContainText('1 of 1');
    await expect(app.getByTestId('streak')).toContainText('1 day');
    await expect(page.getByTestId('tray-today')).toContainText('Today 1 of 1 mobes · streak 1 day');

    // The completion view closes itself.
    await page.clock.runFor(4100);
    await expect(breakWindow(page)).toContainText('No break right now');
    await screen(page, info, 'history-after-break', app);
  });

  test('snooze brings the mobe back later; skip ends it without counting', async ({ page }) => {
    await openDemo(page);
    await sitUntilPrompt(page);
    await breakWindow(page).locator('.controls [data-action="snooze"]').click();
    await expect(breakWindow(page)).toContainText('No break right now');
    await expect(page.getByTestId('tray-icon')).not.toHaveText('due');

    // Snoozed for the default 5 minutes: nothing for a while, then it is back.
    await sit(page, 4 * 60_000);
    await expect(breakMain(page)).toHaveAttribute('data-stage', 'idle');
    const back = await sitUntilPrompt(page, 10);
    expect(back).toBeGreaterThan(0.5);
    expect(back).toBeLessThanOrEqual(2.5);

    await breakWindow(page).locator('.controls [data-action="skip"]').click();
    await expect(breakWindow(page)).toContainText('No break right now');
    await expect(appWindow(page).getByTestId('today-done')).toContainText('0 of 8');
    await expect(page.getByTestId('tray-today')).toContainText('Today 0 of 8');
  });

  test('reduced motion: the figure holds still, the counter keeps the rhythm', async ({ page }, info) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDemo(page);
    await page.getByRole('button', { name: 'Start a break now' }).click();
    const { msPerRep, target } = await rhythm(page);
    await page.clock.runFor(3000 + 20);
    const fig = breakWindow(page).locator('svg.fig');
    await expect(fig).toHaveClass(/is-still/);
    await expect(breakWindow(page).locator('.is-moving')).toHaveCount(0);
    const animations = await fig.evaluate((el) => el.getAnimations({ subtree: true }).length);
    expect(animations).toBe(0);
    await page.clock.runFor(msPerRep * 2);
    await expect(repCount(page)).toHaveText(`2 / ${target}`);
    await screen(page, info, 'break-reduced-motion', breakWindow(page));
  });

  test('without reduced motion the figure really animates at the rhythm', async ({ page }) => {
    await openDemo(page);
    await page.getByRole('button', { name: 'Start a break now' }).click();
    const { msPerRep } = await rhythm(page);
    await page.clock.runFor(3000 + 20);
    const fig = breakWindow(page).locator('svg.fig');
    await expect(fig).toHaveClass(/is-moving/);
    const durations = await fig.evaluate((el) =>
      el.getAnimations({ subtree: true }).map((a) => Number(a.effect?.getComputedTiming().duration)),
    );
    expect(durations.length).toBeGreaterThan(0);
    // Every cycle is a whole number of reps (alternating mobes take two reps to visit both sides).
    for (const d of durations) expect([msPerRep, 2 * msPerRep, msPerRep / 2]).toContain(d);
  });
});
