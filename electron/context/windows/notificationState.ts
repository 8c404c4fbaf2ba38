import type { SignalReadings } from '../../../shared/context/reasons';
import type { ContextSource } from '../source';
import { createPolledSource, type PollResult } from '../polledSource';

/**
 * SHQueryUserNotificationState, behind a thin function so the mapping is tested without Windows:
 * returns the HRESULT and the QUERY_USER_NOTIFICATION_STATE written to its out parameter.
 * https://learn.microsoft.com/en-us/windows/win32/api/shellapi/nf-shellapi-shqueryusernotificationstate
 */
export type QueryNotificationState = () => { hr: number; state: number };

/** QUERY_USER_NOTIFICATION_STATE values. */
export const QUNS = {
  NOT_PRESENT: 1,
  BUSY: 2,
  RUNNING_D3D_FULL_SCREEN: 3,
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  QUIET_TIME: 6,
  APP: 7,
} as const;

/**
 * - BUSY (a full-screen app, or presentation settings), RUNNING_D3D_FULL_SCREEN (a game or video) and
 *   APP (a Store app full screen) are full screen;
 * - PRESENTATION_MODE is presenting;
 * - QUIET_TIME is Windows holding notifications back itself, treated like Do Not Disturb;
 * - NOT_PRESENT (locked, screen saver, user switch) and ACCEPTS_NOTIFICATIONS are free: lock is the
 *   power adapter's business.
 */
export function readingFromState(state: number): SignalReadings | null {
  const free: SignalReadings = { fullscreen: 'free', presenting: 'free', dnd: 'free' };
  switch (state) {
    case QUNS.BUSY:
    case QUNS.RUNNING_D3D_FULL_SCREEN:
    case QUNS.APP:
      return { ...free, fullscreen: 'busy' };
    case QUNS.PRESENTATION_MODE:
      return { ...free, presenting: 'busy' };
    case QUNS.QUIET_TIME:
      return { ...free, dnd: 'busy' };
    case QUNS.NOT_PRESENT:
    case QUNS.ACCEPTS_NOTIFICATIONS:
      return free;
    default:
      return null;
  }
}

export function createWindowsNotificationStateSource(query: () => QueryNotificationState): ContextSource {
  let fn: QueryNotificationState | null = null;
  return createPolledSource({
    id: 'windows-notification-state',
    label: 'Full screen, presenting and quiet time (Windows)',
    signals: ['fullscreen', 'presenting', 'dnd'],
    async read(): Promise<PollResult> {
      fn ??= query();
      const { hr, state } = fn();
      if (hr !== 0)
        return { problem: `SHQueryUserNotificationState failed (HRESULT 0x${(hr >>> 0).toString(16)})` };
      return readingFromState(state)
        ? { signals: readingFromState(state)! }
        : { problem: `unknown state ${state}` };
    },
  });
}
