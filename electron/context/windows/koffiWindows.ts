import { loadKoffi } from '../loadKoffi';
import type { QueryNotificationState } from './notificationState';

/** The one koffi call on Windows (shell32.dll, stdcall). Type-checked here; it runs only on Windows. */
export function bindNotificationState(): QueryNotificationState {
  const koffi = loadKoffi();
  const shell32 = koffi.load('shell32.dll');
  const query = shell32.func('long __stdcall SHQueryUserNotificationState(_Out_ int *pquns)');
  return () => {
    const out = [0];
    const hr = query(out) as number;
    return { hr, state: out[0] };
  };
}
