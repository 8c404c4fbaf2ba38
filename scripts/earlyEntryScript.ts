import type { Plugin } from 'vite';

/**
 * Puts a page's early script, a build entry of its own, just before the page's main module script,
 * with module preloads for what it imports. Vite bundles every module script written in a page into
 * one entry, which runs only once all of its imports are fetched and run (React and the window's
 * code included); a separate entry placed first runs as soon as its own small files are in. Module
 * scripts run in document order, so the early one always runs before the main one.
 * https://html.spec.whatwg.org/multipage/scripting.html#script-processing-model
 * Build only: the dev server serves the page without it, and the page works the same, later.
 */
export function earlyEntryScript(page: string, entry: string): Plugin {
  return {
    name: 'mobes-early-entry-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx): string {
        if (!ctx.bundle || !ctx.filename.endsWith(page)) return html;
        const chunk = Object.values(ctx.bundle).find(
          (file) => file.type === 'chunk' && file.isEntry && file.name === entry,
        );
        const main = html.indexOf('<script type="module"');
        if (!chunk || chunk.type !== 'chunk' || main < 0)
          throw new Error(`${page}: no build entry named ${entry}, or no module script to put it before`);
        const preloads = chunk.imports
          .filter((file) => !html.includes(`"./${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="./${file}">\n    `);
        const script = `<script type="module" crossorigin src="./${chunk.fileName}"></script>\n    `;
        return html.slice(0, main) + script + preloads.join('') + html.slice(main);
      },
    },
  };
}
