import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * shared/ is the pure domain: it must run unchanged in the main process, the renderer and the CLI.
 * ESLint enforces the same rules while editing; this test keeps them true in the suite.
 */
const ROOT = join(__dirname, '..', '..');
const SHARED = join(ROOT, 'shared');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN_MODULES = new Set(['electron', 'react', 'react-dom', ...builtinModules]);
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const DOM_GLOBALS = /\b(window|document|navigator|localStorage|sessionStorage)\s*[.[]/;
const AMBIENT_TIME = /\bDate\.now\s*\(|\bnew Date\s*\(\s*\)|\bMath\.random\s*\(/;

export function forbiddenImports(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const bare = spec.replace(/^node:/, '').split('/')[0];
    if (spec.startsWith('node:') || FORBIDDEN_MODULES.has(bare) || FORBIDDEN_MODULES.has(spec))
      found.push(spec);
  }
  return found;
}

describe('shared/ stays pure', () => {
  const files = sources(SHARED);

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('recognises the imports it forbids', () => {
    expect(forbiddenImports(`import { app } from 'electron';`)).toEqual(['electron']);
    expect(forbiddenImports(`import fs from "node:fs";`)).toEqual(['node:fs']);
    expect(forbiddenImports(`import { join } from 'path';`)).toEqual(['path']);
    expect(forbiddenImports(`import { useState } from 'react';`)).toEqual(['react']);
    expect(forbiddenImports(`import { DateTime } from 'luxon';`)).toEqual([]);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))(
    '%s imports nothing from electron, Node, React or the DOM',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      expect(forbiddenImports(text)).toEqual([]);
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(DOM_GLOBALS);
      expect(code).not.toMatch(AMBIENT_TIME);
    },
  );
});
