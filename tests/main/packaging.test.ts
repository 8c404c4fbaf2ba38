import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import { APP_ID } from '../../electron/main/startMobes';

const ROOT = join(__dirname, '../..');
const require = createRequire(join(ROOT, 'package.json'));
// electron-builder's own parser and schema validator (packaging itself cannot run here).
const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util/out/DebugLogger') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Loading electron-builder's schema takes about 5 s on a busy 2-core machine: not a timing check.
const SCHEMA_LOAD_MS = 30_000;

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s schema', { timeout: SCHEMA_LOAD_MS }, async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it(
    'the validator does reject a broken config (so the check above means something)',
    { timeout: SCHEMA_LOAD_MS },
    async () => {
      await expect(
        validateConfiguration({ ...config, notAnOption: 1 }, new DebugLogger(false)),
      ).rejects.toThrow(/Invalid configuration/);
    },
  );

  it('identifies the app as the shell does (Windows AppUserModelId)', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Mobes');
  });

  it('flips every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('ships the built app, and the platform targets and icons exist', () => {
    expect(config.files).toContain('out/**');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Utility');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.extendInfo.LSUIElement).toBe(true);
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon])
      expect(existsSync(join(ROOT, icon)), icon).toBe(true);
  });

  it('package.json starts the built ESM main', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.type).toBe('module');
  });
});

describe('app icon', () => {
  it('the .ico holds 16 to 256 px images', () => {
    const ico = readFileSync(join(ROOT, 'resources/icons/app/icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // icon
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (let i = 0; i < count; i++) {
      const size = ico.readUInt32LE(6 + 16 * i + 8);
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      expect(offset + size).toBeLessThanOrEqual(ico.length);
    }
    // The 256 px entry is PNG; the small ones are 32-bit BMP (header size 40).
    const last = ico.readUInt32LE(6 + 16 * (count - 1) + 12);
    expect(ico.subarray(last, last + 4).toString('latin1')).toBe('\x89PNG');
    expect(ico.readUInt32LE(ico.readUInt32LE(6 + 12))).toBe(40);
  });

  it('PNG app icons are 512 and 1024 px', () => {
    for (const [file, size] of [
      ['icon-512.png', 512],
      ['icon-1024.png', 1024],
    ] as const) {
      const png = readFileSync(join(ROOT, 'resources/icons/app', file));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('macOS template tray images are black + alpha only', () => {
    // Decoded with the same renderer the generator uses; every visible pixel must be black.
    const b64 = readFileSync(join(ROOT, 'resources/icons/tray-mac/dueTemplate@2x.png')).toString('base64');
    const img = new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><image width="32" height="32" href="data:image/png;base64,${b64}"/></svg>`,
    ).render();
    const px = img.pixels;
    let visible = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i + 3] > 0) {
        visible++;
        expect([px[i], px[i + 1], px[i + 2]]).toEqual([0, 0, 0]);
      }
    }
    expect(visible).toBeGreaterThan(50);
  });
});

describe('koffi in the package', () => {
  // electron-builder's own matcher for node_modules and its own macro expansion decide what is copied.
  const { getNodeModuleFileMatcher } = require('app-builder-lib/out/fileMatcher') as {
    getNodeModuleFileMatcher(
      appDir: string,
      destination: string,
      expand: (pattern: string) => string,
      platformOptions: unknown,
      packager: unknown,
    ): { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean };
  };
  const { expandMacro } = require('app-builder-lib/out/util/macroExpander') as {
    expandMacro(pattern: string, arch: string | null, appInfo: unknown): string;
  };
  const binaries = readdirSync(join(ROOT, 'node_modules/koffi/build/koffi'));
  const FILE = { isDirectory: () => false };

  const packaged = (platform: 'linux' | 'win' | 'mac', arch: string) => {
    const packager = { config, debugLogger: new DebugLogger(false) };
    const matcher = getNodeModuleFileMatcher(
      ROOT,
      '/app',
      (p) => expandMacro(p, arch, { productName: 'Mobes' }),
      config[platform],
      packager,
    );
    const filter = matcher.createFilter();
    return {
      binaries: binaries.filter((b) =>
        filter(join(ROOT, 'node_modules/koffi/build/koffi', b, 'koffi.node'), FILE),
      ),
      loader: filter(join(ROOT, 'node_modules/koffi/index.js'), FILE),
      sources: filter(join(ROOT, 'node_modules/koffi/src/koffi/src/call.cc'), FILE),
    };
  };

  it('ships only the target platform’s binary, the loader, and no sources', () => {
    expect(binaries.length).toBeGreaterThan(10); // every platform's binary is in the npm package
    expect(packaged('win', 'x64')).toEqual({ binaries: ['win32_x64'], loader: true, sources: false });
    expect(packaged('win', 'arm64').binaries).toEqual(['win32_arm64']);
    expect(packaged('mac', 'arm64').binaries).toEqual(['darwin_arm64']);
    expect(packaged('mac', 'x64').binaries).toEqual(['darwin_x64']);
    expect(packaged('linux', 'x64').binaries).toEqual([]);
  });

  it('unpacks koffi’s native files from the asar', () => {
    expect(config.asarUnpack).toContain('node_modules/koffi/build/koffi/**');
  });
});
