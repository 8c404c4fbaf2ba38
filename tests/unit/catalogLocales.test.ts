import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../shared/catalog/catalog';
import { TEXT_LIMITS } from '../../shared/catalog/textLimits';

/**
 * The exercise texts in the other shipped languages (one file per language, keyed by mobe id, the
 * English source being the catalog itself). Every language must carry every mobe with the same
 * shape, and stay within the room the break window keeps for longer languages (40 % over the
 * English limits, the pseudo-locale's stretch).
 */
const LOCALES = join(import.meta.dirname, '../../shared/i18n/locales');
const SHIPPED = ['ar', 'de', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt-BR'];
const ROOM = 1.4;

interface MobeTexts {
  name: string;
  summary: string;
  cues: string[];
  safety: string;
}

const load = (lng: string) =>
  JSON.parse(readFileSync(join(LOCALES, lng, 'catalog.json'), 'utf8')) as Record<string, MobeTexts>;
const length = (s: string) => [...s].length;

describe('catalog translations', () => {
  it('ship exactly the nine non-English languages (English has the catalog itself)', () => {
    expect(
      readdirSync(LOCALES)
        .filter((d) => d !== 'en')
        .sort(),
    ).toEqual(SHIPPED);
  });

  describe.each(SHIPPED)('%s', (lng) => {
    const texts = load(lng);

    it('has every mobe and no other', () => {
      expect(Object.keys(texts).sort()).toEqual(CATALOG.map((m) => m.id).sort());
    });

    it('gives every mobe the same shape, with no empty text', () => {
      const wrong: string[] = [];
      for (const mobe of CATALOG) {
        const t = texts[mobe.id];
        if (!t) continue; // reported by the test above
        if (Object.keys(t).sort().join() !== 'cues,name,safety,summary') wrong.push(`${mobe.id}: fields`);
        if (t.cues?.length !== mobe.cues.length) wrong.push(`${mobe.id}: ${t.cues?.length} cues`);
        for (const s of [t.name, t.summary, t.safety, ...(t.cues ?? [])])
          if (typeof s !== 'string' || !s.trim()) wrong.push(`${mobe.id}: empty text`);
      }
      expect(wrong).toEqual([]);
    });

    it('stays within the room the break window keeps', () => {
      const over: string[] = [];
      const check = (where: string, s: string, limit: number) => {
        if (length(s) > Math.floor(limit * ROOM)) over.push(`${where} (${length(s)})`);
      };
      for (const [id, t] of Object.entries(texts)) {
        check(`${id}.name`, t.name, TEXT_LIMITS.name);
        check(`${id}.summary`, t.summary, TEXT_LIMITS.summary);
        check(`${id}.safety`, t.safety, TEXT_LIMITS.safety);
        t.cues.forEach((c, i) => check(`${id}.cues.${i}`, c, TEXT_LIMITS.cue));
      }
      expect(over).toEqual([]);
    });
  });
});
