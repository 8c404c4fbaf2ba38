import { describe, expect, it, vi } from 'vitest';
import { startI18n } from '../../renderer/i18n/startI18n';
import { createFakeApi } from './fakeApi';

/**
 * A window's language while it starts: a change of the language setting that comes after main has
 * answered getSettings, while the window still loads its texts, is not lost.
 */
describe('a window starting while the language changes', () => {
  it('applies a change that arrives while the texts load', async () => {
    const fake = createFakeApi();
    const answered = vi.fn();
    const getSettings = fake.api.getSettings;
    fake.api.getSettings = async () => {
      const r = await getSettings();
      answered();
      // Main changes the language just after it answered: the window is loading English now.
      setTimeout(() => fake.emit.settingsChanged({ ...fake.state.settings, language: 'de' }), 0);
      return r;
    };
    const instance = await startI18n(fake.api, { namespaces: ['app', 'common'] });
    expect(answered).toHaveBeenCalled();
    await vi.waitFor(() => expect(instance.language).toBe('de'));
    expect(instance.t('history.weekly')).toBe('Woche für Woche');
    expect(document.documentElement.lang).toBe('de');
  });

  it('keeps the settings’ answer over a change seen before it (the answer is newer)', async () => {
    const fake = createFakeApi();
    fake.state.settings = { ...fake.state.settings, language: 'fr' };
    const getSettings = fake.api.getSettings;
    fake.api.getSettings = async () => {
      fake.emit.settingsChanged({ ...fake.state.settings, language: 'de' });
      return getSettings();
    };
    const instance = await startI18n(fake.api, { namespaces: ['app', 'common'] });
    await new Promise((r) => setTimeout(r, 50));
    expect(instance.language).toBe('fr');
  });
});

describe('the document’s language and direction', () => {
  it('are left untouched when the page already has them, and set when they change', async () => {
    const html = document.documentElement;
    html.lang = 'en';
    html.dir = 'ltr';
    const changed: string[] = [];
    const watch = new MutationObserver((records) => records.forEach((r) => changed.push(r.attributeName!)));
    watch.observe(html, { attributes: true });
    const fake = createFakeApi();
    await startI18n(fake.api, { namespaces: ['break', 'common'] });
    await Promise.resolve();
    expect(watch.takeRecords().length + changed.length).toBe(0);

    const arabic = createFakeApi();
    arabic.state.settings = { ...arabic.state.settings, language: 'ar' };
    await startI18n(arabic.api, { namespaces: ['break', 'common'] });
    changed.push(...watch.takeRecords().map((r) => r.attributeName!));
    watch.disconnect();
    expect(changed.sort()).toEqual(['dir', 'lang']);
    expect([html.lang, html.dir]).toEqual(['ar', 'rtl']);
  });
});
