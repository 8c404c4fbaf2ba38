import { z } from 'zod';

/**
 * Which kinds of busy hold breaks back (a sub-schema for the settings field `holdBreaksDuring`).
 *
 * Defaults, and why: calls and Do Not Disturb are on, since being prompted on a call or after asking
 * the OS for quiet is what users complain about most. Screen sharing/presenting and full screen are off:
 * many people keep a video or an IDE full screen all day, and presenting is rarer than calls, so those
 * are for the user to opt into.
 */
const flag = z.boolean({ error: 'must be true or false' });

export const holdBreaksDuringSchema = z
  .object({
    calls: flag,
    screenSharing: flag,
    fullScreen: flag,
    doNotDisturb: flag,
  })
  .strict();

export type HoldBreaksDuring = z.infer<typeof holdBreaksDuringSchema>;

export const DEFAULT_HOLD_BREAKS_DURING: HoldBreaksDuring = Object.freeze({
  calls: true,
  screenSharing: false,
  fullScreen: false,
  doNotDisturb: true,
}) as HoldBreaksDuring;
