import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/base.css';

/**
 * Baseline for the start-up benchmark: the smallest React page built exactly like the break window,
 * marking its first frame the same way the break session marks the mobe's.
 */
function Blank() {
  useEffect(() => {
    performance.mark('blank-visible');
    const f = requestAnimationFrame(() => performance.mark('blank-first-frame'));
    return () => cancelAnimationFrame(f);
  }, []);
  return <main className="blank">Blank page</main>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Blank />
  </StrictMode>,
);
