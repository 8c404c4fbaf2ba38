/* global window, document, performance, PerformanceObserver, URL */
/**
 * The renderer bench's work in and on the pages (scripts/bench-renderer.mjs): the stand-in bridge
 * and the mark reporter it injects, the marks and heap figures it reads back, and the sizes of the
 * scripts a page loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size of every script an html page of the build loads (entry + module preloads). */
export function pageJsGzip(outDir, html) {
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
export async function loadedJsGzip(context, url, outDir, selector) {
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
export function stubBridge(mobes) {
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
export function reportFirstFrames() {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name.endsWith('-first-frame')) console.debug(`bench-mark ${e.name}`);
  }).observe({ type: 'mark' });
}

/** The times of a page's marks (ms from navigation), once its first-frame mark is made. */
export async function pageMarks(context, url, prefix) {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`${url}: ${e.message}`));
  const marked = new Promise((resolve) =>
    page.on('console', (m) => m.text() === `bench-mark ${prefix}-first-frame` && resolve()),
  );
  await page.goto(url, { waitUntil: 'commit' });
  await marked;
  const marks = await page.evaluate(
    (p) =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith(`${p}-`))
          .map((m) => [m.name.slice(p.length + 1), m.startTime]),
      ),
    prefix,
  );
  await page.close();
  return marks;
}

/**
 * Heap after forced GC: V8's used heap (all of it, compiled code included), and the bytes of the
 * page's live objects from a heap snapshot without compiled code. The second is the leak signal:
 * JIT code grows for a while as the figures' code warms up, whatever the page keeps alive.
 */
export async function heapAfterCycles(page, cdp, cycles) {
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
