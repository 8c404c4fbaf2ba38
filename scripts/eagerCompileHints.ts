import type { Plugin } from 'vite';

const HINT = '//# allFunctionsCalledOnLoad';

/**
 * V8 compiles a function when it is first called, on the main thread, and a page's code cache keeps
 * only what was compiled with the script: a function first called later is parsed and compiled
 * again on every load. Nearly all of the windows' own code runs before their first frame, so this
 * build plugin marks those chunks with the magic comment of V8's explicit compile hints (Chromium 136
 * and later): V8 then compiles all of each file at once, off the main thread as it streams in, and
 * caches it. https://v8.dev/blog/explicit-compile-hints
 * The comment must be the file's first line, so it is added last, after minification and after
 * Vite's own preamble (__vite__mapDeps). React's chunk is left alone: most of React DOM never runs
 * in these windows, and with it compiled whole both the break window and the blank React baseline
 * came to their first frame later (scripts/bench-renderer.mjs: in one pair of runs 181 and 131 ms,
 * against 143 and 114 without).
 */
export function eagerCompileHints(chunkNames: readonly string[]): Plugin {
  return {
    name: 'mobes-eager-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle))
          if (file.type === 'chunk' && chunkNames.includes(file.name) && !file.code.startsWith(HINT))
            file.code = `${HINT}\n${file.code}`;
      },
    },
  };
}
