import { startOfNextDayAt } from '../../shared/time/zoned';
import type { PauseChoice } from './trayMenu';

/** When a pause chosen from the tray ends. "Until tomorrow" means the next local midnight in `zone`. */
export function pauseUntil(choice: PauseChoice, now: number, zone: string): number {
  switch (choice) {
    case '30m':
      return now + 30 * 60_000;
    case '1h':
      return now + 60 * 60_000;
    case 'tomorrow':
      return startOfNextDayAt(now, zone);
  }
}
