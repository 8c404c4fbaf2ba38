import type { ContextSource } from './source';
import { createToolRunner } from './runTool';

export interface PlatformSources {
  sources: ContextSource[];
  close(): void;
}

/**
 * The detectors for this OS. Each OS's adapters are imported only on that OS, and koffi is loaded only
 * by the Windows and macOS bindings, on first poll.
 */
export async function createPlatformSources(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PlatformSources> {
  if (platform === 'linux') return (await import('./linux/linuxSources')).createLinuxSources(env);
  if (platform === 'win32') {
    const [
      { createWindowsNotificationStateSource },
      { bindNotificationState },
      { createConsentStoreSource },
    ] = await Promise.all([
      import('./windows/notificationState'),
      import('./windows/koffiWindows'),
      import('./windows/consentStore'),
    ]);
    return {
      sources: [
        createWindowsNotificationStateSource(bindNotificationState),
        createConsentStoreSource(createToolRunner(env)),
      ],
      close() {},
    };
  }
  if (platform === 'darwin') {
    const [audio, bindings, focus] = await Promise.all([
      import('./mac/coreAudio'),
      import('./mac/koffiMac'),
      import('./mac/focusAssertions'),
    ]);
    return {
      sources: [
        audio.createMacMicrophoneSource(bindings.bindCoreAudio),
        audio.createMacCameraSource(bindings.bindCoreMediaIO),
        focus.createMacFocusSource(),
      ],
      close() {},
    };
  }
  return { sources: [], close() {} };
}
