import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../shared/catalog/catalog';
import { cycleSeconds, MobeVisual } from '../../renderer/break/MobeVisual';
import { FIGURE_SOURCES, loadAllFigures, loadFigure } from '../../renderer/break/figures/registry';

let FIGURES: Awaited<ReturnType<typeof loadAllFigures>>;
beforeAll(async () => {
  FIGURES = await loadAllFigures();
});

describe('figure registry', () => {
  it('every source names a file that really draws that mobe', async () => {
    expect(Object.keys(FIGURES).sort()).toEqual(Object.keys(FIGURE_SOURCES).sort());
    for (const [id, file] of Object.entries(FIGURE_SOURCES)) {
      const mod = (await import(`../../renderer/break/figures/${file}.tsx`)) as {
        DRAWINGS: Record<string, unknown>;
      };
      expect(mod.DRAWINGS[id], `${file}.tsx draws ${id}`).toBe(FIGURES[id]);
    }
  });

  it('a mobe without a figure of its own loads nothing and resolves to none', async () => {
    expect(await loadFigure('no-such-mobe')).toBeUndefined();
  });

  it('has a figure for every catalog mobe and none for mobes that do not exist', () => {
    expect(Object.keys(FIGURES).sort()).toEqual(CATALOG.map((m) => m.id).sort());
  });

  it('gives every mobe a drawing of its own, not one shared with another mobe', () => {
    const components = Object.values(FIGURES);
    expect(new Set(components).size).toBe(components.length);
  });
});

describe('figures move at their mobe’s rhythm', () => {
  it.each(CATALOG.map((m) => [m.id, m] as const))('%s', (_, mobe) => {
    const { container } = render(<MobeVisual mobe={mobe} secondHalf={false} moving still={false} />);
    const svg = container.querySelector('svg.fig') as SVGSVGElement;
    expect(svg.getAttribute('data-figure')).toBe(mobe.id);
    // One cycle is one rep, or two for alternating mobes (one to each side).
    const perRep = mobe.sides === 'alternate' ? 2 : 1;
    expect(svg.style.getPropertyValue('--cycle')).toBe(`${mobe.secondsPerRep * perRep}s`);
    expect(cycleSeconds(mobe)).toBe(mobe.secondsPerRep * perRep);
    // Something moves, and every oscillator says where it turns and between which values.
    const oscs = [...svg.querySelectorAll<SVGGElement>('g.osc')];
    expect(oscs.length).toBeGreaterThan(0);
    for (const g of oscs) {
      expect(g.style.getPropertyValue('--a0'), mobe.id).not.toBe('');
      expect(g.style.getPropertyValue('--a1'), mobe.id).not.toBe('');
      expect(g.style.getPropertyValue('--a0'), mobe.id).not.toMatch(/NaN|Infinity/);
      expect(g.style.getPropertyValue('--a1'), mobe.id).not.toMatch(/NaN|Infinity/);
    }
  });
});
