import type { CoreDriver } from '../../shared/app/coreDriver';
import type { DetectorStatus } from '../../shared/context/reasons';
import type { Phase } from '../../shared/engine/types';
import { ok, type RequestHandlers } from '../../shared/ipc/contract';
import type { Settings } from '../../shared/settings/schema';
import { createContextHub, type ContextHub } from '../context/hub';
import { createPlatformSources, type PlatformSources } from '../context/platformSources';

export interface BusyContextOptions {
  driver: Pick<CoreDriver, 'inputNow'>;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  settings: Settings;
  log(message: string): void;
  /** The OS's detectors; tests pass their own. */
  createSources?: (platform: NodeJS.Platform, env: NodeJS.ProcessEnv) => Promise<PlatformSources>;
}

/**
 * The busy detectors in the running app: they report to the core as `context` inputs, poll only while
 * the user is sitting or a break is due (never while paused, away, off hours or locked), look again as
 * soon as a break becomes due, follow the hold-breaks settings, and are listed in the settings view.
 * The detectors load in the background: until they do (or if they fail), the user counts as free.
 */
export function startBusyContext(o: BusyContextOptions) {
  let hub: ContextHub | null = null;
  let sources: PlatformSources | null = null;
  let stopped = false;
  let phase: Phase = 'off-hours';
  let hold = o.settings.holdBreaksDuring;
  const polls = (p: Phase) => p === 'sitting' || p === 'due' || p === 'prompting';

  void (o.createSources ?? createPlatformSources)(o.platform, o.env as NodeJS.ProcessEnv)
    .then((made) => {
      if (stopped) return made.close();
      sources = made;
      hub = createContextHub({ sources: made.sources, settings: hold, log: o.log });
      hub.onChange((c) =>
        o.driver.inputNow((at) => ({ type: 'context', at, busy: c.busy, idleInhibited: c.idleInhibited })),
      );
      hub.start();
      hub.setPolling(polls(phase));
    })
    .catch((err: unknown) =>
      o.log(`busy detection could not start: ${String(err)}; everyone counts as free`),
    );

  return {
    /** The core's phase, as the tray hears it. */
    follow(next: Phase) {
      const becameDue = next === 'due' && phase !== 'due';
      phase = next;
      hub?.setPolling(polls(next));
      if (becameDue) void hub?.refresh();
    },
    settingsChanged(settings: Settings) {
      hold = settings.holdBreaksDuring;
      hub?.setSettings(hold);
    },
    detectors: (): DetectorStatus[] => hub?.detectors() ?? [],
    /** The settings view lists the detectors and how each is doing on this machine. */
    handlers<H extends Pick<RequestHandlers, 'getSettings'>>(handlers: H): H {
      return {
        ...handlers,
        getSettings: async (req: void) => {
          const res = await handlers.getSettings(req);
          return res.ok ? ok({ ...res.value, detectors: hub?.detectors() ?? [] }) : res;
        },
      };
    },
    stop() {
      stopped = true;
      hub?.stop();
      sources?.close();
    },
  };
}
