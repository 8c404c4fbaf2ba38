import { expect, test } from '@playwright/test';
import { breakMain, breakWindow, openDemo, screen, sit, sitUntilPrompt } from './helpers';

/**
 * Breaks held while the user is busy, on the real core in the demo: the demo's "Join a call" switch
 * feeds the same context input the desktop's detectors do (electron/main/busyContext.ts).
 */
test.describe('never at the wrong moment', () => {
  test('no break during a call; one held break shortly after it, saying why it came now', async ({
    page,
  }, info) => {
    await openDemo(page);
    await page.getByRole('button', { name: 'Join a call' }).click();
    await expect(page.getByTestId('tray-held')).toHaveText('Breaks held: on a call');
    // 25 minutes on the call: the break falls due at 15 and is held.
    await sit(page, 25 * 60_000);
    await expect(breakWindow(page)).toContainText('No break right now');
    await expect(page.getByTestId('tray-tooltip')).toHaveText(
      'Mobes · a mobe is due, held until you are free · breaks held: on a call',
    );
    await expect(page.getByTestId('tray-icon')).toHaveText('due');

    await page.getByRole('button', { name: 'End the call' }).click();
    await expect(page.getByTestId('tray-held')).toHaveCount(0);
    const minutes = await sitUntilPrompt(page, 5);
    // The grace after busy (a minute), then the next lull in the typing.
    expect(minutes).toBeGreaterThanOrEqual(1);
    expect(minutes).toBeLessThanOrEqual(2);
    const why = breakWindow(page).getByTestId('why-now');
    await expect(why).toHaveText('Your call ended: time to move');
    // The extra line still leaves every control of the true-size window in view.
    for (const name of [/Done/, /Snooze/, /Skip/]) {
      await expect(breakMain(page).getByRole('button', { name }).first()).toBeInViewport();
    }
    await screen(page, info, 'break-after-call', breakWindow(page));
  });

  test('meeting mode from the tray holds breaks until it is ended', async ({ page }) => {
    await openDemo(page);
    await page.getByRole('button', { name: 'Meeting 30 min' }).click();
    await expect(page.getByTestId('tray-held')).toHaveText('Breaks held: meeting mode until 10:00');
    await sit(page, 20 * 60_000);
    await expect(breakWindow(page)).toContainText('No break right now');
    await page.getByRole('button', { name: 'End meeting' }).click();
    await sitUntilPrompt(page, 5);
    await expect(breakWindow(page).getByTestId('why-now')).toHaveText('Your meeting ended: time to move');
  });
});
