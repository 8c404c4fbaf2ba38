import { loadKoffi } from '../loadKoffi';
import type { PropertyAddress, PropertyApi } from './coreAudio';

const CORE_AUDIO = '/System/Library/Frameworks/CoreAudio.framework/CoreAudio';
const CORE_MEDIA_IO = '/System/Library/Frameworks/CoreMediaIO.framework/CoreMediaIO';

type Koffi = ReturnType<typeof loadKoffi>;
type Fn = (...args: unknown[]) => unknown;

/** The koffi bindings on macOS. Type-checked here; they run only on macOS. */
function open(path: string, prefix: 'AudioObject' | 'CMIOObject') {
  const koffi: Koffi = loadKoffi();
  const Address = koffi.struct('PropertyAddress', {
    mSelector: 'uint32',
    mScope: 'uint32',
    mElement: 'uint32',
  });
  const lib = koffi.load(path);
  const head = ['uint32', koffi.pointer(Address), 'uint32', 'void *'];
  const getSize = lib.func(`${prefix}GetPropertyDataSize`, 'int32', [
    ...head,
    koffi.out(koffi.pointer('uint32')),
  ]) as Fn;
  const size = (objectId: number, a: PropertyAddress) => {
    const out = [0];
    const status = getSize(objectId, toAddress(a), 0, null, out) as number;
    return { status, size: out[0] };
  };
  return { koffi, lib, head, size };
}

const toAddress = (a: PropertyAddress) => ({ mSelector: a.selector, mScope: a.scope, mElement: a.element });

/** AudioObjectGetPropertyData(id, address, qualifierSize, qualifier, ioDataSize*, outData). */
export function bindCoreAudio(): PropertyApi {
  const { koffi, lib, head, size } = open(CORE_AUDIO, 'AudioObject');
  const getData = lib.func('AudioObjectGetPropertyData', 'int32', [
    ...head,
    koffi.inout(koffi.pointer('uint32')),
    'void *',
  ]) as Fn;
  return {
    getData(objectId, address, bytes) {
      const data = Buffer.alloc(bytes);
      const io = [bytes];
      const status = getData(objectId, toAddress(address), 0, null, io, data) as number;
      return { status, data: data.subarray(0, io[0]) };
    },
    getSize: size,
  };
}

/** CMIOObjectGetPropertyData(id, address, qualifierSize, qualifier, dataSize, dataUsed*, outData). */
export function bindCoreMediaIO(): PropertyApi {
  const { koffi, lib, head, size } = open(CORE_MEDIA_IO, 'CMIOObject');
  const getData = lib.func('CMIOObjectGetPropertyData', 'int32', [
    ...head,
    'uint32',
    koffi.out(koffi.pointer('uint32')),
    'void *',
  ]) as Fn;
  return {
    getData(objectId, address, bytes) {
      const data = Buffer.alloc(bytes);
      const used = [0];
      const status = getData(objectId, toAddress(address), 0, null, bytes, used, data) as number;
      return { status, data: data.subarray(0, used[0]) };
    },
    getSize: size,
  };
}
