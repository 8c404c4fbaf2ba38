import { DateTime } from 'luxon';
import { Engine } from '../../../shared/engine/engine';
import type { EngineDecision, EngineInput } from '../../../shared/engine/types';
import type { HistoryRecord } from '../../../shared/history/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings/schema';
import { simulate, type Simulation } from '../../../shared/sim/simulate';

export const ZONE = 'Europe/Berlin';
export const MIN = 60_000;
export const SEC = 1000;

/** Wall time of a local date-time in ZONE, e.g. at('2026-03-02T09:00'). */
export function at(local: string, zone = ZONE): number {
  return DateTime.fromISO(local, { zone }).toMillis();
}

/** An engine plus a log of everything it decided, driven like the shell drives it. */
export class Rig {
  readonly engine: Engine;
  readonly log: EngineDecision[] = [];
  samples: number[] = [];

  constructor(
    start: number,
    overrides: Partial<Settings> = {},
    readonly zone = ZONE,
  ) {
    let n = 0;
    this.engine = new Engine({
      settings: { ...DEFAULT_SETTINGS, ...overrides },
      zone,
      at: start,
      pickMobe: () => ({ mobeId: 'neck-circles', area: 'neck', targetReps: 10 }),
      newId: () => `p${n++}`,
    });
  }

  input(input: EngineInput): void {
    if (input.type === 'idle') this.samples.push(input.at);
    this.log.push(...this.engine.handle(input));
  }

  nextWakeAt() {
    return this.engine.nextWakeAt();
  }

  /**
   * Runs until `until`, sampling when asked, with the given idle model and events. With `respond`, the
   * user answers every prompt that way `delayMs` after it shows.
   */
  run(
    until: number,
    idleAt: (t: number) => number,
    events: EngineInput[] = [],
    respond?: { action: 'done' | 'skip' | 'snooze'; delayMs?: number },
  ) {
    let seen = this.log.length;
    const after: Simulation['after'] = (_input, schedule) => {
      for (; seen < this.log.length; seen++) {
        const d = this.log[seen];
        if (d.type !== 'prompt' || !respond) continue;
        const t = d.at + (respond.delayMs ?? 45 * SEC);
        schedule(
          respond.action === 'done'
            ? { type: 'action', at: t, action: 'done', reps: d.prompt.targetReps }
            : { type: 'action', at: t, action: respond.action },
        );
      }
    };
    return simulate({ target: this, idleAt, events, until, after });
  }

  prompts() {
    return this.log.flatMap((d) => (d.type === 'prompt' ? [d] : []));
  }

  dueprompts() {
    return this.prompts().filter((p) => p.prompt.reason === 'due');
  }

  records<K extends HistoryRecord['kind']>(kind: K): Extract<HistoryRecord, { kind: K }>[] {
    return this.log.flatMap((d) =>
      d.type === 'record' && d.record.kind === kind ? [d.record as Extract<HistoryRecord, { kind: K }>] : [],
    );
  }
}

/** A user who types steadily but lifts their hands for `pause` seconds every `period` seconds. */
export function typist(period = 20, pause = 5) {
  return (t: number) => Math.max(0, ((t / 1000) % period) - (period - pause));
}

/** A user who never pauses long enough for a lull. */
export const nonstop = () => 0;
