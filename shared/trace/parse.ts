import type { z } from 'zod';
import { catalogById } from '../catalog/catalog';
import { DEFAULT_SETTINGS } from '../settings/schema';
import type { Settings } from '../settings/schema';
import { isValidZone } from '../time/zoned';
import type { EpochMs, Zone } from '../time/types';
import { LINE_TYPES, TraceError } from './format';
import type { Trace, TraceEntry, TraceHeader } from './format';
import { localIso, resolveTime } from './time';
import { traceSettings } from './traceSettings';
import {
  ACTION_LINES,
  UNKNOWN,
  actionHead,
  clockLine,
  endLine,
  idleLine,
  contextLine,
  powerLine,
  respondLine,
  settingsLine,
  startLine,
} from './lineSchemas';

/**
 * Parses a trace (see format.ts). Pure. Throws TraceError naming the line and what is wrong with it;
 * use parseTraceResult for a value instead.
 */
export function parseTrace(text: string): Trace {
  return new TraceParser().parse(text);
}

export type TraceResult = { ok: true; trace: Trace } | { ok: false; error: TraceError };

export function parseTraceResult(text: string): TraceResult {
  try {
    return { ok: true, trace: parseTrace(text) };
  } catch (e) {
    if (e instanceof TraceError) return { ok: false, error: e };
    throw e;
  }
}

/** A trace longer than this is a typo in a time, not a recording (and would take long to replay). */
export const MAX_TRACE_DAYS = 400;
const DAY_MS = 86_400_000;

// --- parser -------------------------------------------------------------------------------------------

class TraceParser {
  private line = 0;
  private zone: Zone = 'UTC';
  private settings: Settings = DEFAULT_SETTINGS;
  /** Time of the previous timed line, on the current clock (after a clock line: its new time). */
  private cursor: EpochMs = 0;
  /** Real elapsed time since the start, independent of clock jumps: guards against runaway traces. */
  private realOffset = 0;
  private realStart = 0;

  parse(text: string): Trace {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    let header: TraceHeader | null = null;
    const entries: TraceEntry[] = [];
    let end: EpochMs | null = null;
    let endLineNo = 0;

    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i].trim();
      if (!raw || raw.startsWith('#')) continue;
      this.line = i + 1;
      if (end !== null) this.fail(`nothing may follow the end line (line ${endLineNo})`);
      const value = this.json(raw);
      const type = value.type;
      if (type === undefined) this.fail('field "type" is missing');
      if (typeof type !== 'string' || !(LINE_TYPES as readonly string[]).includes(type)) {
        this.fail(`unknown type ${JSON.stringify(type)} (expected one of ${LINE_TYPES.join(', ')})`);
      }
      if (!header) {
        if (type !== 'start') {
          this.fail(`the first line must be the start header ({"type":"start",...}), not type "${type}"`);
        }
        header = this.start(value);
        continue;
      }
      switch (type) {
        case 'start':
          this.fail('only the first line may be a start header');
          break;
        case 'idle': {
          const v = this.check(idleLine, value);
          entries.push({ line: this.line, type: 'idle', at: this.timed(v.at), idleSeconds: v.idleSeconds });
          break;
        }
        case 'power': {
          const v = this.check(powerLine, value);
          entries.push({ line: this.line, type: 'power', at: this.timed(v.at), event: v.event });
          break;
        }
        case 'action':
          entries.push(this.action(value));
          break;
        case 'settings': {
          const v = this.check(settingsLine, value);
          const at = this.timed(v.at);
          this.settings = this.applySettings(this.settings, v.settings);
          entries.push({ line: this.line, type: 'settings', at, settings: this.settings });
          break;
        }
        case 'clock':
          entries.push(this.clock(value));
          break;
        case 'context': {
          const v = this.check(contextLine, value);
          const busy = [...new Set(v.busy)];
          entries.push({
            line: this.line,
            type: 'context',
            at: this.timed(v.at),
            busy,
            idleInhibited: v.idleInhibited ?? false,
          });
          break;
        }
        case 'respond': {
          const v = this.check(respondLine, value);
          entries.push({
            line: this.line,
            type: 'respond',
            respond: {
              with: v.with,
              afterSeconds: v.afterSeconds ?? null,
              ...(v.focus ? { focus: v.focus } : {}),
              ...(v.feel ? { feel: v.feel } : {}),
            },
          });
          break;
        }
        case 'end':
          end = this.timed(this.check(endLine, value).at);
          endLineNo = this.line;
          break;
      }
    }
    if (!header) throw new TraceError(0, 'the trace is empty: it needs a start line ({"type":"start",...})');
    return { header, entries, end: end ?? this.cursor, endZone: this.zone };
  }

  private start(value: Record<string, unknown>): TraceHeader {
    const v = this.check(startLine, value);
    this.zone = this.knownZone(v.zone);
    const at = this.time(v.at, 'at');
    this.settings = v.settings ? this.applySettings(DEFAULT_SETTINGS, v.settings) : DEFAULT_SETTINGS;
    this.cursor = at;
    this.realStart = at;
    return { at, zone: this.zone, seed: v.seed ?? 1, settings: this.settings };
  }

  private action(value: Record<string, unknown>): TraceEntry {
    const { action } = this.check(actionHead, value);
    const line = this.line;
    switch (action) {
      case 'start-break': {
        const v = this.check(ACTION_LINES['start-break'], value);
        if (v.mobeId !== undefined && !catalogById(v.mobeId)) {
          this.fail(`field "mobeId" names no known mobe: ${JSON.stringify(v.mobeId)}`);
        }
        const at = this.timed(v.at);
        return v.mobeId === undefined
          ? { line, type: 'action', at, action }
          : { line, type: 'action', at, action, mobeId: v.mobeId };
      }
      case 'meeting': {
        const v = this.check(ACTION_LINES.meeting, value);
        const at = this.timed(v.at);
        if (v.until !== undefined && v.minutes !== undefined)
          this.fail('a meeting takes "until" or "minutes", not both (neither: until ended)');
        const until =
          v.until !== undefined
            ? this.time(v.until, 'until')
            : v.minutes !== undefined
              ? at + Math.round(v.minutes * 60_000)
              : null;
        if (until !== null && until <= at) this.fail('field "until" must be after the line\'s "at"');
        return { line, type: 'action', at, action, until };
      }
      case 'snooze':
      case 'skip':
      case 'resume':
      case 'end-meeting':
      case 'start-focus':
      case 'decline-focus':
        return { line, type: 'action', at: this.timed(this.check(ACTION_LINES.plain, value).at), action };
      case 'done': {
        const v = this.check(ACTION_LINES.done, value);
        return { line, type: 'action', at: this.timed(v.at), action, reps: v.reps };
      }
      case 'pause': {
        const v = this.check(ACTION_LINES.pause, value);
        const at = this.timed(v.at);
        if ((v.until === undefined) === (v.minutes === undefined)) {
          this.fail('a pause needs exactly one of "until" (a time) or "minutes"');
        }
        const until =
          v.until !== undefined ? this.time(v.until, 'until') : at + Math.round(v.minutes! * 60_000);
        if (until <= at) this.fail('field "until" must be after the line\'s "at"');
        return { line, type: 'action', at, action, until };
      }
    }
  }

  private clock(value: Record<string, unknown>): TraceEntry {
    const v = this.check(clockLine, value);
    if (v.to === undefined && v.zone === undefined)
      this.fail('a clock line needs "to" (a new wall time) or "zone"');
    const at = this.timed(v.at);
    if (v.zone !== undefined) this.zone = this.knownZone(v.zone);
    // The new wall time is read in the new zone: that is the clock the following lines are written on.
    const to = v.to !== undefined ? this.time(v.to, 'to') : at;
    this.realOffset += at - to;
    this.cursor = to;
    return v.zone !== undefined
      ? { line: this.line, type: 'clock', at, to, zone: v.zone }
      : { line: this.line, type: 'clock', at, to };
  }

  // --- helpers ----------------------------------------------------------------------------------------

  private json(raw: string): Record<string, unknown> {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      this.fail(`malformed JSON (${(e as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail('each line must be a JSON object');
    }
    return value as Record<string, unknown>;
  }

  private check<T>(schema: z.ZodType<T>, value: unknown): T {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    if (issue.code === 'unrecognized_keys') {
      this.fail(
        `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      );
    }
    const field = issue.path.map(String).join('.');
    this.fail(
      field && !issue.message.startsWith(UNKNOWN) ? `field "${field}" ${issue.message}` : issue.message,
    );
  }

  /** A line's time: resolved in the current zone and checked to keep the trace in order. */
  private timed(value: string | number): EpochMs {
    const at = this.time(value, 'at');
    if (at < this.cursor) {
      this.fail(
        `time ${JSON.stringify(value)} is earlier than the previous line's (${localIso(this.cursor, this.zone)}); ` +
          'use a clock line for a wall-clock change',
      );
    }
    if (at + this.realOffset - this.realStart > MAX_TRACE_DAYS * DAY_MS) {
      this.fail(`the trace would cover more than ${MAX_TRACE_DAYS} days; is this time right?`);
    }
    this.cursor = at;
    return at;
  }

  private time(value: string | number, field: string): EpochMs {
    const r = resolveTime(value, this.zone);
    if (!r.ok) this.fail(`field "${field}" ${r.message}`);
    return r.at;
  }

  private knownZone(zone: string): Zone {
    if (!isValidZone(zone))
      this.fail(`unknown zone ${JSON.stringify(zone)} (expected an IANA name like Europe/Berlin)`);
    return zone;
  }

  private applySettings(current: Settings, patch: Record<string, unknown>): Settings {
    const result = traceSettings(current, patch, (value, field) => this.time(value, field));
    if (!result.ok) {
      const e = result.errors[0];
      this.fail(`invalid settings: ${e.field === 'settings' ? '' : `"${e.field}" `}${e.message}`);
    }
    return result.value;
  }

  private fail(message: string): never {
    throw new TraceError(this.line, message);
  }
}
