/**
 * Starts the bundled crash child (CommonJS) through vm.Script with a V8 code cache beside it, so the
 * two hundred restarts of the crash harness do not each compile the same 1.5 MB bundle again.
 * Usage: node codeCacheLoader.mjs BUNDLE.cjs ARGS
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

const file = process.argv[2];
const cacheFile = `${file}.v8cache`;
const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
// Written once, after start-up ran, so the cache holds the functions start-up compiled.
if (!cachedData || script.cachedDataRejected) writeFileSync(cacheFile, script.createCachedData());
