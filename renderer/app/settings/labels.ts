import type { Settings } from '../../../shared/settings/schema';

/** The name each setting goes by in messages ("Break interval must be at least 10 minutes"). */
export const FIELD_LABELS: Record<keyof Settings, string> = {
  version: 'Settings version',
  breakIntervalMinutes: 'Break interval',
  breakLengthSeconds: 'Break length',
  naturalBreakMinutes: 'Natural break',
  snoozeMinutes: 'Snooze',
  lullSeconds: 'Typing lull',
  lullWaitSeconds: 'Lull wait',
  workHours: 'Work hours',
  dailyGoal: 'Daily goal',
  areas: 'Body areas',
  seatedOnly: 'Seated only',
  hiddenMobes: 'Hidden mobes',
  likedMobes: 'Favourite mobes',
  sound: 'Sound',
  startAtLogin: 'Start at login',
  reducedMotion: 'Reduced motion',
  shortcuts: 'Shortcut',
  welcomeDone: 'Welcome',
  holdBreaksDuring: 'Hold breaks during',
  language: 'Language',
  focus: 'Focus',
};

export const SHORTCUT_LABELS: Record<string, string> = { done: 'Done', skip: 'Skip', snooze: 'Snooze' };

export const WEEKDAY_LABELS: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** "workHours.mon.0.end" -> "Monday, range 1, end"; a plain key -> its label. */
export function fieldLabel(path: string): string {
  const [key, day, index, part] = path.split('.');
  const base = FIELD_LABELS[key as keyof Settings] ?? key;
  if (key === 'shortcuts' && day) return `${SHORTCUT_LABELS[day] ?? day} shortcut`;
  if (key !== 'workHours' || !day) return base;
  const bits = [WEEKDAY_LABELS[day] ?? day];
  if (index !== undefined) bits.push(`range ${Number(index) + 1}`);
  if (part) bits.push(part);
  return bits.join(', ');
}

export function sentence(path: string, message: string): string {
  return `${fieldLabel(path)} ${message}.`.replace(/\.\.$/, '.');
}
