import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mobe } from '../../../shared/catalog/types';
import type { ErrorCode, MobesApi } from '../../../shared/ipc/contract';
import { mobeTextsIn } from '../../i18n/mobeTexts';

/** Opens the break window with a chosen mobe (or one Mobes picks), as a preview that does not count. */
export function TryMobe({ api, catalog }: { api: MobesApi; catalog: readonly Mobe[] }) {
  const { t, i18n } = useTranslation('settings');
  const [pick, setPick] = useState('');
  const [msg, setMsg] = useState<{ error: ErrorCode | null } | null>(null);
  const run = async () => {
    const res = await api.previewMobe(pick ? { mobeId: pick } : {});
    setMsg({ error: res.ok ? null : res.error.code });
  };
  // The core's reasons come as codes: 'unavailable' is a break already on screen.
  const failure = (code: ErrorCode) => (code === 'unavailable' ? t('try.alreadyShowing') : t('try.failed'));
  return (
    <div className="try">
      <label htmlFor="try-pick">{t('try.label')}</label>
      <div className="row">
        <select id="try-pick" value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">{t('try.any')}</option>
          {catalog.map((m) => (
            <option key={m.id} value={m.id}>
              {mobeTextsIn(i18n, m).name}
            </option>
          ))}
        </select>
        <button type="button" className="primary" onClick={() => void run()}>
          {t('try.button')}
        </button>
      </div>
      <p className={msg?.error ? 'error small' : 'quiet small'} role="status">
        {msg === null ? t('try.hint') : msg.error ? failure(msg.error) : t('try.opening')}
      </p>
    </div>
  );
}
