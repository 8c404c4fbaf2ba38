import { describe, expect, it } from 'vitest';
import { withShellInfo } from '../../electron/main/shellHandlers';
import { ok, type RequestHandlers } from '../../shared/ipc/contract';

describe('the system languages request', () => {
  it('answers with the languages the shell reports, best first, a fresh copy each time', async () => {
    const reported = ['de-AT', 'en-US'];
    const handlers = withShellInfo({} as RequestHandlers, {
      shortcuts: { registered: () => null, report: () => ({}) as never },
      desktop: undefined,
      preferredLanguages: () => reported,
    });
    const first = await handlers.getPreferredLanguages(undefined);
    expect(first).toEqual(ok(['de-AT', 'en-US']));
    reported.splice(0, 1, 'ja');
    expect(await handlers.getPreferredLanguages(undefined)).toEqual(ok(['ja', 'en-US']));
    expect(first).toEqual(ok(['de-AT', 'en-US']));
  });
});
