import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { earlyEntryScript } from '../../scripts/earlyEntryScript';

/**
 * The browser build of the renderer, made for real into a folder of its own: what the break window's
 * start-up depends on (scripts/bench-renderer.mjs measures it; tests/e2e/pages.spec.ts runs it).
 */
const root = resolve(import.meta.dirname, '../..');
let out = '';

const read = (file: string) => readFileSync(join(out, file), 'utf8');
const assets = () => readdirSync(join(out, 'assets'));
const chunk = (name: string) => {
  const file = assets().find((f) => new RegExp(`^${name}-[\\w-]{8}\\.js$`).test(f));
  if (!file) throw new Error(`no chunk ${name} in ${assets().join(' ')}`);
  return `assets/${file}`;
};
/** The chunks a script imports statically, followed through: the files it waits for before it runs. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  for (const m of read(file).matchAll(/import\s*(?:[^'"`();]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
    const next = join(dirname(file), m[1]!);
    if (!seen.has(next)) {
      seen.add(next);
      staticClosure(next, seen);
    }
  }
  return seen;
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'mobes-renderer-build-'));
  await build({
    configFile: join(root, 'vite.renderer.config.ts'),
    logLevel: 'silent',
    build: { outDir: out, emptyOutDir: true },
  });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the break window as built', () => {
  it('runs its early script first, and that script waits for neither React nor the window code', () => {
    const html = read('break.html');
    const early = chunk('break-early');
    const main = html.match(/<script type="module" crossorigin src="\.\/(assets\/break-[\w-]{8}\.js)">/)?.[1];
    expect(main).toBeDefined();
    expect(html.indexOf(early)).toBeGreaterThan(0);
    expect(html.indexOf(early)).toBeLessThan(html.indexOf(`src="./${main}"`));
    const waitsFor = [...staticClosure(early)];
    expect(waitsFor).toContain(chunk('figure-loader'));
    expect(waitsFor).not.toContain(chunk('react'));
    expect(waitsFor).not.toContain(chunk('break-window'));
    // Whatever it waits for is fetched from the start, not found only once it has arrived.
    for (const file of waitsFor) expect(html).toContain(`href="./${file}"`);
  });

  it('loads one stylesheet, and its scripts in no more files than its entries, React and the window code', () => {
    const html = read('break.html');
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
    const scripts = new Set(html.match(/assets\/[\w-]+\.js/g));
    expect([...scripts].sort()).toEqual(
      [
        chunk('break-early'),
        chunk('figure-loader'),
        chunk('react'),
        chunk('rolldown-runtime'),
        chunk('break-window'),
        html.match(/assets\/break-[\w-]{8}\.js/)![0],
      ].sort(),
    );
  });
});

describe('earlyEntryScript', () => {
  const transform = (plugin: Plugin, html: string, ctx: Partial<IndexHtmlTransformContext>) => {
    const hook = plugin.transformIndexHtml as {
      handler: (h: string, c: IndexHtmlTransformContext) => string;
    };
    return hook.handler(html, ctx as IndexHtmlTransformContext);
  };
  const page = '<head>\n    <script type="module" crossorigin src="./assets/break-x.js"></script>\n</head>';

  it('leaves other pages alone', () => {
    const plugin = earlyEntryScript('break.html', 'break-early');
    expect(transform(plugin, page, { filename: '/r/app.html', bundle: {} })).toBe(page);
  });

  it('names the page and the entry when the entry is missing', () => {
    const plugin = earlyEntryScript('break.html', 'break-early');
    expect(() => transform(plugin, page, { filename: '/r/break.html', bundle: {} })).toThrow(
      'break.html: no build entry named break-early',
    );
  });
});
