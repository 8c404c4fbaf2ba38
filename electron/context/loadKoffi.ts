import type * as KoffiModule from 'koffi';
import { createRequire } from 'node:module';

type Koffi = typeof KoffiModule;

/**
 * Loads koffi on first use, only on the platform whose adapter asks: Linux never loads it, and a
 * missing or broken native binary becomes an error the detector reports as unknown.
 */
export function loadKoffi(): Koffi {
  return createRequire(import.meta.url)('koffi') as Koffi;
}
