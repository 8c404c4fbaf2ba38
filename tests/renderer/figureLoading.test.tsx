import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogById } from '../../shared/catalog/catalog';
import { MobeVisual } from '../../renderer/break/MobeVisual';
import { loadedFigure } from '../../renderer/break/figures/registry';

/** A module graph of its own (vitest isolates test files), so no figure file is loaded yet here. */
describe('figures load when their mobe is shown', () => {
  it('an empty frame while its file loads, then the mobe’s own figure; other files stay unloaded', async () => {
    const mobe = catalogById('neck-circles')!;
    expect(loadedFigure('neck-circles')).toBeUndefined();
    const { container } = render(<MobeVisual mobe={mobe} secondHalf={false} moving still={false} />);
    const svg = () => container.querySelector('svg.fig')!;
    expect(svg().getAttribute('data-figure')).toBe('loading');
    expect(svg().querySelectorAll('.osc')).toHaveLength(0);
    await waitFor(() => expect(svg().getAttribute('data-figure')).toBe('neck-circles'));
    expect(svg().querySelectorAll('.osc').length).toBeGreaterThan(0);
    // Same file: loaded with it. Another file: not fetched.
    expect(loadedFigure('neck-side-bends')).toBeDefined();
    expect(loadedFigure('wrist-circles')).toBeUndefined();
  });
});
