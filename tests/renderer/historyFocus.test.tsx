import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../../renderer/app/history/HistoryPage';
import { DEFAULT_FOCUS_DAYS } from '../../shared/settings/focusSettings';
import { createFakeApi } from './fakeApi';

const NOW = Date.parse('2026-03-09T08:00:00Z');

async function flush() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('history: marking a focus', () => {
  it('starts a week on an area from the history view, shows its period and chart, and ends it', async () => {
    const fake = createFakeApi();
    fake.state.settings = { ...fake.state.settings, focus: { ...fake.state.settings.focus, setsPerDay: 3 } };
    render(<HistoryPage api={fake.api} />);
    await flush();
    const panel = screen.getByTestId('history-focus');
    expect(within(panel).getByRole('heading')).toHaveTextContent('Focus on a stiff joint');
    const start = within(panel).getByRole('button', { name: 'Focus for a week' });
    expect(start).toBeDisabled();
    fireEvent.change(within(panel).getByLabelText('Focus on'), { target: { value: 'area:neck' } });
    expect(start).toBeEnabled();
    fireEvent.click(start);
    await flush();
    // A week from now on the neck; the sets a day chosen in settings stay.
    expect(fake.state.settings.focus).toMatchObject({
      target: { area: 'neck' },
      since: NOW,
      until: NOW + DEFAULT_FOCUS_DAYS * 86_400_000,
      setsPerDay: 3,
    });

    // What main sends next: the new settings and a history with the focus period in it.
    fake.state.history = {
      ...fake.state.history,
      focus: {
        mobeId: null,
        since: NOW,
        until: NOW + DEFAULT_FOCUS_DAYS * 86_400_000,
        setsPerDay: 3,
        days: [{ day: '2026-03-09', done: 0, offered: 0 }],
        feels: [],
      },
    };
    act(() => {
      fake.emit.settingsChanged(fake.state.settings);
      fake.emit.historyChanged(null);
    });
    await flush();
    expect(within(panel).getByRole('heading')).toHaveTextContent('Focus sets');
    expect(within(panel).getByTestId('focus-period')).toHaveTextContent('Neck · until Mon, Mar 16');
    expect(within(panel).getByTestId('focus-chart')).toHaveTextContent('Today 0 of 3 focus sets');

    fireEvent.click(within(panel).getByRole('button', { name: 'End the focus' }));
    await flush();
    expect(fake.state.settings.focus).toMatchObject({
      target: null,
      since: null,
      until: null,
      setsPerDay: 3,
    });
  });

  it('says so when the focus could not be saved, and keeps the choice', async () => {
    const fake = createFakeApi();
    render(<HistoryPage api={fake.api} />);
    await flush();
    vi.mocked(fake.api.updateSettings).mockResolvedValueOnce({
      ok: false,
      error: { code: 'unavailable', message: 'disk full' },
    });
    const panel = screen.getByTestId('history-focus');
    fireEvent.change(within(panel).getByLabelText('Focus on'), { target: { value: 'mobe:wrist-circles' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Focus for a week' }));
    await flush();
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      'The focus could not be saved: that is not possible right now',
    );
    expect(within(panel).getByLabelText('Focus on')).toHaveValue('mobe:wrist-circles');
    expect(fake.state.settings.focus.target).toBeNull();
  });

  it('offers a new week once the last one is over, as the core brings no more sets', async () => {
    const fake = createFakeApi();
    const week = 7 * 86_400_000;
    fake.state.settings = {
      ...fake.state.settings,
      focus: {
        ...fake.state.settings.focus,
        target: { area: 'hip' },
        since: NOW - 2 * week,
        until: NOW - week,
      },
    };
    render(<HistoryPage api={fake.api} />);
    await flush();
    const panel = screen.getByTestId('history-focus');
    expect(within(panel).getByRole('heading')).toHaveTextContent('Focus on a stiff joint');
    expect(within(panel).queryByTestId('focus-period')).toBeNull();
    fireEvent.change(within(panel).getByLabelText('Focus on'), { target: { value: 'area:hip' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Focus for a week' }));
    await flush();
    expect(fake.state.settings.focus).toMatchObject({
      target: { area: 'hip' },
      since: NOW,
      until: NOW + week,
    });
  });

  it('says so when the settings it needs cannot be loaded', async () => {
    const fake = createFakeApi();
    vi.mocked(fake.api.getSettings).mockResolvedValue({
      ok: false,
      error: { code: 'internal', message: 'settings.json: EIO' },
    });
    render(<HistoryPage api={fake.api} />);
    await flush();
    expect(within(screen.getByTestId('history-focus')).getByRole('alert')).toHaveTextContent(
      'Settings could not be loaded: something went wrong inside Mobes',
    );
  });
});
