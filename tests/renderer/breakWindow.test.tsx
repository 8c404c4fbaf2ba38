import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOG, CATALOG_SAFETY_NOTE } from '../../shared/catalog/catalog';
import { BreakApp } from '../../renderer/break/BreakApp';
import { loadAllFigures } from '../../renderer/break/figures/registry';
import { COMPLETION_CLOSE_MS, LEAD_IN_MS } from '../../renderer/break/useBreakSession';
import { createFakeApi, makeView } from './fakeApi';

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Renders the break window for `view` and lets getCurrentBreak resolve. */
async function open(view = makeView(), tick = vi.fn()) {
  const fake = createFakeApi({ current: view });
  const utils = render(<BreakApp api={fake.api} tick={tick} />);
  await advance(0);
  return { ...fake, ...utils, tick };
}

const control = (name: RegExp) =>
  within(screen.getByRole('group', { name: 'Break controls' })).getByRole('button', { name });
const count = () => screen.getByTestId('rep-count').textContent?.replace(/\s+/g, '');
const key = (k: string) => fireEvent.keyDown(window, { key: k });

// The figures' files are loaded up front, as main.tsx does for the break it opens with: these tests
// run on fake timers and look at the window's content. Loading on demand is in figureLoading.test.tsx.
beforeAll(async () => {
  await loadAllFigures();
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

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

describe('break window: controls and keyboard', () => {
  it('Enter finishes early with the reps counted so far', async () => {
    const view = makeView('neck-circles', { targetReps: 8 });
    const { api } = await open(view);
    await advance(LEAD_IN_MS + 3 * 4000 + 20);
    key('Enter');
    await advance(0);
    expect(api.completeBreak).toHaveBeenCalledWith({ promptId: view.promptId, reps: 3 });
    expect(screen.getByRole('heading', { name: 'Good, that counts' })).toBeInTheDocument();
    // The clock stopped: no second completion when the original end time passes.
    await advance(60_000);
    expect(api.completeBreak).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['s', 'skipBreak'],
    ['S', 'skipBreak'],
    ['z', 'snoozeBreak'],
    ['Escape', 'snoozeBreak'],
  ] as const)('key %s calls %s and closes the window', async (k, method) => {
    const view = makeView();
    const { api } = await open(view);
    key(k);
    await advance(0);
    expect(api[method]).toHaveBeenCalledWith({ promptId: view.promptId });
    expect(api.closeBreak).toHaveBeenCalledTimes(1);
    expect(api.completeBreak).not.toHaveBeenCalled();
  });

  it('H hides the mobe for good and skips this break', async () => {
    const view = makeView('desk-wrist-rocks');
    const { api } = await open(view);
    key('h');
    await advance(0);
    expect(api.hideMobe).toHaveBeenCalledWith({ mobeId: 'desk-wrist-rocks' });
    expect(api.skipBreak).toHaveBeenCalledWith({ promptId: view.promptId });
  });

  it('shows the in-window keys on the buttons when no global shortcut is registered', async () => {
    await open();
    expect(control(/pause/i)).toHaveAttribute('aria-keyshortcuts', 'Space');
    expect(control(/done/i)).toHaveTextContent('Enter');
    expect(control(/skip/i)).toHaveTextContent('S');
    expect(control(/snooze/i)).toHaveTextContent('Z');
  });

  it('shows the global shortcuts main registered, and acts on them like the buttons', async () => {
    const view = makeView('neck-circles', {
      shortcuts: { done: 'CommandOrControl+Alt+Shift+D', snooze: 'Alt+F9' },
    });
    const fake = await open(view);
    expect(control(/done/i)).toHaveTextContent('Ctrl+Alt+Shift+D');
    expect(control(/done/i)).toHaveAttribute('aria-keyshortcuts', 'Enter Control+Alt+Shift+D');
    expect(control(/snooze/i)).toHaveTextContent('Alt+F9');
    expect(control(/skip/i)).toHaveTextContent(/^Skip\s*S$/); // none registered: the in-window key
    await advance(LEAD_IN_MS + 4 * 1000 * view.mobe.secondsPerRep + 10);
    act(() => fake.emit.breakShortcut({ action: 'done' }));
    await advance(0);
    expect(fake.api.completeBreak).toHaveBeenCalledWith({ promptId: view.promptId, reps: 4 });
    act(() => fake.emit.breakShortcut({ action: 'done' })); // on the completion view: closes it
    await advance(0);
    expect(screen.getByText('No break right now')).toBeInTheDocument();
  });

  it('a global skip or snooze shortcut ends the break as its button does', async () => {
    for (const action of ['skip', 'snooze'] as const) {
      const fake = await open(makeView('neck-circles', { promptId: `p-${action}` }));
      act(() => fake.emit.breakShortcut({ action }));
      await advance(0);
      expect(fake.api[action === 'skip' ? 'skipBreak' : 'snoozeBreak']).toHaveBeenCalledWith({
        promptId: `p-${action}`,
      });
      fake.unmount();
    }
  });

  it('Space on a focused button acts once (the button), not twice', async () => {
    await open();
    const pause = control(/pause/i);
    pause.focus();
    fireEvent.keyDown(pause, { key: ' ' });
    await advance(0);
    // The global handler ignored it; the native click did not happen in jsdom, so still running.
    expect(screen.getByRole('button', { name: /pause/i })).toBeInTheDocument();
    fireEvent.click(pause);
    await advance(0);
    expect(screen.getByRole('button', { name: /resume/i })).toBeInTheDocument();
  });

  it("a failing skip says so in the window's language, from the error code, and keeps the break", async () => {
    const view = makeView();
    const fake = await open(view);
    vi.mocked(fake.api.skipBreak).mockResolvedValueOnce({
      ok: false,
      error: { code: 'internal', message: 'Disk is full' },
    });
    key('s');
    await advance(0);
    // The core's English message is for logs; the window words the code itself.
    expect(screen.getByRole('alert')).toHaveTextContent(
      'That did not work: something went wrong inside Mobes',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('Disk is full');
    expect(fake.api.closeBreak).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: view.mobe.name })).toBeInTheDocument();
  });

  it('Escape closes the completion view at once', async () => {
    const { api } = await open(makeView());
    key('Enter');
    await advance(0);
    key('Escape');
    await advance(0);
    expect(api.closeBreak).toHaveBeenCalledTimes(1);
  });
});

describe('break window: accessibility and sound', () => {
  it('announces the count every 5 reps and at the end, not every rep', async () => {
    const view = makeView('look-over-shoulder', { targetReps: 16 });
    await open(view);
    await advance(LEAD_IN_MS + 20);
    const seen: string[] = [screen.getByTestId('announcer').textContent ?? ''];
    for (let r = 1; r <= 16; r++) {
      await advance(2000);
      const text = screen.getByTestId('announcer').textContent ?? '';
      if (seen[seen.length - 1] !== text) seen.push(text);
    }
    // Most reps change nothing: a screen reader hears the start, every fifth rep, each new cue (at
    // reps 6 and 12 of 16 with three cues) and the end.
    const [, second, third] = view.mobe.cues;
    expect(seen).toEqual([
      'Go: 16 reps.',
      '5 of 16',
      second,
      '10 of 16',
      third,
      '15 of 16',
      'Done. 3 of 8 today.',
    ]);
  });

  it('says when counting starts', async () => {
    await open(makeView('neck-circles', { targetReps: 8 }));
    // Said once the live region is on the page, after the first frame, so it is a change to read.
    expect(screen.getByTestId('announcer').textContent).toBe('');
    await advance(50);
    expect(screen.getByTestId('announcer')).toHaveTextContent('Starting in 3 seconds');
    await advance(LEAD_IN_MS + 20);
    expect(screen.getByTestId('announcer')).toHaveTextContent('Go: 8 reps.');
  });

  it('ticks once per rep when sound is on, the last one marked final', async () => {
    const view = makeView('neck-side-bends', { targetReps: 12, sound: true });
    const { tick } = await open(view);
    await advance(LEAD_IN_MS + 12 * 2500 + 20);
    expect(tick).toHaveBeenCalledTimes(12);
    expect(tick.mock.calls.filter(([final]) => final)).toHaveLength(1);
    expect(tick).toHaveBeenLastCalledWith(true);
  });

  it('stays silent when sound is off', async () => {
    const { tick } = await open(makeView('neck-side-bends', { targetReps: 12, sound: false }));
    await advance(LEAD_IN_MS + 12 * 2500 + 20);
    expect(tick).not.toHaveBeenCalled();
  });

  it("reduced motion 'on': no animation classes, the counter still keeps the rhythm", async () => {
    const view = makeView('pelvic-circles', { targetReps: 10, reducedMotion: 'on' });
    const { api } = await open(view);
    await advance(LEAD_IN_MS + 20);
    expect(document.querySelector('svg.fig')).toHaveClass('is-still');
    expect(document.querySelector('.is-moving')).toBeNull();
    await advance(3000);
    expect(count()).toBe('1/10');
    await advance(9 * 3000);
    expect(api.completeBreak).toHaveBeenCalledWith({ promptId: view.promptId, reps: 10 });
  });

  it("reduced motion 'system' follows prefers-reduced-motion; 'off' overrides it", async () => {
    const mm = vi.fn((q: string) => ({
      matches: q.includes('reduce'),
      media: q,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    }));
    vi.stubGlobal('matchMedia', mm);
    try {
      const first = await open(makeView('neck-circles', { reducedMotion: 'system' }));
      await advance(LEAD_IN_MS + 20);
      expect(document.querySelector('svg.fig')).toHaveClass('is-still');
      first.unmount();
      await open(makeView('neck-circles', { reducedMotion: 'off' }));
      await advance(LEAD_IN_MS + 20);
      expect(document.querySelector('svg.fig')).toHaveClass('is-moving');
      // One media query list serves every render of both breaks.
      expect(mm).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

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
