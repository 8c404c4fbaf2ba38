import { catalogById } from '../catalog/catalog';
import { breakSecondsFor } from '../catalog/reps';
import type { ActivePrompt, EngineInput } from '../engine/types';
import type { RequestHandlers } from '../ipc/contract';
import type { RespondPolicy } from '../trace/format';
import type { EpochMs } from '../time/types';
import type { Answer } from './compile';

/** Default delay of a skip or snooze answer: a click a few seconds after the window shows. */
export const CLICK_SECONDS = 5;

/**
 * How the simulated user answers a prompt under `policy`: when, and with what. Null when it is left
 * unanswered. A done answer comes after the break's length unless the policy gives a delay.
 */
export function answerTo(
  prompt: ActivePrompt,
  policy: RespondPolicy,
  breakLengthSeconds: number,
): { at: EpochMs; answer: Answer } | null {
  if (policy.with === 'ignore') return null;
  const mobe = catalogById(prompt.mobeId);
  const breakSeconds = mobe ? Math.round(breakSecondsFor(mobe, prompt.targetReps)) : breakLengthSeconds;
  const after = policy.afterSeconds ?? (policy.with === 'done' ? breakSeconds : CLICK_SECONDS);
  return {
    at: prompt.at + Math.round(after * 1000),
    answer: { promptId: prompt.id, with: policy.with, reps: prompt.targetReps },
  };
}

/** Answers through the request handlers, as the break window does; a prompt already gone is a no-op. */
export function give(answer: Answer, handlers: RequestHandlers): void {
  if (answer.with === 'done') void handlers.completeBreak({ promptId: answer.promptId, reps: answer.reps });
  else if (answer.with === 'skip') void handlers.skipBreak({ promptId: answer.promptId });
  else void handlers.snoozeBreak({ promptId: answer.promptId });
}

/** The user action an answer amounts to (for the record of fed events). */
export function answerInput(a: Answer, at: EpochMs): EngineInput {
  return a.with === 'done'
    ? { type: 'action', at, action: 'done', reps: a.reps }
    : { type: 'action', at, action: a.with };
}
