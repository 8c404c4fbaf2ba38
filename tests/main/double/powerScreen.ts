/** powerMonitor's idle time and state, and screen's displays and cursor, as the test sets them. */
import type { Display, Point } from 'electron';
import { EventEmitter } from 'node:events';
import { state } from './state';

class FakePowerMonitor extends EventEmitter {
  getSystemIdleTime(): number {
    return state.idleSeconds;
  }
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    state.idleStateCalls.push(idleThreshold);
    if (state.screenLocked) return 'locked';
    return state.idleSeconds >= idleThreshold ? 'idle' : 'active';
  }
}
export const powerMonitor = new FakePowerMonitor();

export const screen = {
  getAllDisplays: (): Display[] => state.displays.map((d) => ({ ...d })),
  getPrimaryDisplay: (): Display =>
    state.displays.find((d) => d.id === state.primaryDisplayId) ?? state.displays[0],
  getCursorScreenPoint: (): Point => ({ ...state.cursor }),
};
