import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AREAS } from '../../shared/catalog/types';
import { CATALOG } from '../../shared/catalog/catalog';
import { openDemo } from './helpers';

/**
 * Every mobe's figure at four moments of its cycle (0, 1/4, 1/2, 3/4), rendered by the demo's figure
 * gallery in Chromium at the size the break window gives a figure, then composed into contact sheets
 * under test-results/figures/ (ImageMagick's montage) so a person can look at all of them side by side.
 * Frames come from pausing every CSS animation at the same point of its figure's cycle, so a sheet is
 * the same on every run.
 */
const DIR = join('test-results', 'figures');
const FRAMES = join(DIR, 'frames');
const PHASES = [0, 0.25, 0.5, 0.75] as const;

/** Pauses every figure animation at `phase` of its own figure's cycle (--cycle on the svg). */
async function freezeAt(page: Page, phase: number): Promise<number> {
  return page.evaluate((p) => {
    let n = 0;
    for (const a of document.getAnimations()) {
      const target = (a.effect as KeyframeEffect | null)?.target;
      const svg = target?.closest('svg.fig');
      if (!svg) continue;
      const cycle = parseFloat(getComputedStyle(svg).getPropertyValue('--cycle'));
      a.pause();
      a.currentTime = p * cycle * 1000;
      n++;
    }
    return n;
  }, phase);
}

function montage(args: string[]): void {
  try {
    execFileSync('montage', args, { stdio: 'pipe' });
  } catch (e) {
    throw new Error(`ImageMagick's montage failed (apt-get install imagemagick): ${String(e)}`);
  }
}

test('contact sheets of every figure through its cycle', async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openDemo(page);
  await page.getByRole('button', { name: /every mobe’s figure/ }).click();
  // Square figures whatever the caption's height, so every frame has the same size.
  await page.addStyleTag({ content: '.gallery .fig { height: auto; }' });
  const cards = page.locator('.gallery figure');
  await expect(cards).toHaveCount(CATALOG.length);
  // Each card shows the mobe's own figure, not the generic fallback.
  for (const [i, m] of CATALOG.entries()) {
    await expect(cards.nth(i).locator('svg.fig')).toHaveAttribute('data-figure', m.id);
  }

  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(FRAMES, { recursive: true });
  for (const [k, phase] of PHASES.entries()) {
    expect(await freezeAt(page, phase)).toBeGreaterThan(CATALOG.length);
    for (const [i, m] of CATALOG.entries()) {
      await cards
        .nth(i)
        .locator('svg.fig')
        .screenshot({ path: join(FRAMES, `${m.id}-${k}.png`) });
    }
  }

  // One sheet for the whole catalog, area by area, four frames of a figure in a row.
  const ordered = AREAS.flatMap((a) => CATALOG.filter((m) => m.area === a));
  const frameArgs = (ids: readonly string[]) =>
    ids.flatMap((id) => PHASES.flatMap((_, k) => ['-label', `${id} ${k}/4`, join(FRAMES, `${id}-${k}.png`)]));
  const common = ['-tile', `${PHASES.length * 2}x`, '-geometry', '+6+6', '-pointsize', '11'];
  const all = join(DIR, 'contact-sheet.png');
  montage([...frameArgs(ordered.map((m) => m.id)), ...common, all]);
  await info.attach('contact-sheet', { path: all, contentType: 'image/png' });
  // And one per area, easier to read at true size.
  for (const area of AREAS) {
    const sheet = join(DIR, `sheet-${area}.png`);
    montage([...frameArgs(ordered.filter((m) => m.area === area).map((m) => m.id)), ...common, sheet]);
    await info.attach(`sheet-${area}`, { path: sheet, contentType: 'image/png' });
  }
});
