import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface BreakTopBarProps {
  children?: ReactNode;
  /** The info control's state, when this screen has one. */
  info?: { open: boolean; toggle(): void };
  /** What closing means on this screen, said on the control ("Close and skip this break"). */
  closeLabel: string;
  onClose(): void;
  disabled?: boolean;
}

/**
 * The frameless window's title bar: the drag region the window is moved by (its controls are
 * excluded from it, so they stay clickable), the info control and a visible close control.
 * https://www.electronjs.org/docs/latest/tutorial/custom-window-interactions#custom-draggable-regions
 */
export function BreakTopBar({ children, info, closeLabel, onClose, disabled }: BreakTopBarProps) {
  const { t } = useTranslation('break');
  return (
    <header className="topbar" data-testid="drag-region">
      <div className="topbar-title">{children}</div>
      {info && (
        <button
          type="button"
          className="icon-btn"
          aria-expanded={info.open}
          aria-controls="mobe-info"
          aria-label={info.open ? t('info.hide') : t('info.open')}
          title={t('info.open')}
          onClick={info.toggle}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <circle cx="10" cy="10" r="8" />
            <path d="M10 9v5M10 6.2v.1" />
          </svg>
        </button>
      )}
      <button
        type="button"
        className="icon-btn"
        aria-label={closeLabel}
        title={closeLabel}
        onClick={onClose}
        disabled={disabled}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M5.5 5.5l9 9M14.5 5.5l-9 9" />
        </svg>
      </button>
    </header>
  );
}
