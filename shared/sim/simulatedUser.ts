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
 * unanswered. A done answer comes after the break's length unless the policy gives a delay. A focus
 * set offered in place of a microbreak is declined after a click when the policy says so (the
 * microbreak it becomes is answered in turn); one done is followed by the policy's feel answer.
 */
export function answerTo(
  prompt: ActivePrompt,
  policy: RespondPolicy,
  breakLengthSeconds: number,
): { at: EpochMs; answer: Answer } | null {
  if (prompt.focus === 'set' && prompt.reason === 'due' && policy.focus === 'decline') {
    return {
      at: prompt.at + CLICK_SECONDS * 1000,
      answer: { promptId: prompt.id, with: 'decline', reps: 0 },
    };
  }
  if (policy.with === 'ignore') return null;
  const mobe = catalogById(prompt.mobeId);
  const breakSeconds = mobe ? Math.round(breakSecondsFor(mobe, prompt.targetReps)) : breakLengthSeconds;
  const after = policy.afterSeconds ?? (policy.with === 'done' ? breakSeconds : CLICK_SECONDS);
  return {
    at: prompt.at + Math.round(after * 1000),
    answer: {
      promptId: prompt.id,
      with: policy.with,
      reps: prompt.targetReps,
      ...(prompt.focus === 'set' && policy.with === 'done' ? { feel: policy.feel ?? 'same' } : {}),
    },
  };
}

/** Answers through the request handlers, as the break window does; a prompt already gone is a no-op. */
export function give(answer: Answer, handlers: RequestHandlers): void {
  const promptId = answer.promptId;
  if (answer.with === 'done') {
    void handlers.completeBreak({ promptId, reps: answer.reps });
    if (answer.feel) void handlers.answerFeel({ promptId, feel: answer.feel });
  } else if (answer.with === 'decline') void handlers.declineFocus({ promptId });
  else if (answer.with === 'skip') void handlers.skipBreak({ promptId: answer.promptId });
  else void handlers.snoozeBreak({ promptId: answer.promptId });
}

/** The user action an answer amounts to (for the record of fed events). */
export function answerInput(a: Answer, at: EpochMs): EngineInput {
  if (a.with === 'done') return { type: 'action', at, action: 'done', reps: a.reps };
  return { type: 'action', at, action: a.with === 'decline' ? 'decline-focus' : a.with };
}
