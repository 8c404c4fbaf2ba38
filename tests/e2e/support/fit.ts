import { expect, type Frame, type Page } from '@playwright/test';

export interface FitReport {
  viewport: { width: number; height: number };
  /** The page's full size: equal to the viewport when nothing scrolls. */
  page: { width: number; height: number };
  /** Required elements (by selector) missing or not wholly inside the viewport. */
  outside: string[];
  /** Visible text elements whose text is cut (scrollWidth > clientWidth) or that leave the viewport. */
  clipped: string[];
}

export interface FitOptions {
  /** false: the page may scroll down (a resizable window); only the sideways fit counts for text. */
  vertical?: boolean;
}

/**
 * Measures how a window page fits its viewport: whether it scrolls, whether each required element
 * lies wholly inside, and whether any visible text is clipped. Runs in the page (or a frame).
 */
export async function measureFit(
  page: Page | Frame,
  required: string[],
  opts: FitOptions = {},
): Promise<FitReport> {
  return page.evaluate(
    ({ selectors, vertical }) => {
      const vw = window.innerWidth;
      const vh = window.innerHeight;
      const inside = (r: DOMRect, checkVertical: boolean) =>
        r.left >= -0.5 && r.right <= vw + 0.5 && (!checkVertical || (r.top >= -0.5 && r.bottom <= vh + 0.5));
      const describe = (el: Element) => {
        const id = el.getAttribute('data-testid');
        const text = (el.textContent ?? '').trim().slice(0, 40);
        const cls = el.className ? `.${String(el.className).split(' ')[0]}` : '';
        return `${el.tagName.toLowerCase()}${id ? `[${id}]` : cls} "${text}"`;
      };
      const outside: string[] = [];
      for (const sel of selectors) {
        const els = [...document.querySelectorAll(sel)];
        if (els.length === 0) outside.push(`${sel} (missing)`);
        for (const el of els)
          if (!inside(el.getBoundingClientRect(), true)) outside.push(`${sel}: ${describe(el)}`);
      }
      const clipped: string[] = [];
      for (const el of document.querySelectorAll('body *')) {
        if (!(el instanceof HTMLElement) || el.closest('.sr-only')) continue;
        const hasText = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
        );
        if (!hasText || el.getClientRects().length === 0) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden') continue;
        if (el.scrollWidth > el.clientWidth + 0.5 && style.display !== 'inline') {
          clipped.push(`${describe(el)} scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
        } else if (!inside(el.getBoundingClientRect(), vertical)) {
          clipped.push(`${describe(el)} leaves the viewport`);
        }
      }
      const root = document.scrollingElement ?? document.documentElement;
      return {
        viewport: { width: vw, height: vh },
        page: { width: root.scrollWidth, height: root.scrollHeight },
        outside,
        clipped,
      };
    },
    { selectors: required, vertical: opts.vertical !== false },
  );
}

/**
 * Asserts the page fits: no scrolling either way (or, with vertical: false, no sideways scrolling),
 * required elements inside, no text clipped.
 */
export async function expectFits(
  page: Page | Frame,
  required: string[],
  label: string,
  opts: FitOptions = {},
): Promise<FitReport> {
  const r = await measureFit(page, required, opts);
  if (opts.vertical === false) {
    expect.soft(r.page.width, `${label}: the page scrolls sideways`).toBe(r.viewport.width);
  } else {
    expect.soft(r.page, `${label}: the page scrolls`).toEqual(r.viewport);
  }
  expect.soft(r.outside, `${label}: outside the viewport`).toEqual([]);
  expect.soft(r.clipped, `${label}: clipped text`).toEqual([]);
  return r;
}
