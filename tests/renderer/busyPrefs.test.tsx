import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '../../renderer/app/settings/SettingsPage';
import type { SettingsView } from '../../shared/ipc/contract';
import { createFakeApi } from './fakeApi';

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

async function openSettings(detectors?: SettingsView['detectors']) {
  const fake = createFakeApi();
  if (detectors) {
    const view = (await fake.api.getSettings()) as { ok: true; value: SettingsView };
    vi.mocked(fake.api.getSettings).mockResolvedValue({ ok: true, value: { ...view.value, detectors } });
  }
  render(<SettingsPage api={fake.api} />);
  await advance(0);
  return fake;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('settings: hold breaks during', () => {
  it('shows the four kinds, calls and Do Not Disturb on by default, and saves a change at once', async () => {
    const { api } = await openSettings();
    const group = screen.getByRole('group', { name: 'Hold breaks during' });
    const box = (name: string) => within(group).getByRole('checkbox', { name });
    expect(box('Calls')).toBeChecked();
    expect(box('Screen sharing and presenting')).not.toBeChecked();
    expect(box('Full-screen apps')).not.toBeChecked();
    expect(box('Do Not Disturb')).toBeChecked();
    fireEvent.click(box('Full-screen apps'));
    await advance(0);
    expect(api.updateSettings).toHaveBeenCalledWith({
      holdBreaksDuring: { calls: true, screenSharing: false, fullScreen: true, doNotDisturb: true },
    });
  });

  it('lists the busy detectors only when the app reports some, each with its state', async () => {
    await openSettings();
    expect(screen.queryByTestId('detectors')).toBeNull();
    document.body.innerHTML = '';
    await openSettings([
      {
        id: 'pw',
        label: 'Microphone in use (PipeWire)',
        signals: ['microphone'],
        mode: 'poll',
        state: 'working',
      },
      {
        id: 'gnome-dnd',
        label: 'Do Not Disturb (GNOME)',
        signals: ['dnd'],
        mode: 'signal',
        state: 'unavailable',
        detail: 'no session bus',
      },
      {
        id: 'cam',
        label: 'Camera in use (/proc)',
        signals: ['camera', 'microphone'],
        mode: 'poll',
        state: 'waiting',
      },
    ]);
    const items = within(screen.getByTestId('detectors')).getAllByRole('listitem');
    const shown = (li: HTMLElement) =>
      [
        li.querySelector('.detector-name')?.textContent,
        li.querySelector('.detector-state')?.textContent,
      ].join(' ');
    expect(items.map(shown)).toEqual([
      'microphone in use working',
      'Do Not Disturb not available here',
      'camera in use and microphone in use not checked yet',
    ]);
    // How each is read, in the language shown; the English label stays out of the view.
    expect(items[0].querySelector('.detector-name')).toHaveAttribute(
      'title',
      'Checked twice a minute at most, only while it matters',
    );
    expect(items[1].querySelector('.detector-name')).toHaveAttribute('title', 'Noticed as it happens');
    // Only the one that cannot work says why, behind "Why?", as the system said it, marked English.
    expect(within(items[0]).queryByText('Why?')).toBeNull();
    const why = within(items[1]).getByText('Why?');
    expect(why.tagName).toBe('SUMMARY');
    const detail = within(items[1]).getByText('Do Not Disturb (GNOME): no session bus');
    expect(detail).toHaveAttribute('lang', 'en');
  });
});
