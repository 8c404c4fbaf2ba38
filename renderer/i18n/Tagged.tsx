import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with simple tags in it ("Today <b>3</b> of 8"), rendered with the element
 * given for each tag name. Tags are one level deep and never nested, which is all the texts use (the
 * key parity test checks every language keeps the same tags). It stands in for react-i18next's
 * <Trans> in the break window: Trans brings an HTML parser with it, about 8 KB gzipped, and the break
 * window's script budget is 100 KB (scripts/bench-renderer.mjs).
 */
export function Tagged({
  text,
  tags,
}: {
  text: string;
  tags: Record<string, (children: string) => ReactNode>;
}) {
  const parts: ReactNode[] = [];
  const pattern = /<([a-z][a-z0-9]*)>(.*?)<\/\1>/gs;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const render = tags[m[1]];
    if (!render) continue; // an unknown tag stays as it is written
    parts.push(text.slice(last, m.index), <Fragment key={m.index}>{render(m[2])}</Fragment>);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
