#!/usr/bin/env node
/**
 * Static imports between the built renderer's chunks must not form a cycle. With manual chunk
 * groups (RENDERER_CHUNKS in vite.renderer.config.ts) a module placed in one group can import a file
 * that lands in another chunk which imports the first back; the browser then evaluates one of them
 * before the other has defined its exports, and the window stays blank. Usage:
 * `node scripts/check-chunks.mjs [dir…]` (default: out/renderer, the Electron build).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

function scripts(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

/** The chunks a script imports statically: `import … from "./x.js"` and bare `import "./x.js"`. */
function staticImports(path) {
  const text = readFileSync(path, 'utf8');
  const found = new Set();
  for (const m of text.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  ))
    found.add(resolve(dirname(path), m[1]));
  return [...found];
}

function findCycle(graph) {
  const state = new Map(); // path → 'open' | 'done'
  const stack = [];
  function visit(node) {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  }
  for (const node of graph.keys()) {
    if (state.has(node)) continue;
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

const dirs = process.argv.slice(2);
let failed = false;
for (const dir of dirs.length ? dirs : ['out/renderer']) {
  const files = scripts(dir);
  const graph = new Map(files.map((f) => [resolve(f), staticImports(f)]));
  const cycle = findCycle(graph);
  if (cycle) {
    failed = true;
    console.error(`${dir}: chunks import each other: ${cycle.map((f) => relative(dir, f)).join(' → ')}`);
  } else console.log(`${dir}: ${files.length} scripts, no import cycle between chunks`);
}
process.exit(failed ? 1 : 0);
