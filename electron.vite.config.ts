import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { cspMetaTag } from './electron/security/cspMetaTag';
import { earlyEntryScript } from './scripts/earlyEntryScript';
import { RENDERER_CHUNKS } from './vite.renderer.config';

/**
 * Three builds into out/: main (ESM, package.json "type": "module"), preload and renderer.
 * The preload runs sandboxed, and sandboxed preloads cannot be ES modules or import local files:
 * it is bundled into ONE CommonJS file (only `electron` stays external, which the sandbox provides).
 * https://www.electronjs.org/docs/latest/tutorial/esm#preload-scripts
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          codeSplitting: false,
        },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMetaTag(), earlyEntryScript('break.html', 'break-early')],
    build: {
      outDir: 'out/renderer',
      target: 'es2023',
      // electron-vite leaves output unminified by default; minified pages parse faster at window open.
      minify: true,
      // Chromium supports <link rel=modulepreload> natively: no polyfill chunk.
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: {
          break: resolve(__dirname, 'renderer/break.html'),
          'break-early': resolve(__dirname, 'renderer/break/early.ts'),
          app: resolve(__dirname, 'renderer/app.html'),
          welcome: resolve(__dirname, 'renderer/welcome.html'),
        },
        output: { codeSplitting: RENDERER_CHUNKS },
      },
    },
  },
});
