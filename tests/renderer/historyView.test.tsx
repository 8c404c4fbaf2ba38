import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../../renderer/app/history/HistoryPage';
import { createFakeApi, makeHistory } from './fakeApi';

async function flush() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

async function openHistory() {
  const fake = createFakeApi();
  const utils = render(<HistoryPage api={fake.api} />);
  await flush();
  return { ...fake, ...utils };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('history view', () => {
  it('shows today: done vs goal, sitting time with the current stretch, longest stretch, streaks', async () => {
    await openHistory();
    expect(screen.getByTestId('today-done')).toHaveTextContent('3 of 8');
    expect(screen.getByTestId('today-sitting')).toHaveTextContent('4 hr 20 min');
    expect(screen.getByTestId('today-sitting')).toHaveTextContent('12 min in this stretch');
    expect(screen.getByTestId('today-longest')).toHaveTextContent('55 min');
    expect(screen.getByTestId('streak')).toHaveTextContent('4 days');
    expect(screen.getByTestId('streak')).toHaveTextContent('best 11 days');
  });

  it('draws a 26-week heatmap: one labelled cell per day, non-work days styled apart', async () => {
    const h = makeHistory();
    await openHistory();
    const cells = document.querySelectorAll('rect.cell[data-day]');
    expect(cells).toHaveLength(182);
    const sat = document.querySelector('rect[data-day="2025-03-01"]')!;
    expect(sat).toHaveClass('off');
    expect(sat.getAttribute('aria-label')).toMatch(/not a work day/);
    const today = document.querySelector(`rect[data-day="${h.today}"]`)!;
    expect(today).toHaveClass('today');
    expect(today.getAttribute('aria-label')).toMatch(/\(today\)/);
    // Intensity follows done / goal (8): nothing, then thirds of the goal rounded up, then goal met.
    const LEVEL_OF_DONE = [0, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4];
    const seen = new Set<number>();
    for (const d of h.days.slice(-30)) {
      const cell = document.querySelector(`rect[data-day="${d.day}"]`)!;
      expect(cell).toHaveClass(`level-${LEVEL_OF_DONE[d.done]}`);
      expect(cell.querySelector('title')?.textContent).toContain(`${d.done} of ${h.goal} mobes`);
      seen.add(LEVEL_OF_DONE[d.done]);
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
    // Monday on top: 2025-03-03 is a Monday, so it sits in the first row.
    const mon = document.querySelector('rect[data-day="2025-03-03"]')!;
    expect(mon.getAttribute('y')).toBe(
      document.querySelector('rect[data-day="2025-02-24"]')!.getAttribute('y'),
    );
  });

  it('charts done per week with the weekly goal', async () => {
    const h = makeHistory();
    await openHistory();
    const chart = screen.getByRole('group', { name: /per week/ });
    const bars = within(chart).getAllByRole('img');
    expect(bars).toHaveLength(12);
    // The week under way (Mon 3 - Wed 5 March) has three work days: a goal of 3 x 8.
    const thisWeek = h.days.filter((d) => d.day >= '2025-03-03');
    expect(thisWeek.map((d) => d.day)).toEqual(['2025-03-03', '2025-03-04', '2025-03-05']);
    const done = thisWeek[0].done + thisWeek[1].done + thisWeek[2].done;
    expect(bars[bars.length - 1]).toHaveAccessibleName(expect.stringContaining(`${done} done, goal 24`));
    // The week before (24 Feb - 2 Mar): five work days, a goal of 40.
    expect(bars[bars.length - 2]).toHaveAccessibleName(expect.stringContaining('goal 40'));
  });

  it('shows balance across body areas for the last 7 and 30 days', async () => {
    const h = makeHistory();
    await openHistory();
    for (const [name, n] of [
      ['Last 7 days', 7],
      ['Last 30 days', 30],
    ] as const) {
      // Summed from the fixture's own days, not by the view's helper.
      const lastDays = h.days.slice(-n);
      const totals = {
        neck: lastDays.reduce((sum, d) => sum + (d.areas.neck ?? 0), 0),
        hip: lastDays.reduce((sum, d) => sum + (d.areas.hip ?? 0), 0),
      };
      const group = screen.getByRole('group', { name: `${name}: mobes per body area` });
      expect(
        within(group).getByRole('img', { name: new RegExp(`^Neck: ${totals.neck} `) }),
      ).toBeInTheDocument();
      expect(
        within(group).getByRole('img', { name: new RegExp(`^Hips: ${totals.hip} `) }),
      ).toBeInTheDocument();
    }
  });

  it('exports CSV and JSON and says where the file went', async () => {
    const { api } = await openHistory();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await flush();
    expect(api.exportHistory).toHaveBeenCalledWith({ format: 'csv' });
    expect(screen.getByTestId('export-status')).toHaveTextContent('Saved to /home/me/mobes-history.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await flush();
    expect(api.exportHistory).toHaveBeenLastCalledWith({ format: 'json' });
    expect(screen.getByTestId('export-status')).toHaveTextContent('mobes-history.json');
  });

  it('reports a cancelled or failed export', async () => {
    const { api } = await openHistory();
    vi.mocked(api.exportHistory).mockResolvedValueOnce({ ok: true, value: { saved: false } });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await flush();
    expect(screen.getByTestId('export-status')).toHaveTextContent('cancelled');
    vi.mocked(api.exportHistory).mockResolvedValueOnce({
      ok: false,
      error: { code: 'unavailable', message: 'EACCES: permission denied' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await flush();
    // Worded from the error code in the language shown; the core's English message is for logs.
    expect(screen.getByTestId('export-status')).toHaveTextContent(
      'Export failed: that is not possible right now',
    );
    expect(screen.getByTestId('export-status')).not.toHaveTextContent('EACCES');
    // The desktop words a failed write itself, with the path and the system's reason: shown as is.
    vi.mocked(api.exportHistory).mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'unavailable',
        message: '/media/usb/h.csv: EROFS',
        text: 'Could not write /media/usb/h.csv: EROFS: read-only file system',
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await flush();
    expect(screen.getByTestId('export-status')).toHaveTextContent(
      'Export failed: Could not write /media/usb/h.csv: EROFS: read-only file system',
    );
  });

  it('reloads on historyChanged and stops listening when closed', async () => {
    const fake = await openHistory();
    fake.state.history = {
      ...fake.state.history,
      todaySummary: { ...fake.state.history.todaySummary, done: 6 },
    };
    act(() => fake.emit.historyChanged(null));
    await flush();
    expect(screen.getByTestId('today-done')).toHaveTextContent('6 of 8');
    expect(fake.api.getHistory).toHaveBeenCalledTimes(2);
    fake.unmount();
    expect(fake.listeners()).toBe(0);
  });

  it('keeps the last good data when a reload fails', async () => {
    const fake = await openHistory();
    vi.mocked(fake.api.getHistory).mockResolvedValueOnce({
      ok: false,
      error: { code: 'internal', message: 'Busy' },
    });
    act(() => fake.emit.historyChanged(null));
    await flush();
    expect(screen.getByTestId('today-done')).toHaveTextContent('3 of 8');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not refresh: something went wrong inside Mobes',
    );
  });
});
