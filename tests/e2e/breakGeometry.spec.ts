import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../../shared/catalog/catalog';
import type { Mobe } from '../../shared/catalog/types';
import { BREAK_WINDOW } from '../../shared/geometry/windowSizes';
import { breakViewFor, installBridge, pushBreak, setFailures } from './support/bridge';
import { expectFits } from './support/fit';
import { stretchTexts } from './support/stretch';

/**
 * Every break screen at the break window's true size (shared/geometry/windowSizes.ts), for every mobe
 * in the catalog as it is at run time: no scrolling either way, every control and the counter inside
 * the window, no text clipped. Lead-in, counting, the halfway switch, the info panel, the error
 * state and the completion view (recorded, and failed), light and dark, moving and reduced motion.
 */
test.use({ viewport: { ...BREAK_WINDOW } });

const GUIDE = [
  '.topbar button',
  '.mobe-name',
  '.summary',
  '.visual svg',
  '.controls button',
  '[data-testid="seconds-left"]',
];
const SHEET_DIR = join('test-results', 'break-sheet');

/** The catalog's texts at the longest they are expected to grow to (name 30, summary 150...). */
function longest(m: Mobe): Mobe {
  const pad = (s: string, n: number) => (s.length >= n ? s : `${s} ${'wordy '.repeat(n)}`.slice(0, n).trim());
  return {
    ...m,
    id: `${m.id}`,
    name: pad(m.name, 30),
    summary: pad(m.summary, Math.max(150, m.summary.length)),
    cues: m.cues.map((c) => pad(c, 50)),
    safety: pad(m.safety, 110),
  };
}

async function openBreakPage(page: Page, first: Mobe) {
  await page.clock.install({ time: new Date('2025-03-03T09:30:00+01:00') });
  await installBridge(page, breakViewFor(first, 'warm-up'));
  await page.goto('break.html');
  await page.clock.pauseAt(new Date('2025-03-03T09:30:05+01:00'));
}

/** Walks one mobe through every screen of its break, checking each at the true size. */
async function walkBreak(page: Page, mobe: Mobe, label: string, shoot?: string): Promise<number[]> {
  const heights: number[] = [];
  const view = breakViewFor(mobe, `${label}-${mobe.id}`);
  await setFailures(page, {});
  await pushBreak(page, view);
  await expect(page.locator(`main.break[data-mobe="${mobe.id}"]`)).toBeVisible();
  await expect(page.getByTestId('lead-in')).toBeVisible();
  heights.push(
    (await expectFits(page, [...GUIDE, '[data-testid="lead-in"]'], `${label} lead-in`)).page.height,
  );

  const msPerRep = mobe.secondsPerRep * 1000;
  await page.clock.runFor(3000 + msPerRep * 2 + 100);
  await expect(page.getByTestId('rep-count')).toBeVisible();
  heights.push(
    (await expectFits(page, [...GUIDE, '[data-testid="rep-count"]'], `${label} counting`)).page.height,
  );
  if (shoot) await page.screenshot({ path: shoot, animations: 'allow' });

  const half = Math.floor(view.targetReps / 2);
  await page.clock.runFor(msPerRep * (half - 2));
  await expect(page.getByTestId('rep-count')).toContainText(`${half} /`);
  const sided = mobe.sides !== 'none';
  const atHalf = [...GUIDE, '[data-testid="rep-count"]', ...(sided ? ['[data-testid="side"]'] : [])];
  heights.push((await expectFits(page, atHalf, `${label} switch sides`)).page.height);

  await page.getByRole('button', { name: 'Tips and safety' }).click();
  await expect(page.locator('#mobe-info')).toBeVisible();
  await expectFits(
    page,
    ['.topbar button', '.mobe-name', '.controls button', '#mobe-info .link'],
    `${label} info`,
  );
  await page.getByRole('button', { name: 'Hide tips and safety' }).click();

  await setFailures(page, { skipBreak: 'This break could not be saved: the disk is full (ENOSPC).' });
  await page.locator('.controls [data-action="skip"]').click();
  await expect(page.getByRole('alert')).toBeVisible();
  heights.push((await expectFits(page, [...GUIDE, '[role="alert"]'], `${label} error`)).page.height);
  await setFailures(page, {});
  // A failed skip leaves the break paused where it was; carry on.
  await page.locator('.controls [data-action="pause"]').click();

  await page.clock.runFor(msPerRep * (view.targetReps - half) + 100);
  await expect(page.getByTestId('completion-today')).toBeVisible();
  const done = ['[data-testid="completion-today"]', '.completion button', '.topbar button'];
  heights.push((await expectFits(page, done, `${label} completion`)).page.height);

  await setFailures(page, {
    completeBreak: 'The history file is read-only (EACCES), so nothing was written.',
  });
  await pushBreak(page, { ...view, promptId: `${view.promptId}-failed` });
  await page.clock.runFor(3100);
  await page.locator('.controls [data-action="done"]').click();
  await expect(page.getByRole('alert')).toBeVisible();
  heights.push(
    (await expectFits(page, ['.completion button', '[role="alert"]'], `${label} completion error`)).page
      .height,
  );
  return heights;
}

for (const scheme of ['light', 'dark'] as const) {
  for (const motion of ['no-preference', 'reduce'] as const) {
    test(`every mobe fits the break window: ${scheme}, motion ${motion}`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: motion });
      await openBreakPage(page, CATALOG[0]);
      const dir = join(SHEET_DIR, scheme);
      if (motion === 'no-preference') mkdirSync(dir, { recursive: true });
      const heights: number[] = [];
      for (const [i, mobe] of CATALOG.entries()) {
        const shot =
          motion === 'no-preference' ? join(dir, `${String(i).padStart(2, '0')}-${mobe.id}.png`) : undefined;
        heights.push(...(await walkBreak(page, mobe, `${mobe.id} ${scheme} ${motion}`, shot)));
      }
      test.info().annotations.push({
        type: 'page height',
        description: `${Math.min(...heights)}-${Math.max(...heights)} px in a ${BREAK_WINDOW.height} px window`,
      });
    });
  }
}

test('texts 40 % longer (a pseudo-locale) still fit, for every mobe', async ({ page }) => {
  test.setTimeout(240_000);
  await stretchTexts(page);
  await openBreakPage(page, CATALOG[0]);
  const dir = join(SHEET_DIR, 'stretched');
  mkdirSync(dir, { recursive: true });
  for (const mobe of CATALOG)
    await walkBreak(page, mobe, `${mobe.id} stretched`, join(dir, `${mobe.id}.png`));
});

test('the longest texts the catalog may grow to, 40 % longer again, still fit', async ({ page }) => {
  test.setTimeout(240_000);
  await stretchTexts(page);
  await openBreakPage(page, CATALOG[0]);
  const dir = join(SHEET_DIR, 'longest');
  mkdirSync(dir, { recursive: true });
  for (const mobe of CATALOG.slice(0, 6)) {
    await walkBreak(page, longest(mobe), `${mobe.id} longest`, join(dir, `${mobe.id}.png`));
  }
});

test('a preview break, with its extra label, fits too', async ({ page }) => {
  await stretchTexts(page);
  await openBreakPage(page, CATALOG[0]);
  const mobe = CATALOG.find((m) => m.postures.length > 1) ?? CATALOG[0];
  await pushBreak(page, breakViewFor(mobe, 'preview-1', { reason: 'preview' }));
  await expect(page.locator('.topbar .chip.quiet')).toBeVisible();
  await expectFits(page, [...GUIDE, '[data-testid="lead-in"]'], 'preview');
});

test('a break held for a call, saying why it came now, fits for every mobe; cues follow the 3-2-1', async ({
  page,
}) => {
  await stretchTexts(page);
  await openBreakPage(page, CATALOG[0]);
  for (const mobe of CATALOG) {
    await pushBreak(page, breakViewFor(mobe, `held-${mobe.id}`, { after: ['call', 'dnd'] }));
    await expect(page.locator(`main.break[data-mobe="${mobe.id}"]`)).toBeVisible();
    await expect(page.getByTestId('why-now')).toBeVisible();
    await expect(page.getByTestId('lead-in')).toBeVisible();
    await expectFits(page, [...GUIDE, '.why-now', '[data-testid="lead-in"]'], `held ${mobe.id}`);
  }
  // Once counting starts, the line makes way for the mobe's cues.
  await page.clock.runFor(3100);
  await expect(page.getByTestId('why-now')).toHaveCount(0);
  await expect(page.getByTestId('cue')).toBeVisible();
});

test('contact sheet: every mobe, light and dark, at true size', async () => {
  const shots = ['light', 'dark'].flatMap((s) =>
    readdirSync(join(SHEET_DIR, s), { withFileTypes: true })
      .filter((f) => f.name.endsWith('.png'))
      .map((f) => join(SHEET_DIR, s, f.name)),
  );
  expect(shots.length).toBe(CATALOG.length * 2);
  const out = join('test-results', 'break-window-contact-sheet.png');
  // -geometry +8+8 keeps every shot at its own (true) size; one row per colour scheme.
  execFileSync('montage', [
    ...shots,
    '-tile',
    `${CATALOG.length}x2`,
    '-geometry',
    '+8+8',
    '-background',
    '#888888',
    out,
  ]);
  const size = execFileSync('identify', ['-format', '%w %h', out]).toString().split(' ').map(Number);
  expect(size).toEqual([CATALOG.length * (BREAK_WINDOW.width + 16), 2 * (BREAK_WINDOW.height + 16)]);
});
