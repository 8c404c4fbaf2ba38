import { describe, expect, it } from 'vitest';
import { firstDayOfRegion, firstDayOfWeek } from '../../shared/i18n/weekInfo';

describe('first day of the week', () => {
  it('follows the locale: Monday in Germany, Sunday in the US and Japan, Saturday in Egypt', () => {
    expect(firstDayOfWeek('de')).toBe(1);
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('en-US')).toBe(7);
    expect(firstDayOfWeek('ja')).toBe(7);
    expect(firstDayOfWeek('pt-BR')).toBe(7);
    expect(firstDayOfWeek('ar-EG')).toBe(6);
  });

  it('falls back to the region table when the engine has no week info', () => {
    expect(firstDayOfRegion('US')).toBe(7);
    expect(firstDayOfRegion('EG')).toBe(6);
    expect(firstDayOfRegion('FR')).toBe(1);
    expect(firstDayOfRegion(undefined)).toBe(1);
  });

  it('agrees with the engine wherever the engine answers', () => {
    for (const tag of [
      'en-US',
      'en-GB',
      'de-DE',
      'fr-FR',
      'es-ES',
      'it-IT',
      'pt-BR',
      'nl-NL',
      'pl-PL',
      'ja-JP',
      'ar-EG',
      'ar-SA',
    ]) {
      const l = new Intl.Locale(tag) as unknown as {
        weekInfo?: { firstDay: number };
        getWeekInfo?: () => { firstDay: number };
        region: string;
      };
      const engine = l.getWeekInfo?.().firstDay ?? l.weekInfo?.firstDay;
      if (engine !== undefined) expect(firstDayOfRegion(l.region), tag).toBe(engine);
    }
  });

  it('answers Monday for a tag Intl cannot read', () => {
    expect(firstDayOfWeek('not a locale!')).toBe(1);
  });
});
