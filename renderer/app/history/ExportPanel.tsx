import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ExportFormat, IpcError, MobesApi } from '../../../shared/ipc/contract';
import { useFailureText } from '../../i18n/failureText';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy'; format: ExportFormat }
  | { kind: 'saved'; path?: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; error: IpcError };

/** Export to CSV or JSON through the app's save dialog; the status line says how it went. */
export function ExportPanel({ api }: { api: MobesApi }) {
  const { t } = useTranslation('app');
  const failure = useFailureText();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const run = async (format: ExportFormat) => {
    setState({ kind: 'busy', format });
    const res = await api.exportHistory({ format });
    if (!res.ok) setState({ kind: 'error', error: res.error });
    else if (!res.value.saved) setState({ kind: 'cancelled' });
    else setState({ kind: 'saved', path: res.value.path });
  };
  return (
    <section className="panel" aria-labelledby="h-export">
      <h2 id="h-export">{t('export.title')}</h2>
      <p className="quiet">{t('export.intro')}</p>
      <div className="row">
        <button type="button" onClick={() => void run('csv')} disabled={state.kind === 'busy'}>
          {t('export.csv')}
        </button>
        <button type="button" onClick={() => void run('json')} disabled={state.kind === 'busy'}>
          {t('export.json')}
        </button>
      </div>
      <p className="export-status" role="status" data-testid="export-status">
        {state.kind === 'busy' && t('export.busy')}
        {state.kind === 'saved' &&
          (state.path ? (
            <Trans
              t={t}
              i18nKey="export.savedTo"
              values={{ path: state.path }}
              components={{ path: <code /> }}
            />
          ) : (
            t('export.saved')
          ))}
        {state.kind === 'cancelled' && t('export.cancelled')}
        {state.kind === 'error' && (
          <span className="error">
            {t('export.failed', { error: state.error.text ?? failure(state.error.code) })}
          </span>
        )}
      </p>
    </section>
  );
}
