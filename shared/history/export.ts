import type { EpochMs } from '../time/types';
import { parseRecord } from './recordSchema';
import type { HistoryRecord } from './types';

export const EXPORT_FORMAT = 'mobes-history';
export const EXPORT_VERSION = 1;

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  records: HistoryRecord[];
}

export type ParsedHistory = { ok: true; records: HistoryRecord[] } | { ok: false; error: string };
export type ParsedLine = { ok: true; record: HistoryRecord } | { ok: false; error: string };

const CSV_COLUMNS = [
  'kind',
  'day',
  'start_utc',
  'end_utc',
  'reason',
  'mobe_id',
  'area',
  'outcome',
  'reps',
  'target_reps',
  'active_seconds',
  'ended_by',
  'focus',
  'feel',
] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

/**
 * One row per record under a header row. Times are ISO 8601 in UTC; `day` is the local day the record
 * was attributed to. Prompts use start/end for when they were shown and answered; `focus` marks a
 * focus set (`set`, or `declined` into a microbreak), and a `feel` row is the answer after a focus
 * set (easier, same, harder, hurt) at the time it was given. RFC 4180 quoting,
 * CRLF line ends (https://www.rfc-editor.org/rfc/rfc4180).
 */
export function toCsv(records: readonly HistoryRecord[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    const row = csvRow(r);
    lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function csvRow(r: HistoryRecord): CsvRow {
  switch (r.kind) {
    case 'prompt':
      return {
        kind: r.kind,
        day: r.day,
        start_utc: iso(r.at),
        end_utc: iso(r.endedAt),
        reason: r.reason,
        mobe_id: r.mobeId,
        area: r.area,
        outcome: r.outcome,
        reps: r.reps,
        target_reps: r.targetReps,
        focus: r.focus,
      };
    case 'feel':
      return {
        kind: r.kind,
        day: r.day,
        start_utc: iso(r.at),
        end_utc: iso(r.at),
        mobe_id: r.mobeId,
        area: r.area,
        target_reps: r.targetReps,
        feel: r.feel,
      };
    case 'natural-break':
      return { kind: r.kind, day: r.day, start_utc: iso(r.start), end_utc: iso(r.end), reason: r.reason };
    case 'sitting':
      return {
        kind: r.kind,
        day: r.day,
        start_utc: iso(r.start),
        end_utc: iso(r.end),
        active_seconds: r.activeSeconds,
        ended_by: r.endedBy,
      };
    case 'held':
      // Several reasons in one cell, space-separated (reason names never contain spaces).
      return {
        kind: r.kind,
        day: r.day,
        start_utc: iso(r.start),
        end_utc: iso(r.end),
        reason: r.reasons.join(' '),
      };
  }
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  // A cell starting with = + - @ is run as a formula by spreadsheet apps; a leading quote keeps it text.
  // https://owasp.org/www-community/attacks/CSV_Injection
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function iso(at: EpochMs): string {
  return new Date(at).toISOString();
}

/** The JSON export: an object naming its format and version, records as stored, one per line. */
export function toJson(records: readonly HistoryRecord[], exportedAt: EpochMs): string {
  const head = [
    `  "format": ${JSON.stringify(EXPORT_FORMAT)},`,
    `  "version": ${EXPORT_VERSION},`,
    `  "exportedAt": ${JSON.stringify(iso(exportedAt))},`,
  ];
  const body = records.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  const list = records.length ? `[\n${body}\n  ]` : '[]';
  return `{\n${head.join('\n')}\n  "records": ${list}\n}\n`;
}

/**
 * Reads a history file a user hands us: our JSON export, or JSON Lines of records (the history file
 * itself). Errors name the record (its index in the export, or its line) and the field that is wrong.
 */
export function parseHistoryExport(text: string): ParsedHistory {
  const content = text.replace(/^\uFEFF/, '');
  if (!content.trim()) return { ok: false, error: 'the file is empty: no history records found' };

  let whole: unknown;
  let wholeError: string | null = null;
  try {
    whole = JSON.parse(content);
  } catch (e) {
    wholeError = (e as Error).message;
  }

  if (wholeError === null) {
    if (isObject(whole) && 'format' in whole) return parseExportObject(whole);
    if (!isObject(whole) || !('kind' in whole)) {
      return {
        ok: false,
        error:
          'not a Mobes history file: expected our JSON export (an object with "format": "mobes-history") ' +
          'or JSON Lines with one record per line',
      };
    }
    // A single record: JSON Lines with one line.
  }

  const lines = content.split(/\r?\n/);
  const records: HistoryRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const parsed = parseHistoryLine(lines[i], i + 1);
    if (parsed.ok) {
      records.push(parsed.record);
      continue;
    }
    // A broken export (not JSON as a whole, and not one record per line either).
    if (!records.length && wholeError !== null && !lineIsJson(lines[i])) {
      return { ok: false, error: `not valid JSON: ${wholeError}` };
    }
    return { ok: false, error: parsed.error };
  }
  return { ok: true, records };
}

/** What is wrong with an export object as a whole (its format, version, records list), or null. */
export function exportObjectError(obj: Record<string, unknown>): string | null {
  if (obj.format !== EXPORT_FORMAT) {
    return `not a Mobes history export: "format" is ${JSON.stringify(obj.format)}`;
  }
  if (obj.version !== EXPORT_VERSION) {
    const newer = typeof obj.version === 'number' && obj.version > EXPORT_VERSION;
    return newer
      ? `export version ${obj.version} is newer than this app reads (version ${EXPORT_VERSION})`
      : `"version" must be ${EXPORT_VERSION}, got ${JSON.stringify(obj.version)}`;
  }
  if (!Array.isArray(obj.records)) return '"records" must be a list of records';
  return null;
}

function parseExportObject(obj: Record<string, unknown>): ParsedHistory {
  const error = exportObjectError(obj);
  if (error !== null || !Array.isArray(obj.records)) return { ok: false, error: error ?? '' };
  const records: HistoryRecord[] = [];
  for (let i = 0; i < obj.records.length; i++) {
    const parsed = parseRecord(obj.records[i]);
    if (!parsed.ok)
      return { ok: false, error: `records[${i}]: ${fieldProblem(parsed.field, parsed.message)}` };
    records.push(parsed.record);
  }
  return { ok: true, records };
}

/** One line of the JSON Lines history file; `lineNo` (1-based) is used in the error. */
export function parseHistoryLine(line: string, lineNo: number): ParsedLine {
  if (!line.trim()) return { ok: false, error: `line ${lineNo}: is empty` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `line ${lineNo}: not valid JSON (${(e as Error).message})` };
  }
  const parsed = parseRecord(value);
  if (parsed.ok) return parsed;
  return { ok: false, error: `line ${lineNo}: ${fieldProblem(parsed.field, parsed.message)}` };
}

export function fieldProblem(field: string, message: string): string {
  return field === 'record' ? `the record ${message}` : `field "${field}" ${message}`;
}

function lineIsJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
