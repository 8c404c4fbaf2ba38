import type { HistoryRecord } from '../../shared/history/types';
import { parseRecord } from '../../shared/history/recordSchema';
import { loadSettings } from '../../shared/settings/load';
import type { Settings } from '../../shared/settings/schema';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';

/** Nothing stored yet is a first start (defaults, the welcome included), not an old file to migrate. */
const load = (raw: unknown) =>
  raw === undefined ? { settings: structuredClone(DEFAULT_SETTINGS), problems: [] } : loadSettings(raw);

/** Where the browser host keeps settings and history: localStorage, or memory for a fresh run. */
export interface HostStore {
  loadSettings(): { settings: Settings; problems: string[] };
  saveSettings(s: Settings): void;
  loadHistory(): { records: HistoryRecord[]; dropped: number };
  appendHistory(records: readonly HistoryRecord[]): void;
}

const SETTINGS_KEY = 'mobes-demo.settings';
const HISTORY_KEY = 'mobes-demo.history';
const BACKUP_SUFFIX = '.unreadable';

export function memoryStore(init: { settings?: unknown; history?: HistoryRecord[] } = {}): HostStore {
  let settings: unknown = init.settings;
  const history: HistoryRecord[] = [...(init.history ?? [])];
  return {
    loadSettings: () => {
      const r = load(settings);
      return { settings: r.settings, problems: r.problems.map((p) => `${p.field} ${p.message}`) };
    },
    saveSettings: (s) => {
      settings = structuredClone(s);
    },
    loadHistory: () => ({ records: [...history], dropped: 0 }),
    appendHistory: (records) => {
      history.push(...records);
    },
  };
}

/**
 * localStorage store. Unreadable data is copied aside (key + '.unreadable') before defaults are
 * used, so nothing the user had is silently overwritten.
 */
export function localStore(ls: Storage): HostStore {
  const readJson = (key: string): unknown => {
    const text = ls.getItem(key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      ls.setItem(key + BACKUP_SUFFIX, text);
      return undefined;
    }
  };
  let history: HistoryRecord[] | null = null;
  return {
    loadSettings: () => {
      const raw = readJson(SETTINGS_KEY);
      const r = load(raw);
      if (raw !== undefined && r.problems.length)
        ls.setItem(SETTINGS_KEY + BACKUP_SUFFIX, JSON.stringify(raw));
      return { settings: r.settings, problems: r.problems.map((p) => `${p.field} ${p.message}`) };
    },
    saveSettings: (s) => ls.setItem(SETTINGS_KEY, JSON.stringify(s)),
    loadHistory: () => {
      const raw = readJson(HISTORY_KEY);
      const list = Array.isArray(raw) ? raw : [];
      const records: HistoryRecord[] = [];
      for (const item of list) {
        const check = parseRecord(item);
        if (check.ok) records.push(check.record);
      }
      if (records.length !== list.length) ls.setItem(HISTORY_KEY + BACKUP_SUFFIX, JSON.stringify(raw));
      history = records;
      return { records: [...records], dropped: list.length - records.length };
    },
    appendHistory: (records) => {
      history ??= [];
      history.push(...records);
      ls.setItem(HISTORY_KEY, JSON.stringify(history));
    },
  };
}
