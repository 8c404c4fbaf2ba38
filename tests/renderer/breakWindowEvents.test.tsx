/**
 * The break window: breaks shown and ended by the main process, a break given before the first
 * render, and each mobe's figure.
 */
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CATALOG } from '../../shared/catalog/catalog';
import { BreakApp } from '../../renderer/break/BreakApp';
import { LEAD_IN_MS } from '../../renderer/break/useBreakSession';
import { createFakeApi, makeView } from './fakeApi';
import { advance, count, key, open, useBreakWindowHarness } from './breakHarness';

useBreakWindowHarness();

describe('break window: events', () => {
  it('a new break (breakShown) resets the view', async () => {
    const fake = await open(makeView('neck-circles', { targetReps: 8 }));
    await advance(LEAD_IN_MS + 3 * 4000 + 20);
    expect(count()).toBe('3/8');
    const next = makeView('foot-circles', { promptId: 'p-next' });
    act(() => fake.emit.breakShown(next));
    expect(screen.getByRole('heading', { name: next.mobe.name })).toBeInTheDocument();
    expect(screen.getByTestId('lead-in')).toHaveTextContent('3');
  });

  it('breakEnded for the showing break closes it', async () => {
    const view = makeView();
    const fake = await open(view);
    act(() => fake.emit.breakEnded({ promptId: view.promptId, outcome: 'snoozed' }));
    expect(screen.getByText('No break right now')).toBeInTheDocument();
    expect(fake.api.closeBreak).toHaveBeenCalledTimes(1);
  });

  it('the echo of our own completion does not cut the completion view short', async () => {
    const view = makeView();
    const fake = await open(view);
    key('Enter');
    act(() => fake.emit.breakEnded({ promptId: view.promptId, outcome: 'done' }));
    await advance(0);
    expect(screen.getByTestId('completion-today')).toBeInTheDocument();
    expect(fake.api.closeBreak).not.toHaveBeenCalled();
  });

  it('unsubscribes on unmount', async () => {
    const fake = await open();
    expect(fake.listeners()).toBe(3); // breakShown, breakEnded, breakShortcut
    fake.unmount();
    expect(fake.listeners()).toBe(0);
  });
});

describe('break window: a break fetched before the first render (initial)', () => {
  it('shows the mobe on the very first render, without waiting for a request', () => {
    const view = makeView('hip-flexor-mobe');
    const fake = createFakeApi({ current: view });
    render(<BreakApp api={fake.api} initial={view} tick={vi.fn()} />);
    // No timers or promises have run yet: the figure is already there.
    expect(screen.getByRole('heading', { name: view.mobe.name })).toBeInTheDocument();
    expect(document.querySelector('svg[data-figure="hip-flexor-mobe"]')).not.toBeNull();
  });

  it('null shows the idle message at once', () => {
    const fake = createFakeApi({ current: null });
    render(<BreakApp api={fake.api} initial={null} />);
    expect(screen.getByText('No break right now')).toBeInTheDocument();
  });

  it('asks again after subscribing; the same break keeps its session (no restart)', async () => {
    const view = makeView('neck-circles', { targetReps: 8 });
    const fake = createFakeApi({ current: view });
    render(<BreakApp api={fake.api} initial={view} tick={vi.fn()} />);
    await advance(1020);
    expect(screen.getByTestId('lead-in')).toHaveTextContent('2');
    expect(fake.api.getCurrentBreak).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: view.mobe.name })).toBeInTheDocument();
  });

  it('a break shown between the early answer and the subscriptions is not missed', async () => {
    const old = makeView('neck-circles');
    const next = makeView('foot-circles', { promptId: 'p-next' });
    const fake = createFakeApi({ current: next });
    render(<BreakApp api={fake.api} initial={old} tick={vi.fn()} />);
    await advance(0);
    expect(screen.getByRole('heading', { name: next.mobe.name })).toBeInTheDocument();
    expect(screen.getByTestId('lead-in')).toHaveTextContent('3');
  });

  it('a break pushed after subscribing wins over the answer to the second request', async () => {
    const old = makeView('neck-circles');
    const pushed = makeView('wrist-circles', { promptId: 'p-pushed' });
    const fake = createFakeApi({ current: makeView('foot-circles', { promptId: 'p-stale' }) });
    render(<BreakApp api={fake.api} initial={old} tick={vi.fn()} />);
    act(() => fake.emit.breakShown(pushed));
    await advance(0);
    expect(screen.getByRole('heading', { name: pushed.mobe.name })).toBeInTheDocument();
  });
});

describe('break window: every mobe has its own figure', () => {
  it.each(CATALOG.map((m) => [m.id]))('%s', async (id) => {
    await open(makeView(id));
    const svg = document.querySelector('svg.fig');
    expect(svg).toHaveAttribute('data-figure', id);
    expect(svg?.querySelectorAll('.osc').length).toBeGreaterThan(0);
  });
});
