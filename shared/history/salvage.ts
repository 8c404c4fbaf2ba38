import { fieldProblem, isObject } from './export';
import { parseRecord, RECORD_KINDS } from './recordSchema';
import type { HistoryRecord } from './types';

/** A line that could not be used, as it was in the file, with its 1-based line number. */
export interface UnreadableLine {
  lineNo: number;
  text: string;
  /** What is wrong with it, naming the field where there is one. */
  error: string;
}

export interface SalvagedHistory {
  /** Every readable record, in file order: what the summaries and streaks are built from. */
  records: HistoryRecord[];
  /**
   * Lines written by a newer version (a record kind this version does not know). They are kept in
   * the file untouched and left out of the summaries, so a downgrade never deletes them.
   */
  newer: UnreadableLine[];
  /** Unreadable lines before the last one: set aside, never silently dropped. */
  rejected: UnreadableLine[];
  /**
   * The last line when it is not JSON at all: a write cut short by a crash. Only this one line is
   * lost, and quietly (the log says so).
   */
  torn: UnreadableLine | null;
  /** Where the torn line starts in the text (a character index), to cut it off; null when none. */
  tornAt: number | null;
  /** Whether the text ends in a newline (or is empty), so the next appended line starts clean. */
  endsWithNewline: boolean;
  /**
   * The file as it should be kept: every line except the rejected and torn ones, byte for byte, each
   * ending in a newline. Equal to the input when nothing needs repair.
   */
  kept: string;
}

/** A `kind` a later version may add: lower-case words with dashes, like the ones we write. */
const KIND_SHAPE = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * Reads a JSON Lines history, keeping every line it can: one bad line costs that line only. Blank
 * lines are ignored (and dropped from `kept`); a UTF-8 byte order mark at the start is ignored.
 */
export function salvageHistory(text: string): SalvagedHistory {
  const content = text.replace(/^\uFEFF/, '');
  const raw = content.split('\n');
  if (raw[raw.length - 1] === '') raw.pop();
  let last = raw.length - 1;
  while (last >= 0 && !raw[last].trim()) last--;

  const result: SalvagedHistory = {
    records: [],
    newer: [],
    rejected: [],
    torn: null,
    tornAt: null,
    endsWithNewline: text === '' || text.endsWith('\n'),
    kept: '',
  };
  const keep: string[] = [];
  let offset = text.length - content.length;
  const starts = raw.map((l) => {
    const at = offset;
    offset += l.length + 1;
    return at;
  });
  for (let i = 0; i <= last; i++) {
    const line = raw[i].replace(/\r$/, '');
    if (!line.trim()) continue;
    const lineNo = i + 1;
    const verdict = readLine(line);
    if (verdict.kind === 'record') {
      result.records.push(verdict.record);
      keep.push(raw[i]);
    } else if (verdict.kind === 'newer') {
      result.newer.push({ lineNo, text: line, error: verdict.error });
      keep.push(raw[i]);
    } else if (i === last && !verdict.json) {
      result.torn = { lineNo, text: line, error: verdict.error };
      result.tornAt = starts[i];
    } else {
      result.rejected.push({ lineNo, text: line, error: verdict.error });
    }
  }
  result.kept = keep.map((l) => `${l}\n`).join('');
  return result;
}

/** Lines that hold something: readable records and records of a newer version. */
export function readableLines(salvaged: SalvagedHistory): number {
  return salvaged.records.length + salvaged.newer.length;
}

/** The one sentence the user is told when lines were set aside. */
export function setAsideNotice(count: number): string {
  return count === 1
    ? '1 line could not be read and was set aside; your history and streak are intact.'
    : `${count} lines could not be read and were set aside; your history and streak are intact.`;
}

/** The rejected-lines file: one JSON object per unreadable line, holding the line verbatim. */
export function rejectedFileContent(lines: readonly UnreadableLine[]): string {
  return lines.map((l) => `${JSON.stringify({ line: l.lineNo, text: l.text, error: l.error })}\n`).join('');
}

export type RecordVerdict =
  | { kind: 'record'; record: HistoryRecord }
  | { kind: 'newer'; error: string }
  | { kind: 'bad'; error: string };

/** What one parsed value is: a record we read, one of a newer version's kinds, or a bad record. */
export function classifyRecord(value: unknown): RecordVerdict {
  const kind = isObject(value) ? value.kind : undefined;
  if (
    typeof kind === 'string' &&
    KIND_SHAPE.test(kind) &&
    !(RECORD_KINDS as readonly string[]).includes(kind)
  ) {
    return { kind: 'newer', error: `a "${kind}" record, from a newer version of Mobes` };
  }
  const parsed = parseRecord(value);
  if (parsed.ok) return { kind: 'record', record: parsed.record };
  return { kind: 'bad', error: fieldProblem(parsed.field, parsed.message) };
}

function readLine(line: string): RecordVerdict & { json: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { kind: 'bad', json: false, error: `not valid JSON (${(e as Error).message})` };
  }
  return { ...classifyRecord(value), json: true };
}
