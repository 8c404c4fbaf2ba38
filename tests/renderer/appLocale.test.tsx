import { act, render, screen, within } from '@testing-library/react';
import type { ResourceLanguage } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../../renderer/app/history/HistoryPage';
import { FieldErrors } from '../../renderer/app/settings/fields';
import { rememberPreferredLanguages } from '../../renderer/i18n/regionalLocale';
import { createI18n } from '../../shared/i18n/createI18n';
import type { FieldError } from '../../shared/settings/schema';
import { ENGLISH } from './englishI18n';
import { createFakeApi } from './fakeApi';

const german = import.meta.glob<ResourceLanguage>('../../shared/i18n/locales/de/*.json', {
  eager: true,
  import: 'default',
});
const GERMAN: ResourceLanguage = Object.fromEntries(
  Object.entries(german).map(([path, bundle]) => [path.replace(/^.*\/([\w-]+)\.json$/, '$1'), bundle]),
);
const inGerman = () =>
  createI18n({ language: 'de', resources: { en: ENGLISH, de: GERMAN }, defaultNS: 'app' });

async function flush() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

async function openHistory(wrap?: ReturnType<typeof inGerman>) {
  const fake = createFakeApi();
  const page = <HistoryPage api={fake.api} />;
  render(wrap ? <I18nextProvider i18n={wrap}>{page}</I18nextProvider> : page);
  await flush();
  return fake;
}

/** The calendar row a day sits in, from its cell's y (the first row is at the top). */
const rowOf = (day: string) => Number(document.querySelector(`rect[data-day="${day}"]`)!.getAttribute('y'));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  rememberPreferredLanguages([]);
});

describe('the history in the locale shown', () => {
  it('lists the day’s held spells with their times and reasons', async () => {
    rememberPreferredLanguages(['en-GB']);
    await openHistory();
    const held = screen.getByTestId('held-spells');
    expect(within(held).getByRole('heading', { name: 'Breaks held today' })).toBeInTheDocument();
    const items = within(held).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    // 10:00 UTC and 14:00 UTC (the fake history's spells) in this machine's zone, on a 24-hour clock.
    const at = (h: number) =>
      new Date(Date.UTC(2025, 2, 5, h)).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    expect(items[0]).toHaveTextContent(at(10));
    expect(items[0]).toHaveTextContent('(25 mins)');
    expect(items[0]).toHaveTextContent(/call$/);
    expect(items[1]).toHaveTextContent(at(14));
    expect(items[1]).toHaveTextContent('call and Do Not Disturb');
  });

  it('starts the week on the locale’s first day: Sunday on top in the US, Monday in Britain', async () => {
    rememberPreferredLanguages(['en-US']);
    await openHistory();
    const top = Math.min(
      ...[...document.querySelectorAll('rect[data-day]')].map((r) => Number(r.getAttribute('y'))),
    );
    expect(rowOf('2025-03-02')).toBe(top); // a Sunday
    document.body.innerHTML = '';
    rememberPreferredLanguages(['en-GB']);
    await openHistory();
    expect(rowOf('2025-03-03')).toBe(top); // a Monday
    expect(rowOf('2025-03-02')).toBeGreaterThan(top);
  });

  it('speaks German in German: headings, weekday names, durations and numbers', async () => {
    await openHistory(inGerman());
    expect(screen.getByRole('heading', { name: 'Heute' })).toBeInTheDocument();
    expect(screen.getByTestId('today-done')).toHaveTextContent('3 von 8');
    expect(screen.getByTestId('today-sitting')).toHaveTextContent('4 Std., 20 Min.');
    expect(screen.getByTestId('streak')).toHaveTextContent('4 Tage');
    const axis = [...document.querySelectorAll('.heatmap text.axis')].map((t) => t.textContent);
    expect(axis).toEqual(expect.arrayContaining(['Mo', 'Mi', 'Fr', 'So']));
    expect(axis).not.toContain('Mon');
  });

  it('words a failed load from its error code in German, never the core’s English message', async () => {
    const fake = createFakeApi();
    vi.mocked(fake.api.getHistory).mockResolvedValue({
      ok: false,
      error: { code: 'internal', message: 'history.jsonl: EIO' },
    });
    render(
      <I18nextProvider i18n={inGerman()}>
        <HistoryPage api={fake.api} />
      </I18nextProvider>,
    );
    await flush();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'Dein Verlauf konnte nicht geladen werden: in Mobes ist etwas schiefgegangen',
    );
    expect(alert).not.toHaveTextContent('EIO');
  });
});

describe('settings errors in the language shown', () => {
  it('words an error from its code and values, naming the field in that language', () => {
    const errors: FieldError[] = [
      {
        field: 'dailyGoal',
        message: 'must be at most 40 mobes',
        code: 'atMost',
        params: { limit: 40 },
      },
      {
        field: 'workHours.tue.0.end',
        message: 'must be a time of day as HH:MM (00:00 to 24:00)',
        code: 'timeOfDay',
      },
      {
        field: 'shortcuts.skip',
        message: 'is the same shortcut as done',
        code: 'shortcutSame',
        params: { other: 'done' },
      },
    ];
    render(
      <I18nextProvider i18n={inGerman()}>
        <FieldErrors id="e" errors={errors} />
      </I18nextProvider>,
    );
    const shown = [...document.querySelectorAll('#e p')].map((p) => p.textContent);
    expect(shown).toEqual([
      'Tagesziel: Höchstens 40 Mobes.',
      'Dienstag, Zeitraum 1, Ende: Bitte eine Uhrzeit als HH:MM angeben (00:00 bis 24:00).',
      'Kürzel für „Überspringen“: Ist dasselbe Kürzel wie „Fertig“.',
    ]);
  });
});
