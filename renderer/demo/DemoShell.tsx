import { useState } from 'react';
import { CATALOG } from '../../shared/catalog/catalog';
import { AppShell } from '../app/AppShell';
import { BreakApp } from '../break/BreakApp';
import { MobeVisual } from '../break/MobeVisual';
import type { BrowserHost } from '../host/browserHost';
import { TrayBar } from './TrayBar';

/**
 * The whole app in one browser page: a simulated tray, the break window (the real BreakApp,
 * mounted in a panel) and the app window (history and settings), all over the real core.
 */
export function DemoShell({ host }: { host: BrowserHost }) {
  const [gallery, setGallery] = useState(false);
  return (
    <div className="demo">
      <TrayBar host={host} />
      <p className="demo-note quiet small">
        A browser demo of Mobes: the engine runs in this page and counts your mouse and keyboard activity in
        this tab as sitting time. Data stays in this browser.{' '}
        <button type="button" className="link" onClick={() => setGallery((g) => !g)} aria-expanded={gallery}>
          {gallery ? 'Hide' : 'Show'} every mobe’s figure
        </button>
      </p>
      {gallery && (
        <section className="gallery" aria-label="All mobe figures">
          {CATALOG.map((m) => (
            <figure key={m.id}>
              <MobeVisual mobe={m} secondHalf={false} moving still={false} />
              <figcaption>
                {m.name} <span className="quiet">· {m.secondsPerRep} s</span>
              </figcaption>
            </figure>
          ))}
        </section>
      )}
      <div className="demo-grid">
        <section className="demo-window break-window" aria-label="Break window">
          <p className="window-title" aria-hidden="true">
            Break window
          </p>
          <BreakApp api={host.api} />
        </section>
        <section className="demo-window app-window" aria-label="App window">
          <p className="window-title" aria-hidden="true">
            App window
          </p>
          <AppShell api={host.api} />
        </section>
      </div>
    </div>
  );
}
