import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '../../renderer/app/settings/SettingsPage';
import { DEFAULT_FOCUS_DAYS } from '../../shared/settings/focusSettings';
import { createFakeApi } from './fakeApi';

async function openSettings() {
  const fake = createFakeApi();
  render(<SettingsPage api={fake.api} />);
  await act(async () => {
    await Promise.resolve();
  });
  return fake;
}

describe('settings: focus on a stiff joint', () => {
  it('sets a focus on an area for a week, with the sets a day and reps, and ends it', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-09T08:00:00Z'), toFake: ['Date'] });
    const fake = await openSettings();
    const panel = await screen.findByTestId('focus-panel');
    fireEvent.change(within(panel).getByLabelText('Focus on'), { target: { value: 'area:neck' } });
    await act(async () => {
      await Promise.resolve();
    });
    const now = Date.parse('2026-03-09T08:00:00Z');
    expect(fake.state.settings.focus).toMatchObject({
      target: { area: 'neck' },
      since: now,
      until: now + DEFAULT_FOCUS_DAYS * 86_400_000,
    });
    fireEvent.change(within(panel).getByLabelText('Focus sets a day'), { target: { value: '3' } });
    await act(async () => {
      await Promise.resolve();
    });
    fireEvent.change(within(panel).getByLabelText('For'), { target: { value: 'open' } });
    await act(async () => {
      await Promise.resolve();
    });
    expect(fake.state.settings.focus).toMatchObject({ setsPerDay: 3, until: null, since: now });
    fireEvent.click(within(panel).getByRole('button', { name: 'End the focus' }));
    await act(async () => {
      await Promise.resolve();
    });
    expect(fake.state.settings.focus.target).toBeNull();
    expect(within(panel).queryByLabelText('Focus sets a day')).toBeNull();
    vi.useRealTimers();
  });
});
