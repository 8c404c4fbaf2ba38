import { loadKoffi } from '../loadKoffi';
import type { PropertyAddress, PropertyApi } from './coreAudio';

const CORE_AUDIO = '/System/Library/Frameworks/CoreAudio.framework/CoreAudio';
const CORE_MEDIA_IO = '/System/Library/Frameworks/CoreMediaIO.framework/CoreMediaIO';

/** The koffi bindings on macOS. Type-checked here; they run only on macOS. */
function addressType(koffi: ReturnType<typeof loadKoffi>) {
  return koffi.struct('PropertyAddress', { mSelector: 'uint32', mScope: 'uint32', mElement: 'uint32' });
}

const toAddress = (a: PropertyAddress) => ({ mSelector: a.selector, mScope: a.scope, mElement: a.element });

export function bindCoreAudio(): PropertyApi {
  const koffi = loadKoffi();
  const Address = addressType(koffi);
  const lib = koffi.load(CORE_AUDIO);
  const getData = lib.func('AudioObjectGetPropertyData', 'int32', [
    'uint32',
    koffi.pointer(Address),
    'uint32',
    'void *',
    koffi.inout(koffi.pointer('uint32')),
    'void *',
  ]);
  const getSize = lib.func('AudioObjectGetPropertyDataSize', 'int32', [
    'uint32',
    koffi.pointer(Address),
    'uint32',
    'void *',
    koffi.out(koffi.pointer('uint32')),
  ]);
  return {
    getData(objectId, address, size) {
      const data = Buffer.alloc(size);
      const io = [size];
      const status = getData(objectId, toAddress(address), 0, null, io, data) as number;
      return { status, data: data.subarray(0, io[0]) };
    },
    getSize(objectId, address) {
      const out = [0];
      const status = getSize(objectId, toAddress(address), 0, null, out) as number;
      return { status, size: out[0] };
    },
  };
}

export function bindCoreMediaIO(): PropertyApi {
  const koffi = loadKoffi();
  const Address = addressType(koffi);
  const lib = koffi.load(CORE_MEDIA_IO);
  const getData = lib.func('CMIOObjectGetPropertyData', 'int32', [
    'uint32',
    koffi.pointer(Address),
    'uint32',
    'void *',
    'uint32',
    koffi.out(koffi.pointer('uint32')),
    'void *',
  ]);
  const getSize = lib.func('CMIOObjectGetPropertyDataSize', 'int32', [
    'uint32',
    koffi.pointer(Address),
    'uint32',
    'void *',
    koffi.out(koffi.pointer('uint32')),
  ]);
  return {
    getData(objectId, address, size) {
      const data = Buffer.alloc(size);
      const used = [0];
      const status = getData(objectId, toAddress(address), 0, null, size, used, data) as number;
      return { status, data: data.subarray(0, used[0]) };
    },
    getSize(objectId, address) {
      const out = [0];
      const status = getSize(objectId, toAddress(address), 0, null, out) as number;
      return { status, size: out[0] };
    },
  };
}
