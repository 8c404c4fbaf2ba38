import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { CATALOG } from '../../shared/catalog/catalog';
import { focusTargetFor } from '../../shared/catalog/reps';
import { BREAK_WINDOW } from '../../shared/geometry/windowSizes';
import type { BreakView } from '../../shared/ipc/contract';
import { breakViewFor, installBridge, type BridgeWindow } from './support/bridge';
import { expectFits } from './support/fit';
import { stretchTexts } from './support/stretch';

/**
 * A focus set in the break window at its true size (shared/geometry/windowSizes.ts): the lead line
 * and the way back to a short break, a 40-rep set counted at the mobe's rhythm, the feel question
 * after it with its keys, and the advice after two sets that hurt; every screen without scrolling or
 * clipped text, in English and with every text 40 % longer.
 */
test.use({ viewport: { ...BREAK_WINDOW } });

const neck = CATALOG.find((m) => m.id === 'neck-circles')!;
const other = CATALOG.find((m) => m.id === 'neck-side-bends')!;
const focusView = (over: Partial<BreakView> = {}): BreakView => {
  const targetReps = focusTargetFor(neck, 40);
  return breakViewFor(neck, 'focus-1', {
    targetReps,
    breakSeconds: Math.round(targetReps * neck.secondsPerRep),
    focus: { smaller: false, declinable: true },
    ...over,
  });
};

async function open(page: Page, view: BreakView) {
  await page.clock.install({ time: new Date('2025-03-03T11:20:00+01:00') });
  await installBridge(page, view);
  await page.goto('break.html');
  await page.clock.pauseAt(new Date('2025-03-03T11:20:02+01:00'));
  await expect(page.locator('main.break[data-focus="set"]')).toBeVisible();
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as BridgeWindow).__bridge.calls);
const GUIDE = [
  '.topbar button',
  '.mobe-name',
  '[data-testid="focus-lead"]',
  '.visual svg',
  '.controls button',
];

async function shoot(page: Page, info: TestInfo, name: string) {
  await page.screenshot({ path: info.outputPath(`${name}.png`), animations: 'allow' });
}

for (const stretched of [false, true]) {
  const label = stretched ? 'texts 40 % longer' : 'English';
  test(`a 40-rep focus set counts at its rhythm, then asks how it felt (${label})`, async ({
    page,
  }, info) => {
    if (stretched) await stretchTexts(page);
    const view = focusView();
    expect(view.targetReps).toBe(40);
    await open(page, view);
    await expectFits(page, [...GUIDE, '[data-testid="lead-in"]'], `${label}: lead-in`);
    if (!stretched) {
      await expect(page.getByText('Focus set')).toBeVisible();
      await expect(page.getByTestId('focus-lead')).toContainText('Short break instead');
    }

    const ms = neck.secondsPerRep * 1000;
    for (let i = 0; i < 100 && (await page.getByTestId('rep-count').count()) === 0; i++)
      await page.clock.runFor(50);
    await expect(page.getByTestId('rep-count')).toHaveText('0 / 40');
    for (const rep of [1, 2, 3]) {
      await page.clock.runFor(ms - 100);
      await expect(page.getByTestId('rep-count')).toHaveText(`${rep - 1} / 40`);
      await page.clock.runFor(100);
      await expect(page.getByTestId('rep-count')).toHaveText(`${rep} / 40`);
    }
    await expectFits(page, [...GUIDE, '[data-testid="rep-count"]'], `${label}: counting`);
    if (!stretched) await shoot(page, info, 'focus-counting');
    await page.clock.runFor(ms * 36);
    await expect(page.getByTestId('rep-count')).toHaveText('39 / 40');
    await page.clock.runFor(ms);

    const question = page.getByTestId('feel-question');
    await expect(question).toBeVisible();
    await expectFits(
      page,
      ['[data-testid="feel-question"] button', '.completion > button'],
      `${label}: feel`,
    );
    if (!stretched) await shoot(page, info, 'focus-feel-question');
    // It waits for the answer.
    await page.clock.runFor(10_000);
    await expect(question).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByTestId('feel-answered')).toBeVisible();
    expect(await calls(page)).toContainEqual(['answerFeel', { promptId: 'focus-1', feel: 'harder' }]);
  });

  test(`after two sets that hurt: a calm suggestion and a switch (${label})`, async ({ page }, info) => {
    if (stretched) await stretchTexts(page);
    const view = focusView({ targetReps: 26, breakSeconds: Math.round(26 * neck.secondsPerRep) });
    await open(page, view);
    await page.evaluate((o) => {
      (window as unknown as BridgeWindow).__bridge.feelResult = {
        hurtTwice: true,
        switchTo: o,
        smallerNext: true,
      };
    }, other);
    await page.clock.runFor(3000 + 20 + 26 * neck.secondsPerRep * 1000);
    await expect(page.getByTestId('feel-question')).toBeVisible();
    await page.keyboard.press('4');
    const answered = page.getByTestId('feel-answered');
    await expect(answered.locator('[data-action="switch-focus"]')).toBeVisible();
    if (!stretched) await expect(answered).toContainText('worth showing a clinician');
    await expectFits(
      page,
      ['[data-testid="feel-answered"] button', '.completion > button'],
      `${label}: advice`,
    );
    if (!stretched) await shoot(page, info, 'focus-hurt-twice');
    await answered.locator('[data-action="switch-focus"]').click();
    await expect(page.getByTestId('feel-switched')).toBeVisible();
    expect(await calls(page)).toContainEqual(['switchFocus', { mobeId: other.id }]);
  });
}

test('D declines the focus set; the short break main sends next takes its place', async ({ page }) => {
  await open(page, focusView());
  await page.keyboard.press('d');
  await expect.poll(() => calls(page)).toContainEqual(['declineFocus', { promptId: 'focus-1' }]);
  await page.evaluate(
    (v) => (window as unknown as BridgeWindow).__bridge.push(v),
    breakViewFor(
      CATALOG.find((m) => m.id === 'wrist-circles')!,
      'micro-1',
    ),
  );
  await expect(page.locator('main.break[data-mobe="wrist-circles"]')).toBeVisible();
  await expect(page.getByTestId('focus-lead')).toHaveCount(0);
});
