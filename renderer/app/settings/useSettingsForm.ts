import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode, MobesApi, SettingsView } from '../../../shared/ipc/contract';
import { applySettingsPatch, type FieldError, type Settings } from '../../../shared/settings/schema';

export type Key = Exclude<keyof Settings, 'version'>;

/** Typed fields wait this long after the last keystroke before saving; toggles save at once. */
export const TYPING_DEBOUNCE_MS = 600;

export interface SettingsForm {
  view: SettingsView | null;
  loadError: ErrorCode | null;
  /** What a field shows: its draft while being edited, else the saved value. */
  shown<K extends Key>(key: K): Settings[K];
  draftText(key: Key, fallback: string): string;
  /** Errors for a field (its own path or anything under it). */
  errorsFor(path: string, exact?: boolean): FieldError[];
  edit(key: Key, draft: unknown, opts?: { parse?: (draft: unknown) => unknown; debounceMs?: number }): void;
  flush(key: Key): void;
  status: SaveStatus | null;
}

/** What the save line says, as data the page words in its language. */
export type SaveStatus =
  | { kind: 'saved'; field: Key }
  | { kind: 'notSaved'; error: FieldError }
  | { kind: 'failed'; field: Key; code: ErrorCode }
  | { kind: 'waiting' };

const belongsTo = (e: FieldError, key: string) => e.field === key || e.field.startsWith(`${key}.`);

/**
 * Settings editing, field by field. Each edit is validated at once against the saved settings with
 * the shared schema; a valid value is saved (after a short pause for typed fields), an invalid one
 * shows its message beside the field and is never sent, so what is saved is never lost. The saved
 * settings stay the reference until main confirms a change.
 */
export function useSettingsForm(api: MobesApi): SettingsForm {
  const [view, setView] = useState<SettingsView | null>(null);
  const [loadError, setLoadError] = useState<ErrorCode | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<Key, unknown>>>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState<SettingsForm['status']>(null);
  const saved = useRef<Settings | null>(null);
  const timers = useRef(new Map<Key, { timer: ReturnType<typeof setTimeout>; value: unknown }>());
  const seq = useRef(new Map<Key, number>());

  useEffect(() => {
    let alive = true;
    void api.getSettings().then((res) => {
      if (!alive) return;
      if (res.ok) {
        saved.current = res.value.settings;
        setView(res.value);
      } else setLoadError(res.error.code);
    });
    const off = api.onSettingsChanged((s) => {
      saved.current = s;
      setView((v) => (v ? { ...v, settings: s } : v));
    });
    const pending = timers.current;
    return () => {
      alive = false;
      off();
      for (const t of pending.values()) clearTimeout(t.timer);
    };
  }, [api]);

  const setFieldErrors = useCallback((key: Key, errs: FieldError[]) => {
    setErrors((prev) => [...prev.filter((e) => !belongsTo(e, key)), ...errs]);
  }, []);

  const save = useCallback(
    async (key: Key, value: unknown) => {
      const mine = seq.current.get(key) ?? 0;
      const res = await api.updateSettings({ [key]: value } as Partial<Settings>);
      const stillLatest = (seq.current.get(key) ?? 0) === mine;
      if (res.ok) {
        saved.current = res.value;
        setView((v) => (v ? { ...v, settings: res.value } : v));
        if (stillLatest) {
          setDrafts(({ [key]: _done, ...rest }) => rest);
          setFieldErrors(key, []);
        }
        setStatus({ kind: 'saved', field: key });
        return;
      }
      const fields = res.error.fields ?? [];
      if (fields.length === 0) {
        // Not a bad value: the app could not take the change (it keeps the saved value).
        setStatus({ kind: 'failed', field: key, code: res.error.code });
        return;
      }
      if (stillLatest) setFieldErrors(key, fields);
      setStatus({ kind: 'notSaved', error: fields[0] });
    },
    [api, setFieldErrors],
  );

  const edit: SettingsForm['edit'] = useCallback(
    (key, draft, opts = {}) => {
      const current = saved.current;
      if (!current) return;
      seq.current.set(key, (seq.current.get(key) ?? 0) + 1);
      setDrafts((d) => ({ ...d, [key]: draft }));
      const pending = timers.current.get(key);
      if (pending) clearTimeout(pending.timer);
      timers.current.delete(key);

      const value = opts.parse ? opts.parse(draft) : draft;
      const checked = applySettingsPatch(current, { [key]: value });
      if (!checked.ok) {
        const errs = checked.errors.filter((e) => belongsTo(e, key));
        setFieldErrors(key, errs.length ? errs : checked.errors);
        const first = errs[0] ?? checked.errors[0];
        setStatus({ kind: 'notSaved', error: first });
        return;
      }
      setFieldErrors(key, []);
      const wait = opts.debounceMs ?? 0;
      if (wait <= 0) {
        void save(key, value);
        return;
      }
      setStatus({ kind: 'waiting' });
      timers.current.set(key, { timer: setTimeout(() => void save(key, value), wait), value });
    },
    [save, setFieldErrors],
  );

  const flush = useCallback(
    (key: Key) => {
      const pending = timers.current.get(key);
      if (!pending) return;
      clearTimeout(pending.timer);
      timers.current.delete(key);
      void save(key, pending.value);
    },
    [save],
  );

  const shown = useCallback(
    <K extends Key>(key: K): Settings[K] =>
      (key in drafts ? drafts[key] : view?.settings[key]) as Settings[K],
    [drafts, view],
  );
  const draftText = useCallback(
    (key: Key, fallback: string) => (key in drafts ? String(drafts[key]) : fallback),
    [drafts],
  );
  const errorsFor = useCallback(
    (path: string, exact = false) => errors.filter((e) => (exact ? e.field === path : belongsTo(e, path))),
    [errors],
  );

  return { view, loadError, shown, draftText, errorsFor, edit, flush, status };
}
