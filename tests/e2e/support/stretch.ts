import type { Page } from '@playwright/test';

/**
 * A pseudo-locale for the tests: every word on the page grows by about 40 % (and gains accents), as
 * German and other translations do, so a layout is proven to hold longer text before any translation
 * exists. Applied in the page as React renders (a MutationObserver over text nodes); numbers stay.
 */
export async function stretchTexts(page: Page, factor = 1.4): Promise<void> {
  await page.addInitScript((f: number) => {
    const ACCENT: Record<string, string> = {
      a: 'á',
      e: 'é',
      i: 'í',
      o: 'ö',
      u: 'ü',
      n: 'ñ',
      c: 'ç',
      s: 'š',
      A: 'Å',
      E: 'É',
      O: 'Ö',
      U: 'Ü',
    };
    const done = new WeakMap<Node, string>();
    const stretchWord = (w: string) => {
      const extra = Math.ceil(w.length * (f - 1));
      let add = '';
      for (let i = 0; add.length < extra; i++) add += w[i % w.length].toLowerCase();
      return [...(w + add)].map((ch) => ACCENT[ch] ?? ch).join('');
    };
    const stretch = (node: Node) => {
      const text = node.nodeValue ?? '';
      if (done.get(node) === text || !/\p{L}/u.test(text)) return;
      const next = text.replace(/\p{L}+/gu, stretchWord);
      done.set(node, next);
      node.nodeValue = next;
    };
    const walk = (root: Node) => {
      if (root.nodeType === Node.TEXT_NODE) return stretch(root);
      const it = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = it.nextNode(); n; n = it.nextNode()) stretch(n);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') stretch(r.target);
        r.addedNodes.forEach(walk);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, factor);
}
