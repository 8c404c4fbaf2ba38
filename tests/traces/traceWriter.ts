/**
 * Writes one activity trace line by line (tests/traces/generate.ts and golden/variants.ts use it).
 *
 * The user is modelled in real time: while working they type in bursts with the small pauses people
 * make (a second or two between words, now and then half a minute of reading, rarely a few minutes of
 * thinking), and the OS idle time is observed every ~10 s, as a logger would. While away, observations
 * are sparse. Lines are written on the wall clock, which can jump or change zone.
 */
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
