import { describe, expect, it } from 'vitest';
import { CATALOG, CATALOG_SAFETY_NOTE, catalogById } from '../../shared/catalog/catalog';
import {
  allowedReps,
  breakSecondsFor,
  focusTargetFor,
  needsEvenReps,
  targetRepsFor,
} from '../../shared/catalog/reps';
import { TEXT_LIMITS } from '../../shared/catalog/textLimits';
import { AREAS, MAX_BREAK_SECONDS, MIN_BREAK_SECONDS, POSTURES, type Mobe } from '../../shared/catalog/types';

/** The ids other parts of the app (visuals, saved history) are keyed on. */
const EXPECTED_IDS = [
  'neck-circles',
  'neck-flexor-mobe',
  'neck-side-bends',
  'look-over-shoulder',
  'wrist-circles',
  'forearm-mobe',
  'desk-wrist-rocks',
  'forearm-rotations',
  'pelvic-circles',
  'standing-knee-circles',
  'hip-flexor-mobe',
  'seated-glute-mobe',
  'side-sit-bum-out',
  'spinal-twist',
  'seated-arch-round',
  'chest-open-close',
  'wide-arm-circles',
  'rotator-cuff-mobe',
  'foot-circles',
  'neck-half-circles',
  'seated-wrist-rocks',
  'wrist-waves',
  'seated-pelvic-circles',
  'seated-knee-circles',
  'seated-hip-switch',
  'seated-open-book',
  'seated-arm-circles',
  'heel-toe-rocks',
  'ankle-knee-drives',
];
const PAIRED = ['alternate', 'switch-halfway', 'reverse-halfway'];
const SIDE_PATTERNS = ['none', 'alternate', 'switch-halfway', 'reverse-halfway'];
const MOTIONS = ['circle', 'swing', 'tilt', 'turn', 'rock', 'open-close', 'lunge', 'fold'];

/** Counts sentences by their end marks (., !, ?) followed by a space or the end of the text. */
function sentences(text: string): number {
  return (text.trim().match(/[.!?](\s|$)/g) ?? []).length;
}

function byArea(area: Mobe['area']): Mobe[] {
  return CATALOG.filter((m) => m.area === area);
}

describe('catalog identity', () => {
  it('has exactly the agreed ids, each once', () => {
    const ids = CATALOG.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it('uses kebab-case ids that the settings lists accept', () => {
    for (const m of CATALOG) {
      expect(m.id, m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(m.id.length, m.id).toBeLessThanOrEqual(64);
    }
  });

  it('finds every mobe by id and answers undefined for unknown ids', () => {
    for (const m of CATALOG) expect(catalogById(m.id)).toBe(m);
    expect(catalogById('no-such-mobe')).toBeUndefined();
    expect(catalogById('')).toBeUndefined();
  });

  it('is frozen so callers cannot change shared definitions', () => {
    expect(Object.isFrozen(CATALOG)).toBe(true);
    for (const m of CATALOG) {
      expect(Object.isFrozen(m), m.id).toBe(true);
      expect(Object.isFrozen(m.cues), m.id).toBe(true);
      expect(Object.isFrozen(m.postures), m.id).toBe(true);
      expect(Object.isFrozen(m.reps), m.id).toBe(true);
      expect(Object.isFrozen(m.focusReps), m.id).toBe(true);
    }
  });
});

describe('catalog coverage', () => {
  it('has at least four mobes for each core area (neck, hip, wrist)', () => {
    for (const area of ['neck', 'hip', 'wrist'] as const) {
      expect(byArea(area).length, area).toBeGreaterThanOrEqual(4);
    }
  });

  it('offers both seated and standing options for hips', () => {
    const hips = byArea('hip');
    expect(hips.some((m) => m.postures.includes('seated'))).toBe(true);
    expect(hips.some((m) => m.postures.includes('standing'))).toBe(true);
  });

  it('has at least 26 mobes', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(26);
  });

  it('gives a seated-only user at least three mobes each for neck, hip and wrist', () => {
    for (const area of ['neck', 'hip', 'wrist'] as const) {
      const seated = byArea(area).filter((m) => m.postures.includes('seated'));
      expect(seated.length, `${area}: ${seated.map((m) => m.id).join(', ')}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives a seated-only user at least two mobes for each extra area', () => {
    for (const area of ['shoulder', 'spine', 'ankle'] as const) {
      expect(byArea(area).filter((m) => m.postures.includes('seated')).length, area).toBeGreaterThanOrEqual(
        2,
      );
    }
  });

  it('gives a seated-only user at least one mobe in every area', () => {
    for (const area of AREAS) {
      expect(
        byArea(area).some((m) => m.postures.includes('seated')),
        area,
      ).toBe(true);
    }
  });
});

describe('catalog fields', () => {
  it('uses only known areas, postures, side patterns and motions', () => {
    for (const m of CATALOG) {
      expect(AREAS, m.id).toContain(m.area);
      expect(m.postures.length, m.id).toBeGreaterThan(0);
      expect(new Set(m.postures).size, m.id).toBe(m.postures.length);
      for (const p of m.postures) expect(POSTURES, m.id).toContain(p);
      expect(SIDE_PATTERNS, m.id).toContain(m.sides);
      expect(MOTIONS, m.id).toContain(m.motion);
    }
  });

  it('has a sane rhythm and rep range', () => {
    for (const m of CATALOG) {
      expect(m.secondsPerRep, m.id).toBeGreaterThanOrEqual(1);
      expect(m.secondsPerRep, m.id).toBeLessThanOrEqual(6);
      expect(Number.isInteger(m.reps.min) && Number.isInteger(m.reps.max), m.id).toBe(true);
      expect(m.reps.min, m.id).toBeGreaterThan(0);
      expect(m.reps.min, m.id).toBeLessThanOrEqual(m.reps.max);
    }
  });

  it('fits a 30-60 s break at some rep count in range (even for paired patterns)', () => {
    for (const m of CATALOG) {
      // Brute force, independent of allowedReps/targetRepsFor.
      const fitting: number[] = [];
      for (let r = m.reps.min; r <= m.reps.max; r++) {
        const even = !PAIRED.includes(m.sides) || r % 2 === 0;
        const s = r * m.secondsPerRep;
        if (even && s >= MIN_BREAK_SECONDS && s <= MAX_BREAK_SECONDS) fitting.push(r);
      }
      expect(fitting.length, m.id).toBeGreaterThan(0);
      expect(allowedReps(m)).toEqual(fitting);
    }
  });

  it('has a focus dose of 25-75 reps that fits 4 minutes at its rhythm (even ends when paired)', () => {
    for (const m of CATALOG) {
      const { min, max } = m.focusReps;
      expect(Number.isInteger(min) && Number.isInteger(max), m.id).toBe(true);
      expect(min, m.id).toBeGreaterThanOrEqual(25);
      expect(max, m.id).toBeLessThanOrEqual(75);
      expect(min, m.id).toBeLessThanOrEqual(max);
      expect(max * m.secondsPerRep, m.id).toBeLessThanOrEqual(240);
      if (PAIRED.includes(m.sides)) {
        expect(min % 2, `${m.id} min`).toBe(0);
        expect(max % 2, `${m.id} max`).toBe(0);
      }
      // A focus set reaches well past the microbreak dose.
      expect(max, m.id).toBeGreaterThan(m.reps.max * 2);
    }
  });

  it('allows a default focus set of about 40 reps for every mobe', () => {
    for (const m of CATALOG) {
      expect(m.focusReps.min, m.id).toBeLessThanOrEqual(40);
      expect(m.focusReps.max, m.id).toBeGreaterThanOrEqual(40);
    }
  });

  it('has short, non-empty texts within the lengths the break window is laid out for', () => {
    for (const m of CATALOG) {
      expect(m.name.trim().length, m.id).toBeGreaterThan(0);
      expect(m.name.length, m.id).toBeLessThanOrEqual(TEXT_LIMITS.name);

      expect(m.summary.trim(), m.id).toBe(m.summary);
      expect(m.summary.length, m.id).toBeLessThanOrEqual(TEXT_LIMITS.summary);
      expect(sentences(m.summary), `${m.id}: ${m.summary}`).toBeGreaterThanOrEqual(1);
      expect(sentences(m.summary), `${m.id}: ${m.summary}`).toBeLessThanOrEqual(2);

      expect(m.cues.length, m.id).toBeGreaterThanOrEqual(2);
      expect(m.cues.length, m.id).toBeLessThanOrEqual(4);
      for (const cue of m.cues) {
        expect(cue.trim().length, m.id).toBeGreaterThan(0);
        expect(cue.length, `${m.id}: ${cue}`).toBeLessThanOrEqual(TEXT_LIMITS.cue);
      }
      expect(new Set(m.cues).size, m.id).toBe(m.cues.length);

      expect(m.safety.trim().length, m.id).toBeGreaterThan(0);
      expect(m.safety.length, m.id).toBeLessThanOrEqual(TEXT_LIMITS.safety);
      expect(sentences(m.safety), m.id).toBe(1);
    }
  });

  it('keeps safety texts calm', () => {
    const alarming = /\b(danger\w*|warning|injur\w*|damage|never|emergency)\b|!/i;
    for (const m of CATALOG) expect(m.safety, m.id).not.toMatch(alarming);
    expect(CATALOG_SAFETY_NOTE).not.toMatch(alarming);
  });

  it('has a short general safety note covering range, sharp pain and "not medical advice"', () => {
    expect(CATALOG_SAFETY_NOTE.length).toBeLessThanOrEqual(300);
    expect(CATALOG_SAFETY_NOTE).toMatch(/comfortable/i);
    expect(CATALOG_SAFETY_NOTE).toMatch(/sharp pain/i);
    expect(CATALOG_SAFETY_NOTE).toMatch(/not medical advice/i);
  });
});

describe('targetRepsFor / breakSecondsFor', () => {
  const LENGTHS = [30, 45, 60];

  it('breakSecondsFor multiplies reps by the rhythm', () => {
    expect(breakSecondsFor(catalogById('neck-circles')!, 10)).toBe(40);
    expect(breakSecondsFor(catalogById('forearm-rotations')!, 21)).toBe(31.5);
    expect(breakSecondsFor(catalogById('neck-side-bends')!, 0)).toBe(0);
  });

  it.each(LENGTHS)('stays in range, even when paired, and within 30-60 s for %i s', (length) => {
    for (const m of CATALOG) {
      const reps = targetRepsFor(m, length);
      expect(Number.isInteger(reps), m.id).toBe(true);
      expect(reps, m.id).toBeGreaterThanOrEqual(m.reps.min);
      expect(reps, m.id).toBeLessThanOrEqual(m.reps.max);
      if (needsEvenReps(m)) expect(reps % 2, m.id).toBe(0);
      const s = breakSecondsFor(m, reps);
      expect(s, m.id).toBeGreaterThanOrEqual(MIN_BREAK_SECONDS);
      expect(s, m.id).toBeLessThanOrEqual(MAX_BREAK_SECONDS);
    }
  });

  it.each(LENGTHS)('picks the allowed count closest to %i s, the shorter one on a tie', (length) => {
    for (const m of CATALOG) {
      const chosen = targetRepsFor(m, length);
      const gap = Math.abs(breakSecondsFor(m, chosen) - length);
      for (const r of allowedReps(m)) {
        const other = Math.abs(breakSecondsFor(m, r) - length);
        expect(other, `${m.id}: ${r} reps vs ${chosen}`).toBeGreaterThanOrEqual(gap);
        if (other === gap) expect(chosen, m.id).toBeLessThanOrEqual(r);
      }
    }
  });

  it('never gives fewer reps for a longer break', () => {
    for (const m of CATALOG) {
      const [a, b, c] = LENGTHS.map((l) => targetRepsFor(m, l));
      expect(a, m.id).toBeLessThanOrEqual(b);
      expect(b, m.id).toBeLessThanOrEqual(c);
    }
  });

  it('uses the range: short at 30 s, the top of the range at 60 s when it fits', () => {
    const circles = catalogById('neck-circles')!; // 4 s, 8-12 reps, paired
    expect(targetRepsFor(circles, 30)).toBe(8);
    expect(targetRepsFor(circles, 45)).toBe(12); // 48 s is 3 s off, 40 s is 5 s off
    expect(targetRepsFor(circles, 60)).toBe(12);
    const arms = catalogById('wide-arm-circles')!; // 2 s, 14-20, paired: 14 reps is only 28 s
    expect(targetRepsFor(arms, 30)).toBe(16);
    const rotations = catalogById('forearm-rotations')!; // 1.5 s, 20-30, not paired
    expect(targetRepsFor(rotations, 30)).toBe(20);
    expect(targetRepsFor(rotations, 45)).toBe(30);
  });

  it('clamps requests outside 30-60 s instead of failing', () => {
    for (const m of CATALOG) {
      expect(targetRepsFor(m, 5)).toBe(targetRepsFor(m, 30));
      expect(targetRepsFor(m, 600)).toBe(targetRepsFor(m, 60));
    }
  });

  it('rejects a break length that is not a number, naming it', () => {
    const m = CATALOG[0];
    expect(() => targetRepsFor(m, Number.NaN)).toThrow(/breakLengthSeconds/);
    expect(() => targetRepsFor(m, Number.POSITIVE_INFINITY)).toThrow(/breakLengthSeconds/);
  });

  it('rejects a mobe without a positive rhythm, naming it', () => {
    const broken: Mobe = { ...CATALOG[0], id: 'broken', secondsPerRep: 0 };
    expect(() => targetRepsFor(broken, 45)).toThrow(/broken.*secondsPerRep/);
  });

  it('still answers in range for a custom mobe whose range cannot make 30 s', () => {
    const tiny: Mobe = {
      ...CATALOG[0],
      id: 'tiny',
      secondsPerRep: 1,
      reps: { min: 5, max: 9 },
      sides: 'alternate',
    };
    const reps = targetRepsFor(tiny, 45);
    expect(reps).toBe(8); // longest even count in range: closest to the request
    const odd: Mobe = { ...tiny, reps: { min: 7, max: 7 } };
    expect(targetRepsFor(odd, 45)).toBe(7);
  });
});

describe('focusTargetFor', () => {
  it('gives 40 reps by default for every built-in mobe', () => {
    for (const m of CATALOG) expect(focusTargetFor(m), m.id).toBe(40);
  });

  it('clamps a request into the focus dose', () => {
    const circles = catalogById('neck-circles')!; // 26-60, paired
    expect(focusTargetFor(circles, 10)).toBe(26);
    expect(focusTargetFor(circles, 200)).toBe(60);
    expect(focusTargetFor(circles, 50)).toBe(50);
  });

  it('keeps paired patterns even, rounding down unless that leaves the dose', () => {
    const circles = catalogById('neck-circles')!; // 26-60, paired
    expect(focusTargetFor(circles, 41)).toBe(40);
    expect(focusTargetFor(circles, 27)).toBe(26);
    const rotations = catalogById('forearm-rotations')!; // 25-75, not paired
    expect(focusTargetFor(rotations, 41)).toBe(41);
    expect(focusTargetFor(rotations, 75)).toBe(75);
    const oddLow: Mobe = { ...circles, id: 'odd-low', focusReps: { min: 27, max: 40 } };
    expect(focusTargetFor(oddLow, 27)).toBe(28);
  });

  it('never runs past 4 minutes, even for a custom mobe whose dose would', () => {
    const slow: Mobe = {
      ...CATALOG[0],
      id: 'slow',
      secondsPerRep: 6,
      sides: 'none',
      focusReps: { min: 25, max: 75 },
    };
    expect(focusTargetFor(slow, 75)).toBe(40); // 40 x 6 s = 240 s
    expect(focusTargetFor(slow, 75) * slow.secondsPerRep).toBeLessThanOrEqual(240);
  });

  it('rejects a request that is not a number and a mobe without a rhythm, naming them', () => {
    expect(() => focusTargetFor(CATALOG[0], Number.NaN)).toThrow(/focus reps/);
    const broken: Mobe = { ...CATALOG[0], id: 'broken', secondsPerRep: 0 };
    expect(() => focusTargetFor(broken)).toThrow(/broken.*secondsPerRep/);
  });
});
