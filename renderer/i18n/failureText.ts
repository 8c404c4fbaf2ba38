import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../shared/ipc/contract';

/**
 * A failed request in the language shown, worded from its error code (common.json `failure.*`). An
 * error's English `message` is for logs; a window shows this, or the error's `text` where the host
 * words the failure itself (a failed export, with its path), so no English reaches a user of another
 * language. A namespace can word a code its own way first (break.json's "that break has already
 * ended" for not-found).
 */
export function useFailureText(ns?: string): (code: ErrorCode) => string {
  const { t } = useTranslation(ns ?? 'common');
  return useCallback(
    (code: ErrorCode) => t(ns ? [`failure.${code}`, `common:failure.${code}`] : `common:failure.${code}`),
    [t, ns],
  );
}
