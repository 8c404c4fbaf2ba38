import type { OpenBout } from '../history/types';
import type { Settings } from '../settings/schema';
import type { EpochMs, Zone } from '../time/types';
import { dayKeyAt } from '../time/zoned';
import { EngineBusy } from './busy';
import { AWAY_SAMPLE_MS, FAR_SAMPLE_MS, LULL_SAMPLE_MS, PROMPT_SAMPLE_MS } from './timing';
import type { EngineSnapshot } from './types';

/**
 * What the engine tells about itself without being fed an input: its snapshot, when it next needs a
 * sample, and the bout under way for the crash checkpoint. The inputs are in engine.ts.
 */
export abstract class EngineReadouts extends EngineBusy {
  snapshot(): EngineSnapshot {
    const sitting = this.base === 'sitting' || this.base === 'due';
    return {
      at: this.lastAt,
      phase: this.phase(),
      zone: this.zone,
      sittingSeconds: sitting ? Math.floor(this.boutActiveMs / 1000) : 0,
      secondsToNextBreak:
        this.base === 'sitting' && !this.prompt
          ? Math.max(0, Math.ceil((this.nextDueMs - this.boutActiveMs) / 1000))
          : 0,
      pausedUntil: this.base === 'paused' ? this.pausedUntil : null,
      nextWorkStart: this.base === 'off-hours' ? this.nextWorkEdge : null,
      prompt: this.prompt,
      busy: this.busyNow,
      meeting: this.meetingOn,
      meetingUntil: this.meetingUntil,
    };
  }

  /** When the engine next needs an idle sample; null when only an event can change anything. */
  nextWakeAt(): EpochMs | null {
    if (this.stopped) return null;
    const delay = this.wakeDelay();
    return Number.isFinite(delay) ? this.lastAt + delay : null;
  }

  /**
   * The sitting bout still open and what it has been credited so far, for the crash checkpoint; null
   * when none is (or it has no active time yet). Read by a timer every few minutes, never per sample.
   */
  openBout(): OpenBout | null {
    const held = this.base === 'away' && this.awayProvisional;
    const activeSeconds = Math.round(this.boutActiveMs / 1000);
    if (this.stopped || activeSeconds <= 0 || !(held || this.base === 'sitting' || this.base === 'due'))
      return null;
    const day = dayKeyAt(this.boutStart, this.zone);
    return { start: this.boutStart, day, activeSeconds, at: held ? this.awayStart : this.lastAt };
  }

  get currentSettings(): Settings {
    return this.settings;
  }
  get currentZone(): Zone {
    return this.zone;
  }

  /** Delay from lastAt to the next needed sample; Infinity when none is needed. */
  private wakeDelay(): number {
    let delay: number;
    if (this.prompt) {
      delay = Math.min(
        PROMPT_SAMPLE_MS,
        Math.max(LULL_SAMPLE_MS, this.promptTimeoutMs - (this.mono - this.promptMono)),
      );
    } else {
      switch (this.base) {
        case 'off-hours':
        case 'paused':
          delay = Number.POSITIVE_INFINITY;
          break;
        case 'away':
          // Locked or asleep: only the unlock or resume event can change anything.
          if (this.locked || this.suspended) return Number.POSITIVE_INFINITY;
          delay = AWAY_SAMPLE_MS;
          break;
        case 'due':
          delay = this.dueDelay();
          break;
        case 'sitting':
          delay = Math.min(FAR_SAMPLE_MS, Math.max(LULL_SAMPLE_MS, this.nextDueMs - this.boutActiveMs));
          break;
      }
    }
    return Math.max(LULL_SAMPLE_MS, Math.min(delay, this.scheduleCheckAt - this.lastAt));
  }
}
