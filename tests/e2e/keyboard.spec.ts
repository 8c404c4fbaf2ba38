import { expect, test, type Page } from '@playwright/test';
import {
  appWindow,
  breakWindow,
  focusBreak,
  openDemo,
  repCount,
  rhythm,
  runToCountStart,
  screen,
} from './helpers';

/** Presses Tab until the focused element matches, and returns how many presses it took. */
async function tabTo(page: Page, match: (el: { text: string; inBreak: boolean; label: string }) => boolean) {
  for (let i = 1; i <= 60; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      // Focus inside a window's frame: the frame is the demo's active element, the control is inside.
      const frame = document.activeElement as HTMLElement | null;
      let a = frame;
      while (a instanceof HTMLIFrameElement) a = (a.contentDocument?.activeElement as HTMLElement) ?? null;
      return {
        text: a?.textContent?.trim() ?? '',
        inBreak: Boolean(frame?.closest('.break-window')),
        label:
          a?.getAttribute('aria-label') ?? (a as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '',
      };
    });
    if (match(el)) return i;
  }
  throw new Error('focus never reached the element');
}

test('keyboard only: start, pause, resume, finish, close; then change a setting', async ({ page }, info) => {
  await openDemo(page);
  await tabTo(page, (el) => el.text === 'Start a break now');
  await page.keyboard.press('Enter');
  const { msPerRep, target } = await rhythm(page);

  // Into the break window (past its title bar and Done): Pause, with its key shown.
  await tabTo(page, (el) => el.inBreak && el.text.startsWith('Pause'));
  await screen(page, info, 'keyboard-focus-pause', breakWindow(page));
  await runToCountStart(page);
  await page.clock.runFor(msPerRep * 2 + 50);
  await expect(repCount(page)).toHaveText(`2 / ${target}`);

  await page.keyboard.press('Space');
  await expect(breakWindow(page).getByRole('button', { name: /resume/i })).toBeFocused();
  await page.clock.runFor(30_000);
  await expect(repCount(page)).toHaveText(`2 / ${target}`);
  await page.keyboard.press('Space');
  await page.clock.runFor(msPerRep);
  await expect(repCount(page)).toHaveText(`3 / ${target}`);

  // Letter shortcuts work wherever focus is in the window (outside text fields): S would skip, so
  // use Shift+Tab back to Done and Enter to finish early with the reps so far.
  await page.keyboard.press('Shift+Tab');
  await expect(breakWindow(page).locator('.controls [data-action="done"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(breakWindow(page).getByRole('heading', { name: 'Good, that counts' })).toBeVisible();
  await expect(breakWindow(page)).toContainText(`3 reps of ${target}`);
  await page.keyboard.press('Escape');
  await expect(breakWindow(page)).toContainText('No break right now');

  // Settings, by keyboard: open the tab, reach the field, type, leave it.
  await tabTo(page, (el) => el.text === 'Settings');
  await page.keyboard.press('Enter');
  await tabTo(page, (el) => el.label === 'Break every');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await expect(appWindow(page).getByTestId('save-status')).toHaveText('Saved: Break interval.');
});

test('keyboard shortcuts: Z snoozes, S skips, H hides the mobe for good', async ({ page }) => {
  await openDemo(page);
  const start = page.getByRole('button', { name: 'Start a break now' });

  await start.click();
  await expect(repCount(page).or(breakWindow(page).getByTestId('lead-in'))).toBeVisible();
  // The break window opens without focus (it never takes keys from the user's work); once it has
  // focus (a click), its single keys work.
  await focusBreak(page);
  await page.keyboard.press('z');
  await expect(breakWindow(page)).toContainText('No break right now');

  await start.click();
  await expect(breakWindow(page).getByTestId('lead-in')).toBeVisible();
  await focusBreak(page);
  await page.keyboard.press('s');
  await expect(breakWindow(page)).toContainText('No break right now');

  await start.click();
  const { mobe } = await rhythm(page);
  await focusBreak(page);
  await page.keyboard.press('h');
  await expect(breakWindow(page)).toContainText('No break right now');
  await appWindow(page).getByRole('link', { name: 'Settings' }).click();
  const hidden = appWindow(page).locator('.hidden-list');
  await expect(hidden.getByRole('button', { name: /^Unhide / })).toHaveCount(1);
  await expect(appWindow(page).locator('.mobe-table tr.is-hidden')).toHaveCount(1);
  expect(mobe).not.toBe('');
});
