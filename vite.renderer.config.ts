import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { earlyEntryScript } from './scripts/earlyEntryScript.ts';

/**
 * Browser build of the renderer: the two windows, the demo page that hosts them over the real core
 * in the page (browser host), and a blank React page used as the start-up baseline by the bench.
 * Served over http by `vite preview` for Playwright and `npm run demo`. The Electron build of the
 * same windows is configured separately.
 */
const root = resolve(import.meta.dirname, 'renderer');

// MOBES_E2E_PORT: see playwright.config.ts.
export const RENDERER_PREVIEW_PORT = Number(process.env.MOBES_E2E_PORT ?? 4174);

/**
 * A few shared chunks instead of many small ones: React, the code every window shares (the break
 * window's, with the translation layer and its English), and the figure loader. Beside its two
 * entries (early.ts and main.tsx) the break window loads those three and Rolldown's small interop
 * runtime, and one stylesheet (renderer/break/window.css): few requests to wait for before the first
 * mobe is on screen (measured by scripts/bench-renderer.mjs). The Electron build uses the same grouping.
 */
export const RENDERER_CHUNKS = {
  includeDependenciesRecursively: false,
  groups: [
    { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
    {
      // What the break window's early script (renderer/break/early.ts) needs: the figure loader, the
      // bridge lookup and Vite's helper for lazily loaded chunks. Nothing of React or the window's
      // code, so that script runs long before they are in.
      name: 'figure-loader',
      priority: 1,
      test: /renderer[\\/](break[\\/](figures[\\/]registry|firstBreak)|shared[\\/]embeddedApi)\.ts$|^\0vite[\\/]preload-helper/,
    },
    {
      name: 'break-window',
      // The translation layer is here too, apart from React so the blank React baseline of the bench
      // stays React alone. Its <Trans> family and the HTML parser behind it stay out: the windows that
      // use them load them with their own code, and the break window (renderer/i18n/Tagged.tsx) does
      // without. So are the break window's English texts (every window's fallback, renderer/i18n/
      // loadLanguage.ts).
      // Script modules only: each page keeps its CSS in its own chunk, in import order. The drawing
      // files stay out: each is loaded when one of its mobes is shown (figures/registry.ts), and the
      // rep tick when a break has sound on (off by default; tickLoader.ts); so do the catalog's data
      // and dose rules, the app window's formats and week starts, and the loaders of the app window's
      // texts, which the break window never uses (its budget: scripts/bench-renderer.mjs).
      // The main process's translator stays out: it imports its English JSON, which would land in
      // another chunk and make the two import each other (a cycle that left the demo page blank;
      // scripts/check-chunks.mjs now catches one). The pseudo-locale stays out too: it is loaded only
      // when chosen (renderer/i18n/pseudoLoader.ts).
      test: /node_modules[\\/](i18next[\\/]|react-i18next[\\/](?!.*(Trans\.js|TransWithoutContext|IcuTrans)))|shared[\\/]i18n[\\/]locales[\\/]en[\\/](break|common)\.json$|(renderer[\\/]break[\\/](?!main\.tsx|early\.ts|FeelQuestion\.tsx|tick\.ts|figures[\\/](ankle|hip|hipSeated|neck|seatedUpper|upper|wrist)\.tsx)|renderer[\\/](shared[\\/]|i18n[\\/](?!formats\.ts|appWindowFiles\.ts))|shared[\\/](shortcuts[\\/]labels|i18n[\\/](?!translator\.ts|pseudo\.ts|weekInfo\.ts|locales[\\/]))).*\.tsx?$/,
    },
  ],
};

export default defineConfig({
  root,
  base: './',
  plugins: [react(), earlyEntryScript('break.html', 'break-early')],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer-web'),
    emptyOutDir: true,
    target: 'es2023',
    reportCompressedSize: false,
    // Chromium (and so Electron) supports <link rel=modulepreload> natively; no polyfill chunk.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        break: resolve(root, 'break.html'),
        'break-early': resolve(root, 'break/early.ts'),
        app: resolve(root, 'app.html'),
        welcome: resolve(root, 'welcome.html'),
        demo: resolve(root, 'demo.html'),
        'bench-blank': resolve(root, 'bench-blank.html'),
      },
      output: {
        codeSplitting: RENDERER_CHUNKS,
      },
    },
  },
  preview: { port: RENDERER_PREVIEW_PORT, strictPort: true, host: '127.0.0.1' },
});
