import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FocusChart } from '../../renderer/app/history/FocusChart';
import type { FocusHistoryView } from '../../shared/ipc/contract';

const focus: FocusHistoryView = {
  mobeId: 'neck-circles',
  since: Date.parse('2026-03-09T08:00:00+01:00'),
  until: null,
  setsPerDay: 2,
  days: [
    { day: '2026-03-09', done: 2, offered: 2 },
    { day: '2026-03-10', done: 1, offered: 2 },
    { day: '2026-03-11', done: 0, offered: 0 },
  ],
  feels: [
    { at: 1, day: '2026-03-09', feel: 'harder' },
    { at: 2, day: '2026-03-09', feel: 'same' },
    { at: 3, day: '2026-03-10', feel: 'hurt' },
  ],
};

describe('history: the focus chart', () => {
  it('shows each day’s sets against the chosen count and the feel trend', () => {
    const { container } = render(<FocusChart focus={focus} />);
    const days = [...container.querySelectorAll('g[data-day]')];
    expect(days.map((g) => g.getAttribute('data-done'))).toEqual(['2', '1', '0']);
    const bar = (i: number) => Number(days[i].querySelector('rect')!.getAttribute('height'));
    expect(bar(0)).toBeCloseTo(2 * bar(1));
    expect(bar(2)).toBe(0);
    const dots = [...container.querySelectorAll('circle[data-feel]')];
    expect(dots.map((d) => d.getAttribute('data-feel'))).toEqual(['harder', 'same', 'hurt']);
    // Easier is higher: "same" sits above "harder", "it hurt" lowest.
    const cy = (i: number) => Number(dots[i].getAttribute('cy'));
    expect(cy(1)).toBeLessThan(cy(0));
    expect(cy(2)).toBeGreaterThan(cy(0));
    expect(screen.getByText(/Today 0 of 2 focus sets · last time: it hurt/)).toBeInTheDocument();
  });
});
