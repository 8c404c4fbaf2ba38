import { app, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryRecord } from '../../shared/history/types';
import type { ExportFormat, RequestHandlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/ipc/contract';
import type { Translator } from '../../shared/i18n/translator';
import { englishTranslator } from '../../shared/i18n/translator';
import type { AppWindowController } from '../windows/appWindow';

export interface ExportContext {
  content(format: ExportFormat, records: readonly HistoryRecord[]): { fileName: string; content: string };
  /** Every record on disk now (not only those loaded at start). */
  records(): readonly HistoryRecord[];
  appWindow: Pick<AppWindowController, 'window'>;
  /** The language of the dialog; English without it. */
  translator?(): Translator;
}

/** The history window's export: a save dialog (over that window), then the file. */
export function exportHistoryHandler(ctx: ExportContext): RequestHandlers['exportHistory'] {
  return async ({ format }) => {
    const { fileName, content } = ctx.content(format, ctx.records());
    const tr = ctx.translator?.() ?? englishTranslator;
    const options = {
      title: tr.t('dialogs:exportTitle'),
      defaultPath: join(app.getPath('documents'), fileName),
      filters: [
        format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'JSON', extensions: ['json'] },
      ],
    };
    const parent = ctx.appWindow.window();
    const choice = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return ok({ saved: false });
    try {
      await writeFile(choice.filePath, content, 'utf8');
    } catch (error) {
      const reason = (error as Error).message;
      const text = tr.t('dialogs:exportFailed', { path: choice.filePath, error: reason });
      return { ok: false, error: { code: 'unavailable', message: `${choice.filePath}: ${reason}`, text } };
    }
    return ok({ saved: true, path: choice.filePath });
  };
}
