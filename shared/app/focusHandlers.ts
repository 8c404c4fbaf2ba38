import type { EngineInput } from '../engine/types';
import type { HistoryRecord } from '../history/types';
import { fail, ok } from '../ipc/contract';
import type { RequestHandlers, Result } from '../ipc/contract';
import { applySettingsPatch } from '../settings/schema';
import type { Settings } from '../settings/schema';
import type { DayKey, EpochMs } from '../time/types';
import type { FocusDesk } from './focusDesk';

/** What the focus requests need of the core. */
export interface FocusCoreSide {
  readonly focus: FocusDesk;
  currentSettings(): Settings;
  act(input: EngineInput, promptId: string): Result<null>;
  keep(records: readonly HistoryRecord[]): void;
  applySettings(next: Settings): void;
}

type FocusRequests = Pick<RequestHandlers, 'declineFocus' | 'answerFeel' | 'switchFocus'>;

/** The request handlers of focus sets: decline one, answer how it felt, switch the focus mobe. */
export function focusHandlers(core: FocusCoreSide, clock: () => { at: EpochMs; day: DayKey }): FocusRequests {
  const now = () => clock().at;
  const day = () => clock().day;
  return {
    declineFocus: ({ promptId }) =>
      core.act({ type: 'action', at: now(), action: 'decline-focus' }, promptId),
    answerFeel: ({ promptId, feel }) => {
      const answered = core.focus.answer(promptId, feel, now(), day(), core.currentSettings());
      if (!answered) return fail('not-found', 'That focus set has no answer waiting.');
      core.keep([answered.record]);
      return ok(answered.result);
    },
    switchFocus: ({ mobeId }) => {
      const settings = core.currentSettings();
      if (settings.focus.target === null) return fail('unavailable', 'No focus is set.');
      const patched = applySettingsPatch(settings, { focus: { ...settings.focus, target: { mobeId } } });
      if (!patched.ok) return fail('invalid-settings', patched.errors[0].message, patched.errors);
      core.applySettings(patched.value);
      return ok(patched.value);
    },
  };
}
