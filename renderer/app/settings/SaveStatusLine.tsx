import { useTranslation } from 'react-i18next';
import { useFailureText } from '../../i18n/failureText';
import { useErrorTexts } from './labels';
import type { SaveStatus } from './useSettingsForm';

const TONE: Record<SaveStatus['kind'], string> = {
  saved: 'ok',
  notSaved: 'error',
  failed: 'error',
  waiting: 'info',
};

/** The line that says whether the last change was saved, and why not. */
export function SaveStatusLine({ status }: { status: SaveStatus | null }) {
  const { t } = useTranslation('settings');
  const { fieldLabel, sentence } = useErrorTexts();
  const failure = useFailureText();
  let text = t('status.idle');
  if (status?.kind === 'saved') text = t('status.saved', { field: fieldLabel(status.field) });
  if (status?.kind === 'notSaved') text = t('status.notSaved', { reason: sentence(status.error) });
  if (status?.kind === 'failed')
    text = t('status.failed', { field: fieldLabel(status.field), error: failure(status.code) });
  if (status?.kind === 'waiting') text = t('status.waiting');
  return (
    <p
      className={`save-status ${status ? TONE[status.kind] : ''}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      {text}
    </p>
  );
}
