import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MobesApi, ShortcutReport } from '../../../shared/ipc/contract';
import type { ShortcutAction, ShortcutSettings } from '../../../shared/shortcuts/accelerator';
import { DEFAULT_SHORTCUTS, SHORTCUT_ACTIONS, shortcutLabel } from '../../../shared/shortcuts/accelerator';
import { labelPlatform } from '../../shared/platform';
import { FieldErrors } from './fields';
import { keyToAccelerator } from './keyToAccelerator';
import type { SettingsForm } from './useSettingsForm';

type State = ShortcutReport[ShortcutAction]['state'];

/**
 * The global shortcuts for done, skip and snooze: press the keys in a field to set one, Backspace to
 * turn it off. Each says whether it works (another app may hold it); checked again after each change.
 */
export function ShortcutsPanel({ api, form }: { api: MobesApi; form: SettingsForm }) {
  const { t } = useTranslation('settings');
  const stateText = (s: State) => t(`shortcuts.states.${s}`);
  const shortcuts = form.shown('shortcuts') as ShortcutSettings;
  const [report, setReport] = useState<ShortcutReport | undefined>(form.view?.shortcuts);
  const [recording, setRecording] = useState<ShortcutAction | null>(null);
  const platform = labelPlatform();
  const desktop = form.view?.platform !== 'browser';
  const key = JSON.stringify(shortcuts);

  useEffect(() => {
    if (!desktop) return;
    let alive = true;
    void api.getSettings().then((res) => {
      if (alive && res.ok) setReport(res.value.shortcuts);
    });
    return () => {
      alive = false;
    };
  }, [api, desktop, key]);

  const set = (action: ShortcutAction, accelerator: string) =>
    form.edit('shortcuts', { ...shortcuts, [action]: accelerator });
  const onKey = (action: ShortcutAction) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Tab') return;
    e.preventDefault();
    if (e.key === 'Escape') return e.currentTarget.blur();
    if ((e.key === 'Backspace' || e.key === 'Delete') && !e.ctrlKey && !e.altKey && !e.metaKey) {
      return set(action, '');
    }
    const accelerator = keyToAccelerator(e.nativeEvent, platform === 'mac');
    if (accelerator) set(action, accelerator);
  };

  return (
    <section className="panel" aria-labelledby="s-keys">
      <h2 id="s-keys">{t('shortcuts.title')}</h2>
      <p className="quiet small">{desktop ? t('shortcuts.introDesktop') : t('shortcuts.introBrowser')}</p>
      <div className="shortcut-list">
        {SHORTCUT_ACTIONS.map((action) => {
          const id = `f-shortcut-${action}`;
          const errors = form.errorsFor(`shortcuts.${action}`);
          const value = shortcuts[action];
          const state = report?.[action]?.accelerator === value ? report[action].state : undefined;
          return (
            <div className="field shortcut" key={action}>
              <label htmlFor={id}>{t(`shortcuts.names.${action}`)}</label>
              <div className="row">
                <input
                  id={id}
                  className="shortcut-input"
                  readOnly
                  value={
                    recording === action
                      ? t('shortcuts.recording')
                      : value
                        ? shortcutLabel(value, platform)
                        : t('shortcuts.off')
                  }
                  onFocus={() => setRecording(action)}
                  onBlur={() => setRecording(null)}
                  onKeyDown={onKey(action)}
                  aria-invalid={errors.length > 0 || undefined}
                  aria-describedby={`${id}-state`}
                />
                {value !== DEFAULT_SHORTCUTS[action] && (
                  <button
                    type="button"
                    className="link"
                    onClick={() => set(action, DEFAULT_SHORTCUTS[action])}
                  >
                    {t('shortcuts.useDefault')}
                  </button>
                )}
              </div>
              <p
                id={`${id}-state`}
                className={state === 'taken' ? 'error small' : 'quiet small'}
                data-testid={`shortcut-state-${action}`}
              >
                {desktop && state ? stateText(state) : value ? '' : stateText('off')}
              </p>
              <FieldErrors id={`${id}-error`} errors={errors} />
            </div>
          );
        })}
      </div>
    </section>
  );
}

/** Shows the first-start welcome again (it closes itself once finished). */
export function WelcomeAgain({ form }: { form: SettingsForm }) {
  const { t } = useTranslation('settings');
  return (
    <div className="field">
      <button type="button" onClick={() => form.edit('welcomeDone', false)}>
        {t('page.welcomeAgain')}
      </button>
    </div>
  );
}
