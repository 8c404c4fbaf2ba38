import type { WindowSize } from '../../shared/geometry/windowSizes';

export interface WindowFrameProps {
  title: string;
  /** The page, as the desktop app loads it (break.html, app.html#history...). */
  src: string;
  size: WindowSize;
  className?: string;
}

/**
 * One desktop window in the demo: its real page in an iframe of exactly the window's size (from
 * shared/geometry), so the page gets the same CSS viewport as on the desktop and what the demo shows
 * is what the desktop shows. The page reaches the demo's core through the parent's window.mobes.
 */
export function WindowFrame({ title, src, size, className }: WindowFrameProps) {
  return (
    <section className={`demo-window ${className ?? ''}`} aria-label={title}>
      <p className="window-title" aria-hidden="true">
        {title} <span className="quiet">· {`${size.width}×${size.height}`}</span>
      </p>
      <iframe title={title} src={src} width={size.width} height={size.height} />
    </section>
  );
}
