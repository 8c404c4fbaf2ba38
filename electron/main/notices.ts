import { dialog } from 'electron';

/** Tells the user, in one dialog, about problems found with their files (never blocks startup). */
export function userNotices(log: (message: string, error?: unknown) => void) {
  return (messages: readonly string[]): void => {
    if (!messages.length) return;
    void dialog
      .showMessageBox({
        type: 'warning',
        title: 'Mobes',
        message: 'Mobes found a problem with its files',
        detail: messages.join('\n\n'),
      })
      .catch((error: unknown) => log('could not show a message', error));
  };
}
