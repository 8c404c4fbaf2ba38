import { DateTime } from 'luxon';
import type { EngineSnapshot } from '../engine/types';
import type { TodayStatus } from '../ipc/contract';
import type { Settings } from '../settings/schema';
import type { EpochMs, Zone } from '../time/types';
import type { TrayIcon, TrayState } from './ports';

/** What the tray shows for an engine snapshot: icon, tooltip and the menu's today line. Pure. */
export function trayStateFor(s: EngineSnapshot, today: TodayStatus, settings: Settings): TrayState {
  const status = statusLine(s);
  return {
    icon: iconFor(s, settings),
    phase: s.phase,
    tooltip: `Mobes · ${status}`,
    statusLine: status[0].toUpperCase() + status.slice(1),
    todayLine: todayLine(today),
    today,
    paused: s.phase === 'paused',
    canSnooze: s.phase === 'due' || s.phase === 'prompting' || s.phase === 'sitting',
    startAtLogin: settings.startAtLogin,
  };
}

export function sameTray(a: TrayState, b: TrayState): boolean {
  return (
    a.icon === b.icon &&
    a.tooltip === b.tooltip &&
    a.todayLine === b.todayLine &&
    a.paused === b.paused &&
    a.canSnooze === b.canSnooze &&
    a.phase === b.phase &&
    a.startAtLogin === b.startAtLogin
  );
}

function iconFor(s: EngineSnapshot, settings: Settings): TrayIcon {
  switch (s.phase) {
    case 'off-hours':
      return 'off';
    case 'paused':
      return 'paused';
    case 'due':
    case 'prompting':
      return 'due';
    case 'away':
      return 'progress-0';
    case 'sitting': {
      const interval = settings.breakIntervalMinutes * 60;
      const fraction = 1 - Math.min(interval, s.secondsToNextBreak) / interval;
      return `progress-${Math.min(4, Math.max(0, Math.floor(fraction * 5)))}` as TrayIcon;
    }
  }
}

function statusLine(s: EngineSnapshot): string {
  switch (s.phase) {
    case 'sitting':
      return `sitting ${duration(s.sittingSeconds)} · next mobe in ${duration(s.secondsToNextBreak, 'up')}`;
    case 'due':
      return 'a mobe is due, waiting for a pause in your typing';
    case 'prompting':
      return 'mobe under way';
    case 'away':
      return 'away from the desk: the sitting clock starts again when you are back';
    case 'paused':
      return s.pausedUntil === null ? 'paused' : `paused until ${clock(s.pausedUntil, s.zone, s.at)}`;
    case 'off-hours':
      return s.nextWorkStart === null
        ? 'no work hours set'
        : `outside work hours · back ${clock(s.nextWorkStart, s.zone, s.at).replace(/^(\d)/, 'at $1')}`;
  }
}

export function todayLine(today: TodayStatus): string {
  const streak = today.streaks.current;
  return `Today ${today.done} of ${today.goal} mobes · streak ${streak} ${streak === 1 ? 'day' : 'days'}`;
}

/**
 * "12 min", "1 h 05 min". Time sat rounds down and time to go rounds up, so both change on the same
 * second and the tooltip (and the tray) is refreshed once a minute, not twice.
 */
export function duration(seconds: number, round: 'down' | 'up' = 'down'): string {
  const minutes = round === 'down' ? Math.floor(seconds / 60) : Math.ceil(seconds / 60);
  if (minutes < 1) return 'under 1 min';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** "14:30" today, "tomorrow 09:00", or "Mon 09:00" further out. */
function clock(at: EpochMs, zone: Zone, now: EpochMs): string {
  const t = DateTime.fromMillis(at, { zone });
  const today = DateTime.fromMillis(now, { zone }).startOf('day');
  const days = Math.round(t.startOf('day').diff(today, 'days').days);
  if (days <= 0) return t.toFormat('HH:mm');
  if (days === 1) return `tomorrow ${t.toFormat('HH:mm')}`;
  return t.toFormat('ccc HH:mm');
}
