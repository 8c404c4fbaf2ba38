import { dialog } from 'electron';
import type { Notice, Translator } from '../../shared/i18n/translator';
import { noticeText } from '../../shared/i18n/translator';

/**
 * Tells the user, in one dialog, about problems found with their files (never blocks startup). The
 * notices are worded here, in the language in force when the dialog opens.
 */
export function userNotices(log: (message: string, error?: unknown) => void, translator: () => Translator) {
  return (notices: readonly Notice[]): void => {
    if (!notices.length) return;
    const tr = translator();
    void dialog
      .showMessageBox({
        type: 'warning',
        title: tr.t('dialogs:noticeTitle'),
        message: tr.t('dialogs:noticeMessage'),
        detail: notices.map((n) => noticeText(tr, n)).join('\n\n'),
      })
      .catch((error: unknown) => log('could not show a message', error));
  };
}
