import type { CoreDriver } from '../../shared/app/coreDriver';
import { startMidnightTimer } from '../power/midnight';
import { currentZone } from '../power/powerAdapter';

/** At each local midnight the today line and the streak change even if nothing else did. */
export function startNewDayTimer(o: {
  driver: Pick<CoreDriver, 'inputNow'>;
  refreshTray(): void;
  historyChanged(): void;
}) {
  return startMidnightTimer(currentZone(), () => {
    o.driver.inputNow((at) => ({ type: 'wake', at }));
    o.refreshTray();
    o.historyChanged();
  });
}
