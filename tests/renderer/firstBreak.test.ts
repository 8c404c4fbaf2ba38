import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, makeView } from './fakeApi';

/** Fresh modules for each test: the first request and the loaded figures are per window. */
async function load() {
  const { firstBreakRequest } = await import('../../renderer/break/firstBreak');
  const { loadedFigure } = await import('../../renderer/break/figures/registry');
  return { firstBreakRequest, loadedFigure };
}

describe('the first request for the break (shared by the early script and the main one)', () => {
  beforeEach(() => vi.resetModules());

  it('is made once, and starts loading the mobe’s figure file with its answer', async () => {
    const { firstBreakRequest, loadedFigure } = await load();
    const fake = createFakeApi({ current: makeView('wrist-circles') });
    const early = firstBreakRequest(fake.api);
    const main = firstBreakRequest(fake.api);
    expect(main).toBe(early);
    expect(fake.api.getCurrentBreak).toHaveBeenCalledTimes(1);
    const res = await main;
    expect(res.ok && res.value?.mobe.id).toBe('wrist-circles');
    await waitFor(() => expect(loadedFigure('wrist-circles')).toBeDefined());
    expect(loadedFigure('forearm-mobe')).toBeDefined(); // drawn in the same file
    expect(loadedFigure('neck-circles')).toBeUndefined(); // another file: not fetched
  });

  it('loads no figure when there is no break, and hands the answer on as it is', async () => {
    const { firstBreakRequest, loadedFigure } = await load();
    const fake = createFakeApi({ current: null });
    const res = await firstBreakRequest(fake.api);
    expect(res).toEqual({ ok: true, value: null });
    await new Promise((r) => setTimeout(r, 20));
    expect(loadedFigure('neck-circles')).toBeUndefined();
  });

  it('hands a failed answer on as it is', async () => {
    const { firstBreakRequest } = await load();
    const fake = createFakeApi();
    const failure = { ok: false, error: { code: 'unavailable', message: 'main is busy' } } as const;
    vi.mocked(fake.api.getCurrentBreak).mockResolvedValueOnce(failure);
    await expect(firstBreakRequest(fake.api)).resolves.toEqual(failure);
  });
});
