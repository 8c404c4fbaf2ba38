import { DateTime } from 'luxon';
import type { BusyReason } from '../context/reasons';
import type { EngineSnapshot } from '../engine/types';
import type { TodayStatus } from '../ipc/contract';
import type { Settings } from '../settings/schema';
import type { EpochMs, Zone } from '../time/types';
import { englishTranslator, type Translator } from '../i18n/translator';
import { isFocusOn } from '../focus/choose';
import type { TrayIcon, TrayState } from './ports';

/** What the tray shows for an engine snapshot: icon, tooltip and the menu's today line, in `tr`'s words. Pure. */
export function trayStateFor(
  s: EngineSnapshot,
  today: TodayStatus,
  settings: Settings,
  tr: Translator = englishTranslator,
): TrayState {
  const status = statusLine(s, tr);
  const held = heldLine(s, tr);
  return {
    icon: iconFor(s, settings),
    phase: s.phase,
    tooltip: held === null ? tr.t('tray:tooltip', { status }) : tr.t('tray:tooltipHeld', { status, held }),
    statusLine: status.charAt(0).toLocaleUpperCase(tr.locale) + status.slice(1),
    todayLine: todayLine(today, tr),
    today,
    paused: s.phase === 'paused',
    canSnooze: s.phase === 'due' || s.phase === 'prompting' || s.phase === 'sitting',
    canStartFocus: s.phase !== 'prompting' && isFocusOn(settings.focus, s.at),
    startAtLogin: settings.startAtLogin,
    heldLine: held === null ? null : held.charAt(0).toLocaleUpperCase(tr.locale) + held.slice(1),
    meeting: s.meeting,
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
    a.startAtLogin === b.startAtLogin &&
    a.heldLine === b.heldLine &&
    a.meeting === b.meeting &&
    a.canStartFocus === b.canStartFocus
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

function statusLine(s: EngineSnapshot, tr: Translator): string {
  switch (s.phase) {
    case 'sitting':
      return tr.t('tray:sitting', {
        sat: duration(s.sittingSeconds, 'down', tr),
        next: duration(s.secondsToNextBreak, 'up', tr),
      });
    case 'due':
      return tr.t(s.busy.length > 0 ? 'tray:dueHeld' : 'tray:due');
    case 'prompting':
      return tr.t('tray:prompting');
    case 'away':
      return tr.t('tray:away');
    case 'paused':
      return s.pausedUntil === null
        ? tr.t('tray:paused')
        : tr.t('tray:pausedUntil', { when: when(s.pausedUntil, s.zone, s.at, tr) });
    case 'off-hours': {
      if (s.nextWorkStart === null) return tr.t('tray:noWorkHours');
      const back = when(s.nextWorkStart, s.zone, s.at, tr);
      return sameDay(s.nextWorkStart, s.zone, s.at)
        ? tr.t('tray:backToday', { time: back })
        : tr.t('tray:backLater', { when: back });
    }
  }
}

/** Reason keys in the order the held line names them. */
const REASON_KEYS: Record<BusyReason, string> = {
  meeting: 'tray:reasonMeeting',
  call: 'tray:reasonCall',
  presenting: 'tray:reasonPresenting',
  'screen-share': 'tray:reasonScreenShare',
  fullscreen: 'tray:reasonFullscreen',
  dnd: 'tray:reasonDnd',
};

/**
 * "breaks held: on a call and Do Not Disturb", while breaks are held (the user is busy and Mobes is
 * counting); null otherwise. Paused, away and off hours say nothing about it: no break would come anyway.
 */
function heldLine(s: EngineSnapshot, tr: Translator): string | null {
  if (s.busy.length === 0 || !(s.phase === 'sitting' || s.phase === 'due')) return null;
  const names = (Object.keys(REASON_KEYS) as BusyReason[])
    .filter((r) => s.busy.includes(r))
    .map((r) =>
      r === 'meeting' && s.meetingUntil !== null
        ? tr.t('tray:reasonMeetingUntil', { time: when(s.meetingUntil, s.zone, s.at, tr) })
        : tr.t(REASON_KEYS[r]),
    );
  const reasons = new Intl.ListFormat(tr.locale, { type: 'conjunction' }).format(names);
  return tr.t('tray:held', { reasons });
}

export function todayLine(today: TodayStatus, tr: Translator = englishTranslator): string {
  return tr.t('tray:today', { done: today.done, goal: today.goal, count: today.streaks.current });
}

/**
 * "12 min", "1 h 05 min". Time sat rounds down and time to go rounds up, so both change on the same
 * second and the tooltip (and the tray) is refreshed once a minute, not twice.
 */
export function duration(
  seconds: number,
  round: 'down' | 'up' = 'down',
  tr: Translator = englishTranslator,
): string {
  const minutes = round === 'down' ? Math.floor(seconds / 60) : Math.ceil(seconds / 60);
  if (minutes < 1) return tr.t('tray:underOneMinute');
  if (minutes < 60) return tr.t('tray:minutes', { minutes });
  return tr.t('tray:hoursMinutes', {
    hours: Math.floor(minutes / 60),
    minutes: String(minutes % 60).padStart(2, '0'),
  });
}

function daysFrom(at: EpochMs, zone: Zone, now: EpochMs): number {
  const today = DateTime.fromMillis(now, { zone }).startOf('day');
  return Math.round(DateTime.fromMillis(at, { zone }).startOf('day').diff(today, 'days').days);
}

function sameDay(at: EpochMs, zone: Zone, now: EpochMs): boolean {
  return daysFrom(at, zone, now) <= 0;
}

/**
 * "14:30" today, "tomorrow 09:00", or "Mon 09:00" further out, in the translator's locale: its clock
 * (12- or 24-hour) and its weekday names.
 */
function when(at: EpochMs, zone: Zone, now: EpochMs, tr: Translator): string {
  const t = DateTime.fromMillis(at, { zone }).setLocale(tr.locale);
  const time = t.toLocaleString(DateTime.TIME_SIMPLE);
  const days = daysFrom(at, zone, now);
  if (days <= 0) return time;
  if (days === 1) return tr.t('tray:whenTomorrow', { time });
  return tr.t('tray:whenWeekday', { weekday: t.toLocaleString({ weekday: 'short' }), time });
}
