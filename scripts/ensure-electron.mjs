#!/usr/bin/env node
/**
 * Makes sure the Electron runtime binary is present before `npm start` / `npm run dev`.
 * The electron package's own install step is not run at `npm install` (package.json "allowScripts"),
 * so the binary is fetched here, on first start, by the package's installer (a no-op once installed).
 * Checked the way the electron package finds it: node_modules/electron/path.txt names the executable
 * inside node_modules/electron/dist (or under ELECTRON_OVERRIDE_DIST_PATH when that is set).
 * Tests do not need the binary: they run against a test double of the Electron API.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

export function electronDir() {
  return dirname(require.resolve('electron/package.json'));
}

/** The runtime executable when it is installed, else null. Never triggers a download. */
export function installedElectron(dir = electronDir(), env = process.env) {
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const full = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable)
    : join(dir, 'dist', executable);
  return existsSync(full) ? full : null;
}

function main() {
  const dir = electronDir();
  const found = installedElectron(dir);
  if (found) return 0;
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  console.log(
    `Electron ${version} runtime is not installed yet; downloading it (node_modules/electron/install.js)...`,
  );
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'inherit' });
  const installed = result.status === 0 ? installedElectron(dir) : null;
  if (installed) {
    console.log(`Electron runtime ready: ${installed}`);
    return 0;
  }
  console.error(
    [
      '',
      `Could not install the Electron ${version} runtime, so Mobes cannot start.`,
      'The download needs network access to the Electron releases (or a mirror: set ELECTRON_MIRROR,',
      'or ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron of that version). Then run:',
      '  node node_modules/electron/install.js',
      'The test suite (npm test) does not need the runtime.',
      '',
    ].join('\n'),
  );
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main());
