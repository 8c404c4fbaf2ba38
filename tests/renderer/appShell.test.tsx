import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppShell, routeFromHash } from '../../renderer/app/AppShell';
import { createFakeApi } from './fakeApi';

afterEach(() => {
  window.location.hash = '';
});

describe('app window routing', () => {
  it('maps the hash to a view, history by default', () => {
    expect(routeFromHash('#settings')).toBe('settings');
    expect(routeFromHash('#history')).toBe('history');
    expect(routeFromHash('')).toBe('history');
    expect(routeFromHash('#nonsense')).toBe('history');
  });

  it('switches between history and settings with the hash', async () => {
    window.location.hash = '#settings';
    const fake = createFakeApi();
    render(<AppShell api={fake.api} />);
    expect(await screen.findByLabelText('Break every')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    act(() => {
      window.location.hash = '#history';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByTestId('today-done')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');
  });
});
