import cron from 'node-cron';
import type { ScheduledTask } from 'node-cron';

/**
 * Fires at every local midnight in the given IANA zone (node-cron handles the zone and DST, and
 * sleeps in one timer until the next match). Re-targeted when the user's zone changes.
 */
export interface MidnightTimer {
  retarget(zone: string): void;
  stop(): void;
}

export function startMidnightTimer(zone: string, onMidnight: () => void): MidnightTimer {
  let task: ScheduledTask | null = null;
  let current = '';
  const schedule = (z: string) => {
    void task?.destroy();
    current = z;
    task = cron.schedule('0 0 * * *', () => onMidnight(), {
      timezone: z,
      name: 'mobes-midnight',
      noOverlap: true,
    });
  };
  schedule(zone);
  return {
    retarget(z) {
      if (z !== current) schedule(z);
    },
    stop() {
      void task?.destroy();
      task = null;
    },
  };
}
