import { exportObjectError, isObject } from './export';
import { classifyRecord, salvageHistory } from './salvage';
import type { HistoryRecord } from './types';

/** A record that was not counted, and where it is: a line number, or `records[i]` in an export. */
export interface SkippedRecord {
  where: string;
  error: string;
}

export interface HistoryReading {
  records: HistoryRecord[];
  /** Unreadable lines or records. */
  skipped: SkippedRecord[];
  /** Records of a kind from a newer version: not bad, but not counted either. */
  newer: SkippedRecord[];
}

/**
 * Reads a history file a user hands us (`mobes stats`): our JSON export, or JSON Lines of records (the
 * history file itself). Like the app's own start-up, it keeps every readable record and lists each one
 * it could not use, so one bad line costs one line. Only a file that is not a Mobes history at all (or
 * an export of an unknown format or version) is an error as a whole.
 */
export function readHistoryText(
  text: string,
): { ok: true; reading: HistoryReading } | { ok: false; error: string } {
  const content = text.replace(/^\uFEFF/, '');
  if (!content.trim()) return { ok: false, error: 'the file is empty: no history records found' };
  let whole: unknown;
  let isJson = true;
  try {
    whole = JSON.parse(content);
  } catch {
    isJson = false;
  }
  if (isJson && isObject(whole) && 'format' in whole) return readExport(whole);
  if (isJson && !(isObject(whole) && 'kind' in whole)) {
    return {
      ok: false,
      error:
        'not a Mobes history file: expected our JSON export (an object with "format": "mobes-history") ' +
        'or JSON Lines with one record per line',
    };
  }
  const s = salvageHistory(content);
  const line = (l: { lineNo: number; error: string }) => ({ where: String(l.lineNo), error: l.error });
  return {
    ok: true,
    reading: {
      records: s.records,
      skipped: [...s.rejected, ...(s.torn ? [s.torn] : [])].map(line),
      newer: s.newer.map(line),
    },
  };
}

function readExport(
  obj: Record<string, unknown>,
): { ok: true; reading: HistoryReading } | { ok: false; error: string } {
  const error = exportObjectError(obj);
  if (error !== null || !Array.isArray(obj.records)) return { ok: false, error: error ?? '' };
  const reading: HistoryReading = { records: [], skipped: [], newer: [] };
  obj.records.forEach((value: unknown, i) => {
    const verdict = classifyRecord(value);
    const where = `records[${i}]`;
    if (verdict.kind === 'record') reading.records.push(verdict.record);
    else (verdict.kind === 'newer' ? reading.newer : reading.skipped).push({ where, error: verdict.error });
  });
  return { ok: true, reading };
}
