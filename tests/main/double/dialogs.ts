/** shell.openExternal, dialogs and notifications: recorded in the state for the test to read. */
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { state } from './state';

export const shell = {
  async openExternal(url: string): Promise<void> {
    state.opened.push(url);
  },
};

export const dialog = {
  async showSaveDialog(a: unknown, b?: SaveDialogOptions): Promise<SaveDialogReturnValue> {
    state.saveDialogCalls.push((b ?? a) as SaveDialogOptions);
    return state.saveDialogResult;
  },
  async showMessageBox(a: unknown, b?: { message: string; detail?: string }) {
    const options = (b ?? a) as { message: string; detail?: string };
    state.messageBoxes.push({ message: options.message, detail: options.detail });
    return { response: 0, checkboxChecked: false };
  },
  showErrorBox(title: string, content: string): void {
    state.messageBoxes.push({ message: title, detail: content });
  },
};

export class Notification {
  static isSupported(): boolean {
    return true;
  }
  constructor(private readonly options: { title?: string; body?: string } = {}) {}
  show(): void {
    state.notifications.push(this.options);
  }
}
