import { app } from 'electron';
import type { CoreDriver } from '../../shared/app/coreDriver';
import type { MidnightTimer } from '../power/midnight';
import type { PowerAdapter } from '../power/powerAdapter';
import type { AppWindowController } from '../windows/appWindow';

export interface LifecycleContext {
  driver: CoreDriver;
  power: Pick<PowerAdapter, 'stop'>;
  midnight: Pick<MidnightTimer, 'stop' | 'retarget'>;
  appWindow: Pick<AppWindowController, 'open'>;
  /** Released at shutdown, in this order, after the core was told. */
  release: readonly (() => void)[];
  now(): number;
  log(message: string, error?: unknown): void;
}

/**
 * The app's life as a tray app: a second launch shows the history, closing every window does not
 * quit, quitting (or the OS shutting down) tells the core once, then releases everything.
 */
export function manageLifecycle(ctx: LifecycleContext) {
  let shutDown = false;

  /** Tells the core the session ends (it closes the sitting bout), then releases everything. Once. */
  function shutdown(tellCore = true) {
    if (shutDown) return;
    shutDown = true;
    ctx.midnight.stop();
    try {
      if (tellCore) ctx.driver.input({ type: 'power', at: ctx.now(), event: 'shutdown' });
    } catch (error) {
      ctx.log('shutdown input failed', error);
    }
    ctx.power.stop();
    for (const release of ctx.release) release();
  }

  ctx.driver.onInput((input) => {
    if (input.type === 'clock' && input.zone) ctx.midnight.retarget(input.zone);
    // The OS is shutting down: the core was already told, so only release the rest.
    if (input.type === 'power' && input.event === 'shutdown') shutdown(false);
  });
  app.on('second-instance', () => ctx.appWindow.open('history'));
  app.on('window-all-closed', () => {});
  app.on('before-quit', () => shutdown());
  return { shutdown };
}
