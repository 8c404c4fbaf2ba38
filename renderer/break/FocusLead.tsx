import { useTranslation } from 'react-i18next';
import type { BreakFocus } from '../../shared/ipc/contract';

export interface FocusLeadProps {
  focus: BreakFocus;
  busy: boolean;
  onDecline(): void;
}

/**
 * The line under a focus set's name (the title bar's chip already says it is one): that the set is
 * smaller when the last one hurt, and (when it came in place of a microbreak) the way back to a short
 * break, key D. Empty otherwise, so the figure keeps its room.
 */
export function FocusLead({ focus, busy, onDecline }: FocusLeadProps) {
  const { t } = useTranslation('break');
  if (!focus.smaller && !focus.declinable) return null;
  return (
    <p className="focus-lead" data-testid="focus-lead">
      {focus.smaller && <span>{t('focus.leadSmaller')}</span>}
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
