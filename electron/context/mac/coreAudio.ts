import type { ContextSource } from '../source';
import { createPolledSource, type PollResult } from '../polledSource';

/**
 * The AudioObjectGetPropertyData / CMIOObjectGetPropertyData(Size) calls, behind thin functions so the
 * adapter logic is tested without macOS. Each returns the OSStatus and the bytes written.
 * https://developer.apple.com/documentation/coreaudio/1422524-audioobjectgetpropertydata
 * https://developer.apple.com/documentation/coremediaio/1585438-cmioobjectgetpropertydata
 */
export interface PropertyAddress {
  selector: number;
  scope: number;
  element: number;
}
export interface PropertyApi {
  getData(objectId: number, address: PropertyAddress, size: number): { status: number; data: Buffer };
  getSize(objectId: number, address: PropertyAddress): { status: number; size: number };
}

/** A four-character code as the 32-bit big-endian number Apple's headers use. */
export const fourCC = (code: string): number => Buffer.from(code, 'latin1').readUInt32BE(0);

export const SYSTEM_OBJECT = 1;
export const GLOBAL = { scope: fourCC('glob'), element: 0 };
export const DEFAULT_INPUT_DEVICE = { selector: fourCC('dIn '), ...GLOBAL };
export const DEVICES = { selector: fourCC('dev#'), ...GLOBAL };
/** kAudioDevicePropertyDeviceIsRunningSomewhere and kCMIODevicePropertyDeviceIsRunningSomewhere. */
export const RUNNING_SOMEWHERE = { selector: fourCC('gone'), ...GLOBAL };

const failed = (what: string, status: number): PollResult => ({
  problem: `${what} failed (OSStatus ${status})`,
});

function runningSomewhere(api: PropertyApi, device: number): boolean | PollResult {
  const r = api.getData(device, RUNNING_SOMEWHERE, 4);
  if (r.status !== 0) return failed('reading DeviceIsRunningSomewhere', r.status);
  return r.data.readUInt32LE(0) !== 0;
}

/** Microphone: whether any process runs the default input device. No input device at all is free. */
export function microphoneInUse(api: PropertyApi): PollResult {
  const dev = api.getData(SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE, 4);
  if (dev.status !== 0) return failed('reading the default input device', dev.status);
  const id = dev.data.readUInt32LE(0);
  if (id === 0) return { signals: { microphone: 'free' } };
  const running = runningSomewhere(api, id);
  return typeof running === 'boolean' ? { signals: { microphone: running ? 'busy' : 'free' } } : running;
}

/** Camera: whether any process runs any CoreMediaIO video device. */
export function cameraInUse(api: PropertyApi): PollResult {
  const size = api.getSize(SYSTEM_OBJECT, DEVICES);
  if (size.status !== 0) return failed('listing cameras', size.status);
  const list = api.getData(SYSTEM_OBJECT, DEVICES, size.size);
  if (list.status !== 0) return failed('listing cameras', list.status);
  for (let off = 0; off + 4 <= list.data.length; off += 4) {
    const running = runningSomewhere(api, list.data.readUInt32LE(off));
    if (typeof running !== 'boolean') return running;
    if (running) return { signals: { camera: 'busy' } };
  }
  return { signals: { camera: 'free' } };
}

export function createMacMicrophoneSource(bind: () => PropertyApi): ContextSource {
  let api: PropertyApi | null = null;
  return createPolledSource({
    id: 'mac-coreaudio-microphone',
    label: 'Microphone in use (Core Audio)',
    signals: ['microphone'],
    read: async () => microphoneInUse((api ??= bind())),
  });
}

export function createMacCameraSource(bind: () => PropertyApi): ContextSource {
  let api: PropertyApi | null = null;
  return createPolledSource({
    id: 'mac-coremediaio-camera',
    label: 'Camera in use (CoreMediaIO)',
    signals: ['camera'],
    read: async () => cameraInUse((api ??= bind())),
  });
}
