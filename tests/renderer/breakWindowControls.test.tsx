/** The break window: its controls and keys, screen-reader announcements and sound. */
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LEAD_IN_MS } from '../../renderer/break/useBreakSession';
import { makeView } from './fakeApi';
import { advance, control, count, key, open, useBreakWindowHarness } from './breakHarness';

useBreakWindowHarness();

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
