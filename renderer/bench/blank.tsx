import { StrictMode, useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../styles/base.css';

/**
 * Baseline for the start-up benchmark: the smallest React page built exactly like the break window,
 * rendered the same way (synchronously, so its effects run in the commit, before the frame that
 * paints it) and marking its first frame the same way the break session marks the mobe's.
 */
function Blank() {
  useEffect(() => {
    performance.mark('blank-visible');
    const f = requestAnimationFrame(() => performance.mark('blank-first-frame'));
    return () => cancelAnimationFrame(f);
  }, []);
  return <main className="blank">Blank page</main>;
}

performance.mark('blank-script'); // as the break window's main script marks its start
const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <StrictMode>
      <Blank />
    </StrictMode>,
  ),
);
