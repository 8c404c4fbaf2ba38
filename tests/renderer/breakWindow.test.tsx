/** The break window: what it shows, how it counts, and sides. */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CATALOG_SAFETY_NOTE } from '../../shared/catalog/catalog';
import { BreakApp } from '../../renderer/break/BreakApp';
import { COMPLETION_CLOSE_MS, LEAD_IN_MS } from '../../renderer/break/useBreakSession';
import { createFakeApi, makeView } from './fakeApi';
import { advance, count, key, open, useBreakWindowHarness } from './breakHarness';

useBreakWindowHarness();

describe('break window: content', () => {
  it('shows the mobe with one cue at a time; the tips panel has every cue and both safety notes', async () => {
    const view = makeView('hip-flexor-mobe');
    await open(view);
    expect(screen.getByRole('heading', { name: view.mobe.name })).toBeInTheDocument();
    expect(screen.getByText(view.mobe.summary)).toBeInTheDocument();
    expect(screen.getByText('Hips')).toBeInTheDocument();
    expect(document.querySelector('svg[data-figure="hip-flexor-mobe"]')).not.toBeNull();
    expect(screen.getByTestId('cue')).toHaveTextContent(view.mobe.cues[0]);
    expect(screen.queryByText(view.mobe.cues[1])).toBeNull();
    expect(screen.queryByText(CATALOG_SAFETY_NOTE)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Tips and safety' }));
    const info = screen.getByRole('region', { name: 'Tips and safety' });
    for (const cue of view.mobe.cues) expect(within(info).getByText(cue)).toBeInTheDocument();
    expect(within(info).getByText(view.mobe.safety)).toBeInTheDocument();
    expect(within(info).getByText(CATALOG_SAFETY_NOTE)).toBeInTheDocument();
    expect(within(info).getByRole('button', { name: /not this one again/i })).toBeInTheDocument();
  });

  it('reading the tips pauses the break; closing them carries on', async () => {
    await open(makeView('neck-side-bends', { targetReps: 12 }));
    await advance(LEAD_IN_MS + 2600);
    expect(count()).toBe('1/12');
    fireEvent.click(screen.getByRole('button', { name: 'Tips and safety' }));
    await advance(10_000);
    fireEvent.click(screen.getByRole('button', { name: 'Hide tips and safety' }));
    expect(count()).toBe('1/12');
    await advance(2500);
    expect(count()).toBe('2/12');
  });

  it('rotates the cues with the reps, each for an equal share of them', async () => {
    const view = makeView('look-over-shoulder', { targetReps: 18 });
    await open(view);
    expect(screen.getByTestId('cue')).toHaveTextContent(view.mobe.cues[0]); // during the lead-in
    await advance(LEAD_IN_MS + 20);
    const seen: string[] = [];
    for (let r = 0; r < 18; r++) {
      seen.push(screen.getByTestId('cue').textContent ?? '');
      await advance(2000);
    }
    const [a, b, c] = view.mobe.cues;
    expect(seen).toEqual([...Array(6).fill(a), ...Array(6).fill(b), ...Array(6).fill(c)]);
  });

  it('the close control skips the break and closes the window', async () => {
    const { api } = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Close and skip this break' }));
    await advance(0);
    expect(api.skipBreak).toHaveBeenCalledTimes(1);
    expect(api.closeBreak).toHaveBeenCalledTimes(1);
    expect(screen.getByText('No break right now')).toBeInTheDocument();
  });

  it('shows an idle message when there is no break', async () => {
    const fake = createFakeApi({ current: null });
    render(<BreakApp api={fake.api} />);
    await advance(0);
    expect(screen.getByText('No break right now')).toBeInTheDocument();
  });
});

describe('break window: counting', () => {
  it('leads in 3-2-1, then counts exactly targetReps at secondsPerRep and completes once', async () => {
    const view = makeView('neck-circles', { targetReps: 8 });
    const ms = view.mobe.secondsPerRep * 1000;
    const { api } = await open(view);
    expect(screen.getByTestId('lead-in')).toHaveTextContent('3');
    await advance(1020);
    expect(screen.getByTestId('lead-in')).toHaveTextContent('2');
    await advance(LEAD_IN_MS - 1020 + 20);
    expect(count()).toBe('0/8');
    for (let rep = 1; rep <= 7; rep++) {
      await advance(ms - 40);
      expect(count()).toBe(`${rep - 1}/8`);
      await advance(40);
      expect(count()).toBe(`${rep}/8`);
    }
    expect(api.completeBreak).not.toHaveBeenCalled();
    await advance(ms);
    expect(api.completeBreak).toHaveBeenCalledTimes(1);
    expect(api.completeBreak).toHaveBeenCalledWith({ promptId: view.promptId, reps: 8 });
    expect(screen.getByTestId('completion-today')).toHaveTextContent('Today 3 of 8');
    expect(screen.getByTestId('completion-streak')).toHaveTextContent('Streak: 3 days');
    // Time keeps running: nothing is completed twice, and the window closes by itself.
    await advance(COMPLETION_CLOSE_MS - 100);
    expect(api.closeBreak).not.toHaveBeenCalled();
    await advance(100);
    expect(api.closeBreak).toHaveBeenCalledTimes(1);
    expect(api.completeBreak).toHaveBeenCalledTimes(1);
    expect(screen.getByText('No break right now')).toBeInTheDocument();
  });

  it('counts a fractional rhythm (1.5 s) without drifting', async () => {
    const view = makeView('forearm-rotations', { targetReps: 20 });
    const { api } = await open(view);
    await advance(LEAD_IN_MS + 10 * 1500 + 20);
    expect(count()).toBe('10/20');
    await advance(10 * 1500);
    expect(api.completeBreak).toHaveBeenCalledWith({ promptId: view.promptId, reps: 20 });
  });

  it('pausing freezes the count and the figure; resuming carries on from there', async () => {
    const view = makeView('neck-side-bends', { targetReps: 12 });
    const { api } = await open(view);
    await advance(LEAD_IN_MS + 2 * 2500 + 20);
    expect(count()).toBe('2/12');
    key(' ');
    await advance(0);
    expect(screen.getByRole('button', { name: /resume/i })).toBeInTheDocument();
    expect(document.querySelector('svg.fig')).toHaveClass('is-frozen');
    await advance(60_000);
    expect(count()).toBe('2/12');
    key(' ');
    await advance(0);
    expect(document.querySelector('svg.fig')).toHaveClass('is-moving');
    await advance(2500);
    expect(count()).toBe('3/12');
    await advance(9 * 2500);
    expect(api.completeBreak).toHaveBeenCalledWith({ promptId: view.promptId, reps: 12 });
  });

  it('renders at most once per rep: the frame loop writes the ring and seconds directly', async () => {
    const view = makeView('neck-side-bends', { targetReps: 14 });
    const fake = createFakeApi({ current: view });
    let commits = 0;
    render(
      <Profiler id="break" onRender={() => commits++}>
        <BreakApp api={fake.api} tick={vi.fn()} />
      </Profiler>,
    );
    await advance(0);
    await advance(LEAD_IN_MS + 20);
    expect(count()).toBe('0/14');
    commits = 0;
    const ring = document.querySelector('.ring-progress')!;
    const before = ring.getAttribute('stroke-dashoffset');
    // 10 reps of 2.5 s: about 1,560 animation frames.
    await advance(10 * 2500);
    expect(count()).toBe('10/14');
    expect(commits).toBeLessThanOrEqual(10);
    // ...while the ring and the seconds left did move with the frames.
    expect(ring.getAttribute('stroke-dashoffset')).not.toBe(before);
    expect(screen.getByTestId('seconds-left')).toHaveTextContent(String(Math.ceil(14 * 2.5 - 25)));
  });

  it('the figure holds still during the lead-in, then moves', async () => {
    await open(makeView('wrist-circles'));
    expect(document.querySelector('svg.fig')).toHaveClass('is-frozen');
    await advance(LEAD_IN_MS + 20);
    expect(document.querySelector('svg.fig')).toHaveClass('is-moving');
  });
});

describe('break window: sides', () => {
  it("switch-halfway: 'Switch sides' at half, then the figure mirrors", async () => {
    const view = makeView('forearm-mobe', { targetReps: 8 });
    await open(view);
    await advance(LEAD_IN_MS + 20);
    expect(screen.getByTestId('side')).toHaveTextContent('First side');
    expect(document.querySelector('svg.fig')).not.toHaveAttribute('data-mirrored');
    await advance(3 * 4000);
    expect(screen.getByTestId('side')).toHaveTextContent('First side');
    await advance(4000);
    expect(count()).toBe('4/8');
    expect(screen.getByTestId('side')).toHaveTextContent('Switch sides');
    expect(screen.getByTestId('announcer')).toHaveTextContent('Switch sides');
    expect(document.querySelector('svg.fig')).toHaveAttribute('data-mirrored', 'true');
    await advance(4000);
    expect(screen.getByTestId('side')).toHaveTextContent('Second side');
  });

  it("reverse-halfway: 'Reverse direction' at half, then the circle runs the other way", async () => {
    await open(makeView('neck-circles', { targetReps: 10 }));
    await advance(LEAD_IN_MS + 5 * 4000 + 20);
    expect(screen.getByTestId('side')).toHaveTextContent('Reverse direction');
    expect(document.querySelector('svg.fig')).toHaveAttribute('data-reversed', 'true');
  });

  it('alternate: labels left and right rep by rep', async () => {
    await open(makeView('look-over-shoulder', { targetReps: 16 }));
    await advance(LEAD_IN_MS + 20);
    const labels: string[] = [];
    for (let i = 0; i < 4; i++) {
      labels.push(screen.getByTestId('side').textContent ?? '');
      await advance(2000);
    }
    expect(labels).toEqual(['Left', 'Right', 'Left', 'Right']);
  });
});
