import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '../../renderer/app/settings/SettingsPage';
import { TYPING_DEBOUNCE_MS } from '../../renderer/app/settings/useSettingsForm';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';
import { createFakeApi } from './fakeApi';

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

async function openSettings() {
  const fake = createFakeApi();
  const utils = render(<SettingsPage api={fake.api} />);
  await advance(0);
  return { ...fake, ...utils };
}

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('settings view: fields', () => {
  it('offers every setting in the schema', async () => {
    await openSettings();
    for (const label of [
      'Break every',
      'Break length',
      'Daily goal',
      'Snooze for',
      'Away counts as a break after',
      'Typing lull',
      'Wait for a lull up to',
      'Seated mobes only',
      'Soft tick on each rep',
      'Start Mobes when I log in',
      'Motion in the break window',
    ]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByRole('group', { name: 'Body areas to include' })).toBeInTheDocument();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      expect(screen.getByRole('group', { name: day })).toBeInTheDocument();
    }
    expect(screen.getByLabelText('Favourite: Neck circles')).toBeInTheDocument();
    expect(screen.getByLabelText('Hidden: Neck circles')).toBeInTheDocument();
    expect(screen.getByLabelText('Break every')).toHaveValue(DEFAULT_SETTINGS.breakIntervalMinutes);
  });
});

describe('settings view: validation', () => {
  it('an out-of-range value gets a message beside the field and is never saved', async () => {
    const { api, state } = await openSettings();
    const input = screen.getByLabelText('Break every');
    type(input, '5');
    await advance(TYPING_DEBOUNCE_MS * 3);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const errorId = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)).toHaveTextContent('Break interval must be at least 10 minutes.');
    expect(api.updateSettings).not.toHaveBeenCalled();
    expect(state.settings.breakIntervalMinutes).toBe(15);
    expect(screen.getByTestId('save-status')).toHaveTextContent('Not saved');
    fireEvent.blur(input);
    await advance(0);
    expect(api.updateSettings).not.toHaveBeenCalled();
  });

  it.each([
    ['', 'must be a number'],
    ['12.5', 'must be a whole number'],
    ['75', 'must be at most 60 minutes'],
  ])('interval %j: %s', async (value, message) => {
    const { api } = await openSettings();
    type(screen.getByLabelText('Break every'), value);
    await advance(TYPING_DEBOUNCE_MS * 2);
    expect(screen.getByText(`Break interval ${message}.`)).toBeInTheDocument();
    expect(api.updateSettings).not.toHaveBeenCalled();
  });

  it('a valid value saves once typing pauses, then the error state is gone', async () => {
    const { api, state } = await openSettings();
    const input = screen.getByLabelText('Break every');
    type(input, '5');
    type(input, '2');
    type(input, '20');
    await advance(TYPING_DEBOUNCE_MS - 1);
    expect(api.updateSettings).not.toHaveBeenCalled();
    await advance(1);
    expect(api.updateSettings).toHaveBeenCalledTimes(1);
    expect(api.updateSettings).toHaveBeenCalledWith({ breakIntervalMinutes: 20 });
    expect(state.settings.breakIntervalMinutes).toBe(20);
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saved: Break interval.');
  });

  it('leaving the field saves at once', async () => {
    const { api } = await openSettings();
    const input = screen.getByLabelText('Daily goal');
    type(input, '10');
    fireEvent.blur(input);
    await advance(0);
    expect(api.updateSettings).toHaveBeenCalledWith({ dailyGoal: 10 });
  });

  it("shows main's field errors beside the field, worded from their code", async () => {
    const { api } = await openSettings();
    vi.mocked(api.updateSettings).mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'invalid-settings',
        message: 'dailyGoal is not allowed',
        fields: [
          { field: 'dailyGoal', message: 'must be at most 10 mobes', code: 'atMost', params: { limit: 10 } },
        ],
      },
    });
    const input = screen.getByLabelText('Daily goal');
    type(input, '12');
    fireEvent.blur(input);
    await advance(0);
    expect(screen.getByText('Daily goal must be at most 10 mobes.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('will not turn off the last body area', async () => {
    const { api } = await openSettings();
    const group = screen.getByRole('group', { name: 'Body areas to include' });
    const boxes = within(group).getAllByRole('checkbox');
    for (const box of boxes.slice(0, -1)) {
      fireEvent.click(box);
      await advance(0);
    }
    expect(api.updateSettings).toHaveBeenCalledTimes(boxes.length - 1);
    fireEvent.click(boxes[boxes.length - 1]);
    await advance(0);
    expect(api.updateSettings).toHaveBeenCalledTimes(boxes.length - 1);
    expect(within(group).getByRole('alert')).toHaveTextContent(
      'Body areas must keep at least one body area on.',
    );
  });
});

describe('settings view: work hours', () => {
  it('a range ending before it starts is explained and not saved; fixing it saves', async () => {
    const { api, state } = await openSettings();
    const monday = screen.getByRole('group', { name: 'Monday' });
    const end = within(monday).getByLabelText('Monday range 1 to');
    type(end, '08:00');
    await advance(TYPING_DEBOUNCE_MS * 2);
    expect(within(monday).getByRole('alert')).toHaveTextContent('Monday, range 1 must end after it starts.');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(api.updateSettings).not.toHaveBeenCalled();
    type(end, '17:30');
    await advance(TYPING_DEBOUNCE_MS);
    expect(api.updateSettings).toHaveBeenCalledTimes(1);
    expect(state.settings.workHours.mon).toEqual([{ start: '09:00', end: '17:30' }]);
  });

  it('a badly typed time names the format', async () => {
    await openSettings();
    const start = screen.getByLabelText('Tuesday range 1 from');
    type(start, '9.00');
    await advance(TYPING_DEBOUNCE_MS);
    expect(
      screen.getByText('Tuesday, range 1, start must be a time of day as HH:MM (00:00 to 24:00).'),
    ).toBeInTheDocument();
  });

  it('adds and removes ranges, and copies Monday to the other weekdays', async () => {
    const { api, state } = await openSettings();
    const monday = screen.getByRole('group', { name: 'Monday' });
    fireEvent.click(within(monday).getByRole('button', { name: 'Add a range' }));
    await advance(0);
    expect(state.settings.workHours.mon).toHaveLength(2);
    expect(within(monday).getByLabelText('Monday range 2 from')).toHaveValue('19:00');
    fireEvent.click(screen.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }));
    await advance(0);
    for (const d of ['tue', 'wed', 'thu', 'fri'] as const)
      expect(state.settings.workHours[d]).toEqual(state.settings.workHours.mon);
    expect(state.settings.workHours.sat).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Monday range 1' }));
    await advance(0);
    expect(state.settings.workHours.mon).toEqual([{ start: '19:00', end: '20:00' }]);
    expect(api.updateSettings).toHaveBeenCalledTimes(3);
  });

  it('overlapping ranges are flagged on the day', async () => {
    await openSettings();
    const monday = screen.getByRole('group', { name: 'Monday' });
    fireEvent.click(within(monday).getByRole('button', { name: 'Add a range' }));
    await advance(0);
    type(within(monday).getByLabelText('Monday range 2 from'), '12:00');
    await advance(TYPING_DEBOUNCE_MS);
    expect(within(monday).getByText('Monday has ranges that overlap.')).toBeInTheDocument();
  });
});

describe('settings view: toggles, mobes and preview', () => {
  it('toggles and the motion choice save at once', async () => {
    const { api } = await openSettings();
    fireEvent.click(screen.getByLabelText('Soft tick on each rep'));
    await advance(0);
    expect(api.updateSettings).toHaveBeenLastCalledWith({ sound: true });
    fireEvent.change(screen.getByLabelText('Motion in the break window'), { target: { value: 'on' } });
    await advance(0);
    expect(api.updateSettings).toHaveBeenLastCalledWith({ reducedMotion: 'on' });
    fireEvent.click(screen.getByLabelText('Seated mobes only'));
    await advance(0);
    expect(api.updateSettings).toHaveBeenLastCalledWith({ seatedOnly: true });
  });

  it('hides, unhides and favourites mobes', async () => {
    const { api, state } = await openSettings();
    fireEvent.click(screen.getByLabelText('Hidden: Wrist circles'));
    await advance(0);
    expect(state.settings.hiddenMobes).toEqual(['wrist-circles']);
    fireEvent.click(screen.getByRole('button', { name: 'Unhide Wrist circles' }));
    await advance(0);
    expect(api.updateSettings).toHaveBeenLastCalledWith({ hiddenMobes: [] });
    fireEvent.click(screen.getByLabelText('Favourite: Foot circles'));
    await advance(0);
    expect(state.settings.likedMobes).toEqual(['foot-circles']);
  });

  it('"Try a mobe now" previews the chosen mobe, or any', async () => {
    const { api } = await openSettings();
    fireEvent.click(screen.getByRole('button', { name: 'Try it' }));
    await advance(0);
    expect(api.previewMobe).toHaveBeenLastCalledWith({});
    fireEvent.change(screen.getByLabelText('Try a mobe now'), { target: { value: 'spinal-twist' } });
    fireEvent.click(screen.getByRole('button', { name: 'Try it' }));
    await advance(0);
    expect(api.previewMobe).toHaveBeenLastCalledWith({ mobeId: 'spinal-twist' });
    vi.mocked(api.previewMobe).mockResolvedValueOnce({
      ok: false,
      error: { code: 'unavailable', message: 'A break is already showing.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Try it' }));
    await advance(0);
    expect(screen.getByText('A break is already showing.')).toBeInTheDocument();
  });

  it('follows settings changed elsewhere', async () => {
    const fake = await openSettings();
    act(() => fake.emit.settingsChanged({ ...fake.state.settings, snoozeMinutes: 9 }));
    expect(screen.getByLabelText('Snooze for')).toHaveValue(9);
  });
});
