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
    expect(items.map((i) => i.textContent)).toEqual([
      'microphone in use working',
      'Do Not Disturb not available here · no session bus',
      'camera in use and microphone in use not checked yet',
    ]);
  });
});
