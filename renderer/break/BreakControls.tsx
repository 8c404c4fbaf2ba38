import { useTranslation } from 'react-i18next';
import type { ShortcutAction } from '../../shared/shortcuts/accelerator';
import { ariaShortcut, shortcutLabel } from '../../shared/shortcuts/labels';
import { labelPlatform } from '../shared/platform';

export interface BreakControlsProps {
  paused: boolean;
  busy: boolean;
  /** Global shortcuts registered for this break; an action without one shows its in-window key. */
  shortcuts: Partial<Record<ShortcutAction, string>> | undefined;
  onPause(): void;
  onDone(): void;
  onSkip(): void;
  onSnooze(): void;
}

interface Control {
  action: 'done' | 'pause' | 'skip' | 'snooze';
  label: string;
  /** The key inside the window (when it has focus), for aria-keyshortcuts. */
  local: { label: string; aria: string };
  global?: ShortcutAction;
  primary?: boolean;
  onClick(): void;
}

/**
 * Pause, Done, Skip and Snooze, two by two so a label 40 % longer than English still fits beside its
 * shortcut. Each button shows the global shortcut main registered for it, else its in-window key.
 */
export function BreakControls(p: BreakControlsProps) {
  const { t } = useTranslation('break');
  const platform = labelPlatform();
  const controls: Control[] = [
    {
      action: 'done',
      label: t('controls.done'),
      local: { label: t('controls.keyEnter'), aria: 'Enter' },
      global: 'done',
      primary: true,
      onClick: p.onDone,
    },
    {
      action: 'pause',
      label: p.paused ? t('controls.resume') : t('controls.pause'),
      local: { label: t('controls.keySpace'), aria: 'Space' },
      onClick: p.onPause,
    },
    {
      action: 'skip',
      label: t('controls.skip'),
      local: { label: 'S', aria: 'S' },
      global: 'skip',
      onClick: p.onSkip,
    },
    {
      action: 'snooze',
      label: t('controls.snooze'),
      local: { label: 'Z', aria: 'Z Escape' },
      global: 'snooze',
      onClick: p.onSnooze,
    },
  ];
  return (
    <div className="controls" role="group" aria-label={t('controls.group')}>
      {controls.map((c) => {
        const accel = c.global ? p.shortcuts?.[c.global] : undefined;
        const shown = accel ? shortcutLabel(accel, platform) : c.local.label;
        const aria = accel ? `${c.local.aria} ${ariaShortcut(accel, platform)}` : c.local.aria;
        return (
          <button
            key={c.action}
            type="button"
            data-action={c.action}
            className={c.primary ? 'primary' : undefined}
            onClick={c.onClick}
            aria-keyshortcuts={aria}
            title={
              accel
                ? t('controls.shortcutTitle', { label: c.label, shortcut: shown, key: c.local.label })
                : undefined
            }
            disabled={p.busy}
          >
            <span className="ctl-label">{c.label}</span>
            <kbd>{shown}</kbd>
          </button>
        );
      })}
    </div>
  );
}
