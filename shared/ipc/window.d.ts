import type { MobesApi } from './contract';

/**
 * What the preload (electron/preload/index.ts) exposes to every Mobes page. Optional: a page opened
 * without the preload has none. Declarations of this property elsewhere must match it exactly.
 */
declare global {
  interface Window {
    mobes?: MobesApi;
  }
}

export {};
