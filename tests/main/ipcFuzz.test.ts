import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import { MobesCore } from '../../shared/app/core';
import type { RequestName, Result } from '../../shared/ipc/contract';
import { REQUEST_CHANNELS } from '../../shared/ipc/contract';
import { seededRandom } from '../../shared/random';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { registerIpcHandlers } from '../../electron/ipc/registrar';
import { pageLocator } from '../../electron/windows/pages';
import { ipcMain, resetElectron } from './electronDouble';

/**
 * IPC fuzzing: random invalid payloads through the real registrar and validators into the real core.
 * Every one must come back as a Result error naming the field at fault, nothing may throw, and the
 * core must be exactly as before. Payloads are structured-cloned, as IPC does.
 */
const RUNS = 10_000;
const OURS = 'mobes://app/break.html';
const NOW = Date.parse('2026-03-04T10:00:00+01:00'); // a Wednesday, in work hours

let snapshot: () => string;
let promptId: string;
let calls = 0;

beforeAll(() => {
  resetElectron();
  let events = 0;
  let writes = 0;
  const core = new MobesCore(
    {
      now: () => NOW,
      zone: () => 'Europe/Berlin',
      random: seededRandom(1),
      appendHistory: () => void writes++,
      saveSettings: () => void writes++,
      notify: () => void events++,
    },
    { settings: DEFAULT_SETTINGS, history: [], platform: 'linux' },
  );
  // A break is showing, so a payload that slipped through could end it.
  core.input({ type: 'action', at: NOW, action: 'start-break' });
  promptId = core.snapshot().prompt!.id;
  registerIpcHandlers({
    handlers: core.handlers,
    isTrustedUrl: pageLocator(null).isOurs,
    afterRequest: () => void calls++,
    log: () => {},
  });
  snapshot = () =>
    JSON.stringify({
      engine: core.snapshot(),
      settings: core.currentSettings(),
      today: core.today(),
      tray: core.tray(),
      next: core.nextWakeAt(),
      events,
      writes,
    });
});

const invoke = (url: string | null, name: RequestName, payload: unknown) =>
  ipcMain.invokeFrom(url, REQUEST_CHANNELS[name], structuredClone(payload)) as Promise<Result<unknown>>;

// ---- payloads ------------------------------------------------------------------------------------

/** Deeply nested arrays around a value: [[[...v...]]]. */
const nested = (depth: number, v: unknown): unknown => {
  let out: unknown = v;
  for (let i = 0; i < depth; i++) out = [out];
  return out;
};
/** A value with `__proto__` and `constructor` as own keys, as JSON.parse makes them. */
const protoBomb = fc.constantFrom(
  JSON.parse('{"__proto__":{"polluted":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
);
/** Values that are wrong for every field of every request (no field takes these). */
const neverValid = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, null, undefined),
  fc.integer({ min: 2, max: 400 }).map((d) => nested(d, NaN)),
  protoBomb,
  fc.dictionary(fc.string(), fc.constant(NaN), { minKeys: 1 }).map((o) => [o]),
);
const notString = fc.oneof(
  neverValid,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.string()),
  fc.object(),
);
const notNumber = fc.oneof(neverValid, fc.string(), fc.boolean(), fc.object(), fc.array(fc.integer()));

/** For each field: values it must refuse. */
const BAD: Record<string, fc.Arbitrary<unknown>> = {
  promptId: fc.oneof(notString, fc.constant(''), fc.string({ minLength: 101, maxLength: 5000 })),
  reps: fc.oneof(
    notNumber,
    fc.integer({ max: -1 }),
    fc.integer({ min: 501 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)),
  ),
  mobeId: fc.oneof(
    notString,
    fc.string().filter((s) => !/^[a-z0-9-]{1,64}$/.test(s)),
    fc.string({ minLength: 65, maxLength: 300 }).map((s) => s.replace(/[^a-z0-9-]/g, 'a')),
  ),
  format: fc.oneof(
    notString,
    fc.string().filter((s) => s !== 'csv' && s !== 'json'),
  ),
  setting: neverValid,
};

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS).filter((k) => k !== 'version');
/** Each request's valid payload template (fields and a good value for each), or undefined for none. */
const TEMPLATES: Record<RequestName, () => Record<string, unknown> | undefined> = {
  getCurrentBreak: () => undefined,
  completeBreak: () => ({ promptId, reps: 5 }),
  skipBreak: () => ({ promptId }),
  snoozeBreak: () => ({ promptId }),
  hideMobe: () => ({ mobeId: 'neck-circles' }),
  closeBreak: () => undefined,
  previewMobe: () => ({ mobeId: 'neck-circles' }),
  getHistory: () => undefined,
  exportHistory: () => ({ format: 'csv' }),
  getSettings: () => undefined,
  updateSettings: () => ({ sound: true }),
  getPreferredLanguages: () => undefined,
  declineFocus: () => ({ promptId }),
  answerFeel: () => ({ promptId, feel: 'same' }),
  switchFocus: () => ({ mobeId: 'neck-circles' }),
};
const REQUIRED: Partial<Record<RequestName, string[]>> = {
  declineFocus: ['promptId'],
  answerFeel: ['promptId', 'feel'],
  switchFocus: ['mobeId'],
  completeBreak: ['promptId', 'reps'],
  skipBreak: ['promptId'],
  snoozeBreak: ['promptId'],
  hideMobe: ['mobeId'],
  exportHistory: ['format'],
};

/** An invalid payload for `name`, with the field the error must name. */
function badPayload(name: RequestName): fc.Arbitrary<{ payload: unknown; field: string }> {
  const template = TEMPLATES[name]();
  if (!template) {
    return fc
      .oneof(fc.anything(), neverValid, fc.string({ maxLength: 100_000 }))
      .filter((p) => p !== undefined)
      .map((payload) => ({ payload, field: 'payload' }));
  }
  const fields = name === 'updateSettings' ? SETTING_KEYS : Object.keys(template);
  const wrongType = fc
    .oneof(fc.anything(), neverValid, fc.string({ maxLength: 100_000 }), fc.array(fc.anything()))
    .filter((p) => typeof p !== 'object' || p === null || Array.isArray(p))
    .map((payload) => ({ payload, field: 'payload' }));
  const wrongField = fc.constantFrom(...fields).chain((field) =>
    (BAD[name === 'updateSettings' ? 'setting' : field] ?? neverValid)
      // previewMobe's mobeId is optional: leaving it out (undefined) is valid.
      .filter((value) => !(name === 'previewMobe' && value === undefined))
      .map((value) => ({
        payload: { ...template, [field]: value },
        field,
      })),
  );
  const extraField = fc
    .tuple(
      fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'then', 'valueOf'),
        fc.string({ minLength: 1, maxLength: 30 }),
      ),
      fc.anything(),
    )
    .filter(([key]) => !fields.includes(key) && !(key in template) && key !== 'version')
    .map(([key, value]) => ({
      payload: JSON.parse(JSON.stringify({ ...template, [key]: value ?? 0 }) ?? 'null') as unknown,
      field: key,
    }))
    // JSON drops undefined and functions: keep only payloads that still carry the extra key.
    .filter(
      ({ payload, field }) =>
        typeof payload === 'object' && payload !== null && Object.hasOwn(payload, field),
    );
  const missing = REQUIRED[name]
    ? fc.constantFrom(...REQUIRED[name]!).map((field) => {
        const payload = { ...template };
        delete payload[field];
        return { payload, field };
      })
    : wrongField;
  return fc.oneof(wrongType, wrongField, extraField, missing);
}

function expectRefused(result: Result<unknown>, field: string) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(['bad-request', 'invalid-settings']).toContain(result.error.code);
  expect(result.error.message).toContain(field);
}

// ---- tests -----------------------------------------------------------------------------------------

describe('IPC fuzzing through the real registrar, validators and core', () => {
  const names = Object.keys(REQUEST_CHANNELS) as RequestName[];

  it.each(names)(
    `%s: ${RUNS.toLocaleString('en')} invalid payloads, each refused naming its field, state unchanged`,
    async (name) => {
      const before = snapshot();
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(badPayload(name), async ({ payload, field }) => {
          runs++;
          const result = await invoke(OURS, name, payload);
          expectRefused(result, field);
          expect(snapshot()).toBe(before);
        }),
        { numRuns: RUNS, seed: 42 + names.indexOf(name) },
      );
      expect(runs).toBe(RUNS);
    },
    120_000,
  );

  it.each(names)(
    '%s: 10 MB strings (whole payload, a field, an extra field) are refused without harm',
    async (name) => {
      const before = snapshot();
      const big = 'x'.repeat(10 * 1024 * 1024);
      const template = TEMPLATES[name]();
      expectRefused(await invoke(OURS, name, big), 'payload');
      if (template) {
        const field = name === 'updateSettings' ? 'sound' : Object.keys(template)[0];
        if (name !== 'previewMobe')
          expectRefused(await invoke(OURS, name, { ...template, [field]: big }), field);
        else expectRefused(await invoke(OURS, name, { mobeId: big }), 'mobeId');
        expectRefused(
          await invoke(OURS, name, { ...template, [big.slice(0, 1_000_000)]: 1 }),
          'x'.repeat(1000),
        );
      }
      expect(snapshot()).toBe(before);
    },
    60_000,
  );

  it('refuses requests from foreign frames (file://, other origins, devtools, look-alikes) on every channel', async () => {
    const before = snapshot();
    const foreign = fc.oneof(
      fc.constantFrom(
        null,
        '',
        'file:///home/u/break.html',
        'file:///opt/Mobes/resources/app.asar/out/renderer/break.html',
        'devtools://devtools/bundled/devtools_app.html',
        'chrome-extension://abcdefghijklmnop/page.html',
        'chrome://settings',
        'about:blank',
        'data:text/html,<script>1</script>',
        'http://localhost:5173/break.html',
        'https://app/break.html',
        'mobes://evil/break.html',
        'mobes://app.evil.example/break.html',
        'mobes://evil@app.example/',
        'mobes:app/break.html',
        'javascript:alert(1)',
      ),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(foreign, fc.constantFrom(...names), async (url, name) => {
        const payload = TEMPLATES[name]();
        const result = await invoke(url, name, payload);
        expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
        expect(!result.ok && result.error.message).toContain('refused');
        expect(snapshot()).toBe(before);
      }),
      { numRuns: 2_000, seed: 7 },
    );
    // Our own pages are accepted: the check is not simply refusing everything.
    await expect(invoke('mobes://app/app.html#history', 'getSettings', undefined)).resolves.toMatchObject({
      ok: true,
    });
  }, 60_000);
});
