#!/usr/bin/env node
/* global window, document, performance, PerformanceObserver, URL */
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
 * that code whether or not the page keeps anything alive.
 *
 * The break page gets a stand-in window.mobes (as the preload would give it) that serves a real
 * catalog mobe. Both pages load in one Chromium profile on disk, as the app's own session is, each
 * warmed once, then in turn. Prints a table; exits 0 (a bench reports, it does not fail the build).
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { build, preview } from 'vite';

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

/** Gzipped size of every script an html page of the build loads (entry + module preloads). */
function pageJsGzip(outDir, html) {
  const text = readFileSync(join(outDir, html), 'utf8');
  const files = [...text.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const unique = [...new Set(files)];
  const bytes = unique.reduce((n, f) => n + gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length, 0);
  return { bytes, files: unique };
}

/**
 * Gzipped size of every script a page really loads, its lazily imported chunks included (the break
 * window's texts of its language are such chunks), as the browser fetched them from the build.
 */
async function loadedJsGzip(context, url, outDir, selector) {
  const page = await context.newPage();
  const files = new Set();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) files.add(path.slice(path.indexOf('assets/')));
  });
  await page.goto(url);
  await page.waitForSelector(selector);
  await page.close();
  const bytes = [...files].reduce(
    (n, f) => n + gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length,
    0,
  );
  return { bytes, files: [...files] };
}

/** The stand-in bridge for the break page: one request per method, events fired by the bench. */
function stubBridge(mobes) {
  const listeners = { breakShown: new Set(), breakEnded: new Set() };
  let n = 0;
  const viewFor = (i) => {
    const mobe = mobes[i % mobes.length];
    const targetReps = mobe.reps.min;
    return {
      promptId: `bench-${i}`,
      reason: 'due',
      mobe,
      targetReps,
      breakSeconds: Math.round(targetReps * mobe.secondsPerRep),
      sound: false,
      reducedMotion: 'off',
      today: { day: '2025-03-03', done: 2, goal: 8, streaks: { current: 3, best: 5 } },
    };
  };
  let current = viewFor(n);
  const okv = (value) => Promise.resolve({ ok: true, value });
  const done = () => {
    current = null;
    return okv(null);
  };
  window.mobes = {
    getCurrentBreak: () => okv(current),
    completeBreak: () => okv(current?.today ?? null),
    skipBreak: done,
    snoozeBreak: done,
    hideMobe: () => okv(null),
    closeBreak: () => okv(null),
    previewMobe: () => okv(null),
    getHistory: () => okv(null),
    exportHistory: () => okv({ saved: false }),
    getSettings: () => okv(null),
    getPreferredLanguages: () => okv(['en-US']),
    updateSettings: () => okv(null),
    onBreakShown: (l) => (listeners.breakShown.add(l), () => listeners.breakShown.delete(l)),
    onBreakEnded: (l) => (listeners.breakEnded.add(l), () => listeners.breakEnded.delete(l)),
    onHistoryChanged: () => () => {},
    onSettingsChanged: () => () => {},
    onBreakShortcut: () => () => {},
  };
  const show = () => {
    current = viewFor(++n);
    for (const l of listeners.breakShown) l(current);
  };
  const end = () => {
    const id = current?.promptId;
    current = null;
    for (const l of listeners.breakEnded) l({ promptId: id, outcome: 'missed' });
  };
  const frame = () => new Promise((r) => window.requestAnimationFrame(r));
  const until = async (selector) => {
    while (!document.querySelector(selector)) await frame();
  };
  // Break cycles run inside the page, so the bench's own calls and handles do not pile up in the heap
  // being measured. Half end with the S key (skip), half with breakEnded from main (e.g. tray snooze).
  window.benchBridge = {
    async cycles(count) {
      for (let i = 0; i < count; i++) {
        show();
        await until('main.break[data-stage="guide"] svg.fig');
        await frame();
        if (i % 2 === 0) window.dispatchEvent(new window.KeyboardEvent('keydown', { key: 's' }));
        else end();
        await until('main.break[data-stage="idle"]');
      }
    },
  };
}

/**
 * Reports each first-frame mark on the console as the page makes it. Waiting for it so, the bench
 * leaves the page alone while it starts: polling it with page.waitForFunction runs Playwright's
 * injected script in the page every frame, about 10 ms of main-thread work the first time, right in
 * the stretch being measured.
 */
function reportFirstFrames() {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name.endsWith('-first-frame')) console.debug(`bench-mark ${e.name}`);
  }).observe({ type: 'mark' });
}

/** The page's first-frame mark, and (diagnostic) its mark for "content in the DOM" just before. */
async function firstFrame(context, url, mark, visibleMark) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`${url}: ${e.message}`));
  const marked = new Promise((resolve) =>
    page.on('console', (m) => m.text() === `bench-mark ${mark}` && resolve()),
  );
  await page.goto(url, { waitUntil: 'commit' });
  await marked;
  const [t, visible] = await page.evaluate(
    (ms) => ms.map((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN),
    [mark, visibleMark],
  );
  await page.close();
  return { t, visible };
}

/**
 * Heap after forced GC: V8's used heap (all of it, compiled code included), and the bytes of the
 * page's live objects from a heap snapshot without compiled code. The second is the leak signal:
 * JIT code grows for a while as the figures' code warms up, whatever the page keeps alive.
 */
async function heapAfterCycles(page, cdp, cycles) {
  await page.evaluate((n) => window.benchBridge.cycles(n), cycles);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join(''));
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let objects = 0;
  let code = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    if (types[snap.nodes[i + typeAt]] !== 'code') objects += snap.nodes[i + sizeAt];
    else code += snap.nodes[i + sizeAt];
  }
  return { usedSize, objects, code };
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
  // cache between pages). Chromium 156 here makes a code cache for module scripts served over http
  // but does not use it on the next load (their trace shows each module compiled again, streamed):
  // the figures are for a start that compiles every script, the slowest kind.
  const profile = mkdtempSync(join(tmpdir(), 'mobes-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM,
    viewport: { width: 440, height: 820 },
  });
  try {
    await context.addInitScript(stubBridge, mobes);
    await context.addInitScript(reportFirstFrames);

    // Warm the server and the HTTP cache once for each page, then alternate the two pages.
    const mobePage = () => firstFrame(context, `${base}break.html`, 'mobe-first-frame', 'mobe-visible');
    const blankPage = () =>
      firstFrame(context, `${base}bench-blank.html`, 'blank-first-frame', 'blank-visible');
    await mobePage();
    await blankPage();
    breakJs = await loadedJsGzip(context, `${base}break.html`, outDir, 'main.break[data-stage="guide"]');
    const mobeTimes = [];
    const blankTimes = [];
    const mobeVisible = [];
    const blankVisible = [];
    for (let i = 0; i < RUNS; i++) {
      const m = await mobePage();
      const b = await blankPage();
      mobeTimes.push(m.t);
      blankTimes.push(b.t);
      mobeVisible.push(m.visible);
      blankVisible.push(b.visible);
    }

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
    const vMobe = median(mobeVisible);
    const vBlank = median(blankVisible);
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
    const table = [head, ...rows.map((r) => [...r.slice(0, 5), r[5] === null ? '-' : r[5] ? 'yes' : 'NO'])];
    const widths = head.map((_, c) => Math.max(...table.map((r) => String(r[c]).length)));
    const line = (r) => r.map((cell, c) => String(cell).padEnd(widths[c])).join('  ');
    console.log(`\nRenderer bench · ${product} · ${new Date().toISOString()}\n`);
    console.log(line(table[0]));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of table.slice(1)) console.log(line(r));
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
