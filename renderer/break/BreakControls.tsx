import type { ShortcutAction } from '../../shared/shortcuts/accelerator';
import { ariaShortcut, shortcutLabel } from '../../shared/shortcuts/accelerator';
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
  const platform = labelPlatform();
  const controls: Control[] = [
    {
      action: 'done',
      label: 'Done',
      local: { label: 'Enter', aria: 'Enter' },
      global: 'done',
      primary: true,
      onClick: p.onDone,
    },
    {
      action: 'pause',
      label: p.paused ? 'Resume' : 'Pause',
      local: { label: 'Space', aria: 'Space' },
      onClick: p.onPause,
    },
    { action: 'skip', label: 'Skip', local: { label: 'S', aria: 'S' }, global: 'skip', onClick: p.onSkip },
    {
      action: 'snooze',
      label: 'Snooze',
      local: { label: 'Z', aria: 'Z Escape' },
      global: 'snooze',
      onClick: p.onSnooze,
    },
  ];
  return (
    <div className="controls" role="group" aria-label="Break controls">
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
            title={accel ? `${c.label}: ${shown} from any app, ${c.local.label} in this window` : undefined}
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
