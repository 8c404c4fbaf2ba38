import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Monday 3 March 2025, 09:30 in Berlin (the project's timezoneId): inside the default work hours. */
export const MONDAY_0930 = new Date('2025-03-03T09:30:00+01:00');

/**
 * Opens the demo (the real core in the page) under Playwright's clock, then pauses time so that
 * only runFor() moves it: the engine, the rep counter and the timers all follow the fake clock.
 */
export async function openDemo(page: Page, opts: { fresh?: boolean; time?: Date; seed?: number } = {}) {
  const time = opts.time ?? MONDAY_0930;
  await page.clock.install({ time });
  const q = new URLSearchParams({ seed: String(opts.seed ?? 7) });
  if (opts.fresh !== false) q.set('fresh', '1');
  await page.goto(`demo.html?${q}`);
  await page.clock.pauseAt(new Date(time.getTime() + 10_000));
  await expect(page.getByTestId('tray-tooltip')).toBeVisible();
}

/** The break window's page, in its frame of true size inside the demo. */
export const breakWindow = (page: Page): Locator =>
  page.frameLocator('iframe[title="Break window"]').locator('body');
export const breakMain = (page: Page): Locator => breakWindow(page).locator('main.break');
/** The app window's page (history and settings), in its frame inside the demo. */
export const appWindow = (page: Page): Locator =>
  page.frameLocator('iframe[title="App window"]').locator('body');
/** Gives the break window keyboard focus, as a click on it would (it opens without focus). */
export async function focusBreak(page: Page): Promise<void> {
  await breakMain(page).locator('h1').click();
}

/**
 * Simulated desk work inside the page: mouse moves dispatched every second by a timer on the page's
 * (fake) clock, in 30-second rounds of 25 s of activity and a 5 s pause (a lull a due break can use).
 * Because the timer runs on the page clock, clock.runFor() carries the activity along with it.
 */
export async function startDeskWork(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { deskWork?: number };
    if (w.deskWork) return;
    const start = Date.now();
    w.deskWork = window.setInterval(() => {
      if ((Date.now() - start) % 30_000 < 25_000) {
        window.dispatchEvent(new MouseEvent('mousemove', { clientX: 600, clientY: 880 }));
      }
    }, 1000);
  });
}

export async function stopDeskWork(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { deskWork?: number };
    if (w.deskWork) window.clearInterval(w.deskWork);
    w.deskWork = undefined;
  });
}

/** Works at the desk for `ms` of (fake) time. */
export async function sit(page: Page, ms: number): Promise<void> {
  await startDeskWork(page);
  for (let t = 0; t < ms; t += 10_000) await page.clock.runFor(Math.min(10_000, ms - t));
}

/** Works at the desk until the break window shows a mobe; returns the minutes it took. */
export async function sitUntilPrompt(page: Page, maxMinutes = 30): Promise<number> {
  await startDeskWork(page);
  let t = 0;
  while (t <= maxMinutes * 60_000) {
    if ((await breakMain(page).locator('[data-testid="lead-in"], [data-testid="rep-count"]').count()) > 0) {
      return t / 60_000;
    }
    // Big steps while the break is far off, small ones once it is close, so the test sees the
    // prompt within half a second of it showing (before the 3-2-1 lead-in is over).
    const tip = (await page.getByTestId('tray-tooltip').textContent()) ?? '';
    // "next mobe in 1 min" counts as close: the break can fall due and show within one big step.
    const near = /due|under 1 min|in 1 min\b/.test(tip);
    const step = near ? 500 : 10_000;
    await page.clock.runFor(step);
    t += step;
  }
  throw new Error(`no prompt after ${maxMinutes} minutes of sitting`);
}

/** Runs the clock in 50 ms steps until the lead-in is over: the counter is then at 0, in step. */
export async function runToCountStart(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await repCount(page).count()) > 0) return;
    await page.clock.runFor(50);
  }
  throw new Error('the lead-in never ended');
}

export async function rhythm(page: Page): Promise<{ msPerRep: number; target: number; mobe: string }> {
  const main = breakMain(page);
  await expect(main).toHaveAttribute('data-seconds-per-rep', /\d/);
  return {
    msPerRep: Number(await main.getAttribute('data-seconds-per-rep')) * 1000,
    target: Number(await main.getAttribute('data-target-reps')),
    mobe: (await main.getAttribute('data-mobe')) ?? '',
  };
}

export const repCount = (page: Page): Locator => breakWindow(page).getByTestId('rep-count');

/** Saves a screenshot under test-results/screens/ and attaches it to the report. */
export async function screen(page: Page, info: TestInfo, name: string, target?: Locator): Promise<void> {
  const dir = join('test-results', 'screens');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await (target ?? page).screenshot({ path, animations: 'allow' });
  await info.attach(name, { path, contentType: 'image/png' });
}

/** Sets a numeric setting through the settings view, as a user would (type, then leave the field). */
export async function setNumber(page: Page, label: string, value: string): Promise<void> {
  await appWindow(page).getByRole('link', { name: 'Settings' }).click();
  const input = appWindow(page).getByLabel(label, { exact: true });
  await input.fill(value);
  await input.blur();
}
