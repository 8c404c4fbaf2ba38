import type { ContextSignal } from '../../../shared/context/reasons';
import type { ContextSource } from '../source';
import { createPolledSource, type PollResult } from '../polledSource';
import type { ToolRunner } from '../runTool';

/**
 * Microphone and camera in use on Windows, from the privacy ConsentStore: Windows keeps, per app, when
 * it last started and stopped using a device; LastUsedTimeStart > 0 with LastUsedTimeStop = 0 means it
 * is using it now. A desktop app's key is its exe path with `#` for `\` (under NonPackaged); a crashed
 * app can leave Stop at 0, so those count only while that exe is running. Read with reg.exe.
 * https://learn.microsoft.com/en-us/windows/privacy/manage-connections-from-windows-operating-system-components-to-microsoft-services
 */
export const CONSENT_STORE =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

const DEVICES: { signal: ContextSignal; key: string }[] = [
  { signal: 'microphone', key: 'microphone' },
  { signal: 'camera', key: 'webcam' },
];

export interface InUseApp {
  key: string;
  /** The exe's file name for a desktop app (lower case), null for a Store app. */
  exe: string | null;
}

/** The apps `reg query <key> /s` shows as using the device now. */
export function appsInUse(regOutput: string): InUseApp[] {
  const apps: InUseApp[] = [];
  let key = '';
  let start = 0n;
  let stop = -1n;
  const flush = () => {
    if (key && start > 0n && stop === 0n) {
      const leaf = key.split('\\').pop() ?? '';
      const nonPackaged = /\\NonPackaged\\/i.test(key);
      apps.push({ key, exe: nonPackaged ? (leaf.split('#').pop() ?? '').toLowerCase() : null });
    }
  };
  for (const line of regOutput.split(/\r?\n/)) {
    if (/^HKEY_/.test(line)) {
      flush();
      [key, start, stop] = [line.trim(), 0n, -1n];
      continue;
    }
    const m = /^\s+(LastUsedTimeStart|LastUsedTimeStop)\s+REG_QWORD\s+(0x[0-9a-f]+)/i.exec(line);
    if (!m) continue;
    if (m[1] === 'LastUsedTimeStart') start = BigInt(m[2]);
    else stop = BigInt(m[2]);
  }
  flush();
  return apps;
}

/** Image names from `tasklist /fo csv /nh` ("Zoom.exe","1234",...), lower case. */
export function runningImages(tasklistCsv: string): Set<string> {
  const names = new Set<string>();
  for (const line of tasklistCsv.split(/\r?\n/)) {
    const m = /^"([^"]+)"/.exec(line);
    if (m) names.add(m[1].toLowerCase());
  }
  return names;
}

export function createConsentStoreSource(run: ToolRunner): ContextSource {
  return createPolledSource({
    id: 'windows-consent-store',
    label: 'Microphone and camera in use (Windows)',
    signals: ['microphone', 'camera'],
    async read(): Promise<PollResult> {
      const found: Partial<Record<ContextSignal, InUseApp[]>> = {};
      for (const { signal, key } of DEVICES) {
        const out = await run('reg', ['query', `${CONSENT_STORE}\\${key}`, '/s']);
        if (!out.ok) return { problem: out.problem };
        found[signal] = appsInUse(out.stdout);
      }
      const all = [...(found.microphone ?? []), ...(found.camera ?? [])];
      let running: Set<string> | null = null;
      if (all.some((a) => a.exe)) {
        const tasks = await run('tasklist', ['/fo', 'csv', '/nh']);
        running = tasks.ok ? runningImages(tasks.stdout) : null;
      }
      // Without the process list, trust the registry rather than miss a call.
      const live = (apps: InUseApp[] = []) =>
        apps.some((a) => a.exe === null || running === null || running.has(a.exe));
      return {
        signals: {
          microphone: live(found.microphone) ? 'busy' : 'free',
          camera: live(found.camera) ? 'busy' : 'free',
        },
      };
    },
  });
}
