import { expect, test } from '@playwright/test';
import { appWindow, openDemo, screen } from './helpers';

test('a bad entry is rejected with a message beside the field; the saved value survives a reload', async ({
  page,
}, info) => {
  // Stored in localStorage (not ?fresh), so a reload shows what was really saved.
  await openDemo(page, { fresh: false });
  const app = appWindow(page);
  await app.getByRole('link', { name: 'Settings' }).click();
  const interval = app.getByLabel('Break every', { exact: true });
  await expect(interval).toHaveValue('15');

  await interval.fill('5');
  await interval.blur();
  await expect(interval).toHaveAttribute('aria-invalid', 'true');
  const errorId = (await interval.getAttribute('aria-describedby'))!
    .split(' ')
    .find((id) => id.endsWith('-error'))!;
  await expect(app.locator(`[id="${errorId}"]`)).toHaveText('Break interval must be at least 10 minutes.');
  await expect(app.getByTestId('save-status')).toContainText('Not saved');
  await page.clock.runFor(2000);
  await screen(page, info, 'settings-invalid', app);

  await page.reload();
  await appWindow(page).getByRole('link', { name: 'Settings' }).click();
  await expect(appWindow(page).getByLabel('Break every', { exact: true })).toHaveValue('15');

  // A good value is saved and kept.
  const again = appWindow(page).getByLabel('Break every', { exact: true });
  await again.fill('25');
  await again.blur();
  await expect(appWindow(page).getByTestId('save-status')).toHaveText('Saved: Break interval.');
  await page.reload();
  await appWindow(page).getByRole('link', { name: 'Settings' }).click();
  await expect(appWindow(page).getByLabel('Break every', { exact: true })).toHaveValue('25');
  await expect(page.getByTestId('tray-tooltip')).toContainText('next mobe in 25 min');
});

test('work hours: an end before the start is refused, and the day keeps its saved hours', async ({
  page,
}) => {
  await openDemo(page);
  const app = appWindow(page);
  await app.getByRole('link', { name: 'Settings' }).click();
  const end = app.getByLabel('Monday range 1 to');
  await end.fill('08:00');
  await end.blur();
  await expect(app.getByRole('group', { name: 'Monday' })).toContainText(
    'Monday, range 1 must end after it starts.',
  );
  // Still inside the saved Monday hours: the tray keeps counting toward a break.
  await expect(page.getByTestId('tray-tooltip')).toContainText('next mobe in');
});
