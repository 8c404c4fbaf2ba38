/**
 * Writes the example traces in this folder (office-day, overnight-dst, locks-and-jump). Run it with
 * `npx tsx tests/traces/generate.ts` after changing it; a test checks the committed files match.
 *
 * The user is modelled in real time: while working they type in bursts with the small pauses people
 * make (a second or two between words, now and then half a minute of reading, rarely a few minutes of
 * thinking), and the OS idle time is observed every ~10 s, as a logger would. While away, observations
 * are sparse. Lines are written on the wall clock, which can jump or change zone.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { seededRandom } from '../../shared/random';
import { resolveTime } from '../../shared/trace/time';
import type { Random } from '../../shared/time/types';

const SEC = 1000;
const MIN = 60 * SEC;

export class TraceWriter {
  readonly lines: string[] = [];
  private zone: string;
  /** Real time now (epoch ms); the wall clock reads real - shift. */
  private real: number;
  private shift = 0;
  /** The user's last input, real time. */
  private lastInput: number;
  private readonly rnd: Random;

  constructor(comment: string, start: string, zone: string, seed: number, settings?: object) {
    this.zone = zone;
    this.rnd = seededRandom(seed * 7919 + 17);
    this.real = DateTime.fromISO(start, { zone }).toMillis();
    this.lastInput = this.real;
    for (const c of comment.split('\n')) this.lines.push(`# ${c}`);
    this.line({ type: 'start', at: this.wall(this.real), zone, seed, ...(settings ? { settings } : {}) });
  }

  /** Works (types, mouses, reads) until the wall clock shows `until`. */
  work(until: string): this {
    const end = this.realOf(until);
    let pauseUntil = 0;
    while (this.real < end) {
      const next = Math.min(end, this.real + Math.round(8 + 4 * this.rnd()) * SEC);
      // Did the user touch anything since the last observation? Not while in a pause.
      if (next > pauseUntil) {
        this.lastInput = Math.max(this.lastInput, next - Math.floor(this.rnd() * 2.5 * SEC));
        const r = this.rnd();
        // Most observations see steady typing; some catch the start of a pause.
        let pause = 0;
        if (r < 0.1) pause = (4 + 8 * this.rnd()) * SEC;
        else if (r < 0.14) pause = (15 + 45 * this.rnd()) * SEC;
        else if (r < 0.145) pause = (90 + 90 * this.rnd()) * SEC;
        pauseUntil = this.lastInput + pause;
      }
      this.real = next;
      this.observe();
    }
    return this;
  }

  /** Leaves the computer on and unlocked (idle) until `until`; comes back with a keystroke. */
  idleAway(until: string): this {
    const end = this.realOf(until);
    this.lastInput = this.real;
    while (this.real + 90 * SEC < end) {
      this.real += Math.round(60 + 60 * this.rnd()) * SEC;
      this.observe();
    }
    this.real = end;
    this.lastInput = end;
    this.observe();
    return this;
  }

  /** Reads without touching anything for `minutes` (short of a natural break). */
  read(minutes: number): this {
    this.lastInput = this.real;
    const end = this.real + minutes * MIN;
    while (this.real + 20 * SEC < end) {
      this.real += Math.round(15 + 10 * this.rnd()) * SEC;
      this.observe();
    }
    this.real = end;
    this.lastInput = end;
    this.observe();
    return this;
  }

  /** Locks (or suspends) now and unlocks (resumes) at `until`, typing the password at once. */
  away(kind: 'lock' | 'suspend', until: string): this {
    this.real += Math.round(1 + 3 * this.rnd()) * SEC;
    this.line({ at: this.wall(this.real), type: 'power', event: kind });
    this.real = this.realOf(until);
    this.line({ at: this.wall(this.real), type: 'power', event: kind === 'lock' ? 'unlock' : 'resume' });
    this.lastInput = this.real;
    this.observe();
    return this;
  }

  /** A lock of a few seconds (showing a colleague the screen, say). */
  quickLock(seconds: number): this {
    this.line({ at: this.wall(this.real), type: 'power', event: 'lock' });
    this.real += seconds * SEC;
    this.line({ at: this.wall(this.real), type: 'power', event: 'unlock' });
    this.lastInput = this.real;
    this.observe();
    return this;
  }

  /** The wall clock is set to `to` (on the new zone's clock when `zone` is given). */
  clock(to: string | null, zone?: string): this {
    const at = this.wall(this.real);
    if (zone) this.zone = zone;
    if (to !== null) this.shift = this.real - DateTime.fromISO(to, { zone: this.zone }).toMillis();
    this.line({
      at,
      type: 'clock',
      ...(to !== null ? { to: this.wall(this.real) } : {}),
      ...(zone ? { zone } : {}),
    });
    return this;
  }

  /** A line at wall time `at` made by the user's own hand (a click, a settings change). */
  event(at: string, line: object): this {
    this.real = this.realOf(at);
    this.lastInput = this.real;
    this.line({ at: this.wall(this.real), ...line });
    return this;
  }

  /** What the busy detectors report from now on (`[]`: free). */
  context(busy: string[]): this {
    this.line({ at: this.wall(this.real), type: 'context', busy });
    return this;
  }

  raw(line: object): this {
    this.line(line);
    return this;
  }

  comment(text: string): this {
    this.lines.push(`# ${text}`);
    return this;
  }

  end(at: string): string {
    this.real = this.realOf(at);
    this.line({ at: this.wall(this.real), type: 'end' });
    return this.lines.join('\n') + '\n';
  }

  private observe(): void {
    const idle = Math.max(0, Math.floor((this.real - this.lastInput) / SEC));
    this.line({ at: this.wall(this.real), type: 'idle', idleSeconds: idle });
  }

  private realOf(wall: string): number {
    return DateTime.fromISO(wall, { zone: this.zone }).toMillis() + this.shift;
  }

  /** Local time without offset when that reads back to the same instant, else with its offset. */
  private wall(real: number): string {
    const dt = DateTime.fromMillis(real - this.shift, { zone: this.zone });
    const local = dt.toFormat("yyyy-MM-dd'T'HH:mm:ss");
    const back = resolveTime(local, this.zone);
    return back.ok && back.at === dt.toMillis() ? local : (dt.toISO({ suppressMilliseconds: true }) ?? local);
  }

  private line(value: object): void {
    this.lines.push(JSON.stringify(value));
  }
}

const HEADER = 'Generated by tests/traces/generate.ts: edit that and run `npx tsx tests/traces/generate.ts`.';

/** Monday in Berlin: meetings, a coffee, lunch away, default settings. */
export function officeDay(): string {
  return new TraceWriter(
    `${HEADER}\nAn ordinary office day: two meetings (laptop locked; laptop left idle), a coffee, lunch away.`,
    '2026-03-02T08:55:00',
    'Europe/Berlin',
    1,
  )
    .work('2026-03-02T10:00:00')
    .comment('Stand-up meeting: the laptop is locked')
    .away('lock', '2026-03-02T10:40:00')
    .work('2026-03-02T11:20:00')
    .comment('Coffee: walks away without locking')
    .idleAway('2026-03-02T11:28:00')
    .work('2026-03-02T12:30:00')
    .comment('Lunch away')
    .away('lock', '2026-03-02T13:15:00')
    .work('2026-03-02T14:10:00')
    .comment('Shows a colleague something: a 20 s lock')
    .quickLock(20)
    .work('2026-03-02T15:00:00')
    .comment('Meeting in another room: the laptop stays open and idle')
    .idleAway('2026-03-02T15:45:00')
    .work('2026-03-02T16:20:00')
    .comment('Reads a document for three minutes without touching anything')
    .read(3)
    .work('2026-03-02T17:40:00')
    .comment('Closes the lid and goes home')
    .away('suspend', '2026-03-02T18:10:00')
    .end('2026-03-02T18:10:00');
}

/** Saturday evening and Sunday morning in Berlin, with weekend work hours, across the spring-forward. */
export function overnightDst(): string {
  const weekend = {
    dailyGoal: 6,
    workHours: { sat: [{ start: '18:00', end: '23:00' }], sun: [{ start: '08:00', end: '13:00' }] },
  };
  return new TraceWriter(
    `${HEADER}\nWeekend work: Saturday evening, suspend overnight across the 2026-03-29 DST change (02:00 -> 03:00),\n` +
      'resume on Sunday morning. The weekend work hours come from the header settings.',
    '2026-03-28T18:20:00',
    'Europe/Berlin',
    2,
    weekend,
  )
    .work('2026-03-28T20:05:00')
    .comment('Dinner: the laptop is locked')
    .away('lock', '2026-03-28T20:40:00')
    .work('2026-03-28T22:40:00')
    .comment('Lid closed for the night; clocks go forward at 02:00')
    .away('suspend', '2026-03-29T09:10:00')
    .work('2026-03-29T10:30:00')
    .comment('Brunch break: walks away without locking')
    .idleAway('2026-03-29T10:50:00')
    .work('2026-03-29T12:45:00')
    .away('suspend', '2026-03-29T13:30:00')
    .end('2026-03-29T13:30:00');
}

/** Tuesday with many locks, a clock set back and forward, and a move to another zone. */
export function locksAndJump(): string {
  return new TraceWriter(
    `${HEADER}\nA day of lock screens (short ones pause the sitting clock, long ones reset it), a wall clock\n` +
      'that is set back 10 minutes and later 45 minutes forward, and a change of zone to London.',
    '2026-03-03T09:00:00',
    'Europe/Berlin',
    3,
  )
    .work('2026-03-03T09:40:00')
    .quickLock(15)
    .work('2026-03-03T10:05:00')
    .quickLock(40)
    .work('2026-03-03T10:30:00')
    .comment('Three minutes away, locked')
    .away('lock', '2026-03-03T10:33:00')
    .work('2026-03-03T11:00:00')
    .comment('The clock is corrected: set back 10 minutes')
    .clock('2026-03-03T10:50:00')
    .work('2026-03-03T11:30:00')
    .comment('Locked for 25 minutes')
    .away('lock', '2026-03-03T11:55:00')
    .work('2026-03-03T12:40:00')
    .away('lock', '2026-03-03T13:20:00')
    .work('2026-03-03T14:00:00')
    .comment('The clock is set 45 minutes forward')
    .clock('2026-03-03T14:45:00')
    .work('2026-03-03T15:30:00')
    .quickLock(30)
    .work('2026-03-03T15:50:00')
    .comment('The zone changes to London: the wall clock now reads an hour earlier')
    .clock(null, 'Europe/London')
    .work('2026-03-03T15:40:00')
    .away('lock', '2026-03-03T15:48:00')
    .work('2026-03-03T17:20:00')
    .away('suspend', '2026-03-03T18:15:00')
    .end('2026-03-03T18:15:00');
}

/** A day with a 90-minute call listened to without touching anything, and a Do Not Disturb spell. */
export function busyDay(): string {
  return new TraceWriter(
    `${HEADER}\nA busy day: a 90-minute call, mostly listening; Do Not Disturb while writing after lunch.`,
    '2026-03-04T08:55:00',
    'Europe/Berlin',
    3,
  )
    .work('2026-03-04T09:50:00')
    .comment('The call starts (microphone in use) and the user listens, hands off the keyboard')
    .context(['call'])
    .read(90)
    .context([])
    .comment('The call has ended: one held prompt follows after a minute of grace')
    .work('2026-03-04T12:30:00')
    .comment('Lunch away')
    .away('lock', '2026-03-04T13:15:00')
    .work('2026-03-04T13:30:00')
    .comment('Do Not Disturb on to write in peace for 45 minutes')
    .context(['dnd'])
    .work('2026-03-04T14:15:00')
    .context([])
    .work('2026-03-04T17:00:00')
    .away('suspend', '2026-03-04T17:30:00')
    .end('2026-03-04T17:30:00');
}

/**
 * A working week with a focus on a stiff neck: two focus sets a day in place of two prompts, answered
 * differently from day to day (the same, harder, it hurt twice, declined, easier), and one set started
 * from the tray.
 */
export function focusWeek(): string {
  const focus = {
    focus: {
      target: { area: 'neck' },
      since: '2026-03-09T08:00:00',
      until: '2026-03-16T08:00:00',
      setsPerDay: 2,
    },
  };
  const w = new TraceWriter(
    `${HEADER}\nA week with a focus on the neck: two focus sets a day at about 11:15 and 15:45 (the middle of each\n` +
      'half of 09:00-18:00), never twice in a row or within the hour, answered as the respond lines say.',
    '2026-03-09T08:55:00',
    'Europe/Berlin',
    5,
    focus,
  );
  const days: [string, object, string][] = [
    [
      '2026-03-09',
      { type: 'respond', with: 'done' },
      'Monday: does both sets; they feel the same as last time',
    ],
    ['2026-03-10', { type: 'respond', with: 'done', feel: 'harder' }, 'Tuesday: both feel harder'],
    [
      '2026-03-11',
      { type: 'respond', with: 'done', feel: 'hurt' },
      'Wednesday: both hurt, so the sets shrink',
    ],
    ['2026-03-12', { type: 'respond', with: 'done', focus: 'decline' }, 'Thursday: declines both (key D)'],
    [
      '2026-03-13',
      { type: 'respond', with: 'done', feel: 'easier' },
      'Friday: easier; the afternoon set is started from the tray after lunch',
    ],
  ];
  for (const [day, respond, note] of days) {
    w.comment(note).raw(respond).work(`${day}T12:30:00`).away('lock', `${day}T13:15:00`);
    if (day === '2026-03-13')
      w.work(`${day}T13:40:00`).event(`${day}T13:40:05`, { type: 'action', action: 'start-focus' });
    w.work(`${day}T17:40:00`).away('suspend', day === '2026-03-13' ? `${day}T18:00:00` : nextMorning(day));
  }
  return w.end('2026-03-13T18:00:00');
}

function nextMorning(day: string): string {
  return `${DateTime.fromISO(day).plus({ days: 1 }).toISODate()}T08:55:00`;
}

export const TRACES: Readonly<Record<string, () => string>> = {
  'busy-day.jsonl': busyDay,
  'focus-week.jsonl': focusWeek,
  'office-day.jsonl': officeDay,
  'overnight-dst.jsonl': overnightDst,
  'locks-and-jump.jsonl': locksAndJump,
};

export const TRACES_DIR = dirname(fileURLToPath(import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, make] of Object.entries(TRACES)) {
    const text = make();
    writeFileSync(join(TRACES_DIR, name), text);
    console.log(`wrote ${name} (${text.split('\n').length - 1} lines)`);
  }
}
