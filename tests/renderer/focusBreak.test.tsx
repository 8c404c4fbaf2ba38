import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BreakApp } from '../../renderer/break/BreakApp';
import { COMPLETION_CLOSE_MS, LEAD_IN_MS } from '../../renderer/break/useBreakSession';
import type { BreakView, FeelResult } from '../../shared/ipc/contract';
import { createFakeApi, makeView, mobeById } from './fakeApi';

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

const focusView = (over: Partial<BreakView> = {}) =>
  makeView('neck-circles', { targetReps: 40, focus: { smaller: false, declinable: true }, ...over });

async function open(view: BreakView) {
  const fake = createFakeApi({ current: view });
  render(<BreakApp api={fake.api} />);
  await advance(0);
  return fake;
}

const key = (k: string) => fireEvent.keyDown(window, { key: k });
const count = () => screen.getByTestId('rep-count').textContent?.replace(/\s+/g, '');

/** Runs the whole set at its rhythm: lead-in, then every rep. */
async function runSet(view: BreakView) {
  await advance(LEAD_IN_MS + 20);
  await advance(view.targetReps * view.mobe.secondsPerRep * 1000);
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('break window: a focus set', () => {
  it('says it is a focus set, and D turns it into a short break', async () => {
    const fake = await open(focusView());
    expect(screen.getByText('Focus set')).toBeInTheDocument();
    expect(screen.getByTestId('focus-lead')).toHaveTextContent('Short break instead');
    key('d');
    await advance(0);
    expect(fake.api.declineFocus).toHaveBeenCalledWith({ promptId: 'p-neck-circles' });
    // Main answers with the microbreak in the same window.
    act(() => fake.emit.breakShown(makeView('wrist-circles', { promptId: 'p2' })));
    expect(screen.queryByTestId('focus-lead')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Wrist circles' })).toBeInTheDocument();
  });

  it('a set started from the tray cannot be declined, and a smaller set says so', async () => {
    const fake = await open(focusView({ reason: 'manual', focus: { smaller: true, declinable: false } }));
    expect(screen.getByTestId('focus-lead')).toHaveTextContent('A smaller set this time');
    expect(screen.queryByRole('button', { name: /Short break instead/ })).toBeNull();
    key('d');
    await advance(0);
    expect(fake.api.declineFocus).not.toHaveBeenCalled();
  });

  it('counts all 40 reps at the mobe’s rhythm, then asks how it felt and waits for the answer', async () => {
    const view = focusView();
    const fake = await open(view);
    await advance(LEAD_IN_MS + 20);
    const ms = view.mobe.secondsPerRep * 1000;
    await advance(20 * ms);
    expect(count()).toBe('20/40');
    await advance(19 * ms);
    expect(count()).toBe('39/40');
    expect(fake.api.completeBreak).not.toHaveBeenCalled();
    await advance(ms);
    expect(fake.api.completeBreak).toHaveBeenCalledWith({ promptId: view.promptId, reps: 40 });
    expect(screen.getByRole('group', { name: 'How did that feel?' })).toBeInTheDocument();
    // It does not close by itself before the answer.
    await advance(COMPLETION_CLOSE_MS * 3);
    expect(fake.api.closeBreak).not.toHaveBeenCalled();
    key('2');
    await advance(0);
    expect(fake.api.answerFeel).toHaveBeenCalledWith({ promptId: view.promptId, feel: 'same' });
    expect(screen.getByTestId('feel-answered')).toHaveTextContent('Noted, thank you.');
    await advance(COMPLETION_CLOSE_MS);
    expect(fake.api.closeBreak).toHaveBeenCalledTimes(1);
  });

  it('after a second "it hurt", suggests another mobe calmly and can switch to it', async () => {
    const view = focusView({ targetReps: 26 });
    const fake = await open(view);
    const other = mobeById('neck-side-bends');
    const result: FeelResult = { hurtTwice: true, switchTo: other, smallerNext: true };
    vi.mocked(fake.api.answerFeel).mockResolvedValue({ ok: true, value: result });
    await runSet(view);
    fireEvent.click(screen.getByRole('button', { name: /It hurt/ }));
    await advance(0);
    expect(fake.api.answerFeel).toHaveBeenCalledWith({ promptId: view.promptId, feel: 'hurt' });
    const answered = screen.getByTestId('feel-answered');
    expect(answered).toHaveTextContent('It hurt twice in a row.');
    expect(answered).toHaveTextContent('If pain keeps coming back, it is worth showing a clinician.');
    fireEvent.click(screen.getByRole('button', { name: `Switch to ${other.name}` }));
    await advance(0);
    expect(fake.api.switchFocus).toHaveBeenCalledWith({ mobeId: other.id });
    expect(screen.getByTestId('feel-switched')).toHaveTextContent(`Your focus is now ${other.name}.`);
    // The advice stays until the user closes it.
    await advance(COMPLETION_CLOSE_MS * 2);
    expect(fake.api.closeBreak).not.toHaveBeenCalled();
  });

  it('an ordinary microbreak asks nothing and closes by itself', async () => {
    const view = makeView('neck-circles', { targetReps: 8 });
    const fake = await open(view);
    await runSet(view);
    expect(screen.queryByRole('group', { name: 'How did that feel?' })).toBeNull();
    key('1');
    await advance(COMPLETION_CLOSE_MS);
    expect(fake.api.answerFeel).not.toHaveBeenCalled();
    expect(fake.api.closeBreak).toHaveBeenCalledTimes(1);
  });
});
