#!/usr/bin/env node
/**
 * Renderer bench: builds the browser renderer (vite.renderer.config.ts), serves it, and measures in
 * Debian's Chromium, each figure beside a baseline measured in the same run:
 *
 * 1. Break window JS, gzipped (every script the page loads, its language's texts included), against
 *    the blank React page built the same way (what React + ReactDOM cost on their own). Target: at
 *    most 100 KB.
 * 2. Navigation to the first frame of a mobe (a requestAnimationFrame after the figure is in the DOM,
 *    marked by the page), median of N runs, against the blank React page's first frame. Target: 1.2x.
 * 3. JS heap (after forced GC) after 100 break cycles against after 1. Target: 1.05x.
 *
 * Diagnostic rows (no target): when each page's content is in the DOM (its "-visible" mark), to tell
 * script and render work from layout and the frame; and the compiled code in the heap, because V8
 * compiles and tiers up React's and the figures' code over the first breaks: the used heap grows by
 * that code whether or not the page keeps anything alive. Then the first frame step by step, from the
 * pages' own marks (main script running, texts and figure in, content in the DOM, first frame), so a
 * change to the start-up can be seen where it acts.
 *
 * The break page gets a stand-in window.mobes (as the preload would give it) that serves a real
 * catalog mobe. Both pages load in one Chromium profile on disk, as the app's own session is, each
 * warmed once, then in turn. Prints a table; exits 0 (a bench reports, it does not fail the build).
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { build, preview } from 'vite';
import {
  heapAfterCycles,
  loadedJsGzip,
  pageJsGzip,
  pageMarks,
  reportFirstFrames,
  stubBridge,
} from './benchRendererPages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = join(root, 'vite.renderer.config.ts');
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const CYCLES = 100;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Prints rows under a header, each column as wide as its widest cell. */
function printTable(head, rows) {
  const table = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...table.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => String(cell).padEnd(widths[c])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/**
 * Where the first frame's time goes, from each page's marks: when its main script starts (after
 * every script it imports has arrived and run), how long the break window then waits for its texts
 * and its figure, the render up to the content being in the DOM, and the wait for the frame.
 * Medians of each step, so they need not add up to the median first frame.
 */
function startSteps(mobeRuns, blankRuns) {
  const mobeReady = (m) => Math.max(m.texts, m.figure);
  const steps = [
    ['Navigation -> main script runs', (m) => m.script, (b) => b.script],
    ['Main script -> texts and figure in', (m) => mobeReady(m) - m.script, () => 0],
    ['  texts in (from main script)', (m) => m.texts - m.script, null],
    ['  figure in (from main script)', (m) => m.figure - m.script, null],
    ['Render -> content in the DOM', (m) => m.visible - mobeReady(m), (b) => b.visible - b.script],
    [
      'Content in the DOM -> first frame',
      (m) => m['first-frame'] - m.visible,
      (b) => b['first-frame'] - b.visible,
    ],
  ];
  return steps.map(([name, ofMobe, ofBlank]) => {
    const m = median(mobeRuns.map(ofMobe));
    if (!ofBlank) return [name, m.toFixed(1), '-', '-'];
    const b = median(blankRuns.map(ofBlank));
    return [name, m.toFixed(1), b.toFixed(1), `${m - b >= 0 ? '+' : ''}${(m - b).toFixed(1)}`];
  });
}

async function main() {
  console.log('Building the renderer (vite.renderer.config.ts)...');
  await build({ configFile: config, logLevel: 'warn' });
  const outDir = join(root, 'dist', 'renderer-web');
  let breakJs = pageJsGzip(outDir, 'break.html');
  const blankJs = pageJsGzip(outDir, 'bench-blank.html');

  const { CATALOG } = await tsImport('../shared/catalog/catalog.ts', import.meta.url);
  const mobes = JSON.parse(JSON.stringify(CATALOG));

  const server = await preview({
    configFile: config,
    logLevel: 'warn',
    preview: { port: 4191, strictPort: false },
  });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4191/';
  const { CHROMIUM } = await tsImport('../tests/e2e/chromium.ts', import.meta.url);
  // A profile on disk, as the app's own session is (an off-the-record context keeps no HTTP or code
  // cache between pages). Chromium 156 here makes a V8 code cache for module scripts but does not use
  // it on later loads (their trace shows each module compiled again, streamed), even when they come
  // unchanged from the HTTP cache (served immutable); classic scripts do use theirs from the third
  // load. So the figures are for a start that compiles every script, the slowest kind.
  const profile = mkdtempSync(join(tmpdir(), 'mobes-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM,
    viewport: { width: 440, height: 820 },
  });
  try {
    await context.addInitScript(stubBridge, mobes);
    await context.addInitScript(reportFirstFrames);

    // Warm the server and the HTTP cache once for each page, then alternate the two pages.
    const mobePage = () => pageMarks(context, `${base}break.html`, 'mobe');
    const blankPage = () => pageMarks(context, `${base}bench-blank.html`, 'blank');
    await mobePage();
    await blankPage();
    breakJs = await loadedJsGzip(context, `${base}break.html`, outDir, 'main.break[data-stage="guide"]');
    const mobeRuns = [];
    const blankRuns = [];
    for (let i = 0; i < RUNS; i++) {
      mobeRuns.push(await mobePage());
      blankRuns.push(await blankPage());
    }
    const mobeTimes = mobeRuns.map((m) => m['first-frame']);
    const blankTimes = blankRuns.map((b) => b['first-frame']);

    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // A persistent context has no Browser object to ask (context.browser() is null): ask Chromium.
    const { product } = await cdp.send('Browser.getVersion');
    await page.goto(`${base}break.html`);
    await page.waitForSelector('main.break[data-stage="guide"]');
    await page.keyboard.press('s');
    await page.waitForSelector('main.break[data-stage="idle"]');
    const heap1 = await heapAfterCycles(page, cdp, 1);
    const heap20 = await heapAfterCycles(page, cdp, 19);
    const heap100 = await heapAfterCycles(page, cdp, CYCLES - 20);

    const tMobe = median(mobeTimes);
    const tBlank = median(blankTimes);
    const vMobe = median(mobeRuns.map((m) => m.visible));
    const vBlank = median(blankRuns.map((b) => b.visible));
    const rows = [
      [
        'Break window JS, gzip',
        kb(breakJs.bytes),
        `blank React page ${kb(blankJs.bytes)}`,
        `${(breakJs.bytes / blankJs.bytes).toFixed(2)}x`,
        '<= 100 KB',
        breakJs.bytes <= 100 * 1024,
      ],
      [
        `Navigation -> first mobe frame (median of ${RUNS})`,
        `${tMobe.toFixed(1)} ms`,
        `blank React page ${tBlank.toFixed(1)} ms`,
        `${(tMobe / tBlank).toFixed(2)}x`,
        '<= 1.2x',
        tMobe / tBlank <= 1.2,
      ],
      [
        `(diagnostic) Navigation -> content in the DOM`,
        `${vMobe.toFixed(1)} ms`,
        `blank React page ${vBlank.toFixed(1)} ms`,
        `${(vMobe / vBlank).toFixed(2)}x`,
        '-',
        null,
      ],
      [
        `JS heap (V8 used) after ${CYCLES} break cycles`,
        mb(heap100.usedSize),
        `after 1 cycle ${mb(heap1.usedSize)}`,
        `${(heap100.usedSize / heap1.usedSize).toFixed(3)}x`,
        '<= 1.05x',
        heap100.usedSize / heap1.usedSize <= 1.05,
      ],
      [
        `Live JS objects (no JIT code) after ${CYCLES}`,
        mb(heap100.objects),
        `after 1 cycle ${mb(heap1.objects)}`,
        `${(heap100.objects / heap1.objects).toFixed(3)}x`,
        '<= 1.05x',
        heap100.objects / heap1.objects <= 1.05,
      ],
      [
        `(diagnostic) compiled code in the heap after ${CYCLES}`,
        mb(heap100.code),
        `after 1 cycle ${mb(heap1.code)}`,
        `+${mb(heap100.code - heap1.code)}`,
        '-',
        null,
      ],
      [
        `JS heap (V8 used) after ${CYCLES}, steady state`,
        mb(heap100.usedSize),
        `after 20 (every figure once) ${mb(heap20.usedSize)}`,
        `${(heap100.usedSize / heap20.usedSize).toFixed(3)}x`,
        '<= 1.05x',
        heap100.usedSize / heap20.usedSize <= 1.05,
      ],
    ];
    const head = ['metric', 'value', 'baseline (same run)', 'ratio', 'target', 'met'];
    console.log(`\nRenderer bench · ${product} · ${new Date().toISOString()}\n`);
    printTable(
      head,
      rows.map((r) => [...r.slice(0, 5), r[5] === null ? '-' : r[5] ? 'yes' : 'NO']),
    );
    console.log(`\nThe first frame step by step (diagnostic; medians of ${RUNS}, ms):\n`);
    printTable(['step', 'break window', 'blank React page', 'difference'], startSteps(mobeRuns, blankRuns));
    console.log(`\nbreak window scripts: ${breakJs.files.join(', ')}`);
    console.log(`first frame, all runs (ms): mobe ${mobeTimes.map((t) => t.toFixed(0)).join(' ')}`);
    console.log(`                            blank ${blankTimes.map((t) => t.toFixed(0)).join(' ')}`);
  } finally {
    await context.close();
    server.httpServer.closeAllConnections();
    await new Promise((r) => server.httpServer.close(r));
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.log(`renderer bench could not finish: ${err?.stack ?? err}`);
  process.exitCode = 0;
});
