import type { MobesApi } from '../../shared/ipc/contract';
import { loadFigure } from './figures/registry';

type BreakAnswer = ReturnType<MobesApi['getCurrentBreak']>;

let first: BreakAnswer | undefined;

/**
 * The window's first request for its break, made once: by the break window's early script
 * (early.ts), which runs as soon as its own few bytes are in, long before React and the rest of the
 * window's code, and starts fetching the mobe's figure file with the answer; then taken over by
 * main.tsx, which renders it. A window without the early script (the dev server) asks here first.
 */
export function firstBreakRequest(api: MobesApi): BreakAnswer {
  first ??= api.getCurrentBreak().then((res) => {
    if (res.ok && res.value) void loadFigure(res.value.mobe.id);
    return res;
  });
  return first;
}
