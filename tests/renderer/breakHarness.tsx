/**
 * Opens the break window (BreakApp) on a fake bridge under fake timers, for the
 * breakWindow*.test.tsx suites.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { BreakApp } from '../../renderer/break/BreakApp';
import { loadAllFigures } from '../../renderer/break/figures/registry';
import { createFakeApi, makeView } from './fakeApi';

export async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Renders the break window for `view` and lets getCurrentBreak resolve. */
export async function open(view = makeView(), tick = vi.fn()) {
  const fake = createFakeApi({ current: view });
  const utils = render(<BreakApp api={fake.api} tick={tick} />);
  await advance(0);
  return { ...fake, ...utils, tick };
}

export const control = (name: RegExp) =>
  within(screen.getByRole('group', { name: 'Break controls' })).getByRole('button', { name });
export const count = () => screen.getByTestId('rep-count').textContent?.replace(/\s+/g, '');
export const key = (k: string) => fireEvent.keyDown(window, { key: k });

/**
 * Registers what every break-window suite needs: fake timers, and the figures' files loaded up front,
 * as main.tsx does for the break it opens with (these suites look at the window's content on fake
 * timers). Loading on demand is in figureLoading.test.tsx.
 */
export function useBreakWindowHarness(): void {
  beforeAll(async () => {
    await loadAllFigures();
  });

  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
