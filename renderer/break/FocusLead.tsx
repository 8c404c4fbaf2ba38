import { useTranslation } from 'react-i18next';
import type { BreakFocus } from '../../shared/ipc/contract';

export interface FocusLeadProps {
  focus: BreakFocus;
  busy: boolean;
  onDecline(): void;
}

/**
 * The line that says this break is a focus set: one unbroken set, smaller when the last one hurt,
 * and (when it came in place of a microbreak) the way back to a short break, key D.
 */
export function FocusLead({ focus, busy, onDecline }: FocusLeadProps) {
  const { t } = useTranslation('break');
  return (
    <p className="focus-lead" data-testid="focus-lead">
      <span>{focus.smaller ? t('focus.leadSmaller') : t('focus.lead')}</span>
      {focus.declinable && (
        <button
          type="button"
          className="link"
          data-action="decline-focus"
          aria-keyshortcuts="D"
          disabled={busy}
          onClick={onDecline}
        >
          {t('focus.decline')} <kbd>D</kbd>
        </button>
      )}
    </p>
  );
}
