import { useEffect, useState } from 'react';
import { CATALOG } from '../../shared/catalog/catalog';
import { APP_WINDOW, APP_WINDOW_MIN, BREAK_WINDOW, WELCOME_WINDOW } from '../../shared/geometry/windowSizes';
import type { Mobe } from '../../shared/catalog/types';
import { MobeVisual } from '../break/MobeVisual';
import { useMobeTexts } from '../i18n/mobeTexts';
import type { BrowserHost } from '../host/browserHost';
import { TrayBar } from './TrayBar';
import { WindowFrame } from './WindowFrame';

/**
 * The whole app in one browser page: a simulated tray, and the break window, the app window (history
 * and settings) and, on a first start, the welcome, each in a frame of its true size, all over the
 * real core.
 */
export function DemoShell({ host }: { host: BrowserHost }) {
  const [gallery, setGallery] = useState(false);
  const [welcome, setWelcome] = useState(false);
  // ?app=min shows the app window at the smallest size the user can make it.
  const appSize =
    new URLSearchParams(window.location.search).get('app') === 'min' ? APP_WINDOW_MIN : APP_WINDOW;
  useEffect(() => {
    void host.api.getSettings().then((res) => res.ok && setWelcome(!res.value.settings.welcomeDone));
    return host.api.onSettingsChanged((s) => setWelcome(!s.welcomeDone));
  }, [host]);
  return (
    <div className="demo">
      <TrayBar host={host} />
      <p className="demo-note quiet small">
        A browser demo of Mobes: the engine runs in this page and counts your mouse and keyboard activity in
        this tab as sitting time. Data stays in this browser. Each window is shown at its real size.{' '}
        <button type="button" className="link" onClick={() => setGallery((g) => !g)} aria-expanded={gallery}>
          {gallery ? 'Hide' : 'Show'} every mobe’s figure
        </button>
      </p>
      {gallery && (
        <section className="gallery" aria-label="All mobe figures">
          {CATALOG.map((m) => (
            <figure key={m.id}>
              <MobeVisual mobe={m} secondHalf={false} moving still={false} />
              <GalleryCaption mobe={m} />
            </figure>
          ))}
        </section>
      )}
      <div className="demo-grid">
        {welcome && (
          <WindowFrame title="Welcome" src="welcome.html" size={WELCOME_WINDOW} className="welcome-window" />
        )}
        <WindowFrame title="Break window" src="break.html" size={BREAK_WINDOW} className="break-window" />
        <WindowFrame title="App window" src="app.html#history" size={appSize} className="app-window" />
      </div>
    </div>
  );
}

function GalleryCaption({ mobe }: { mobe: Mobe }) {
  const texts = useMobeTexts(mobe);
  return (
    <figcaption>
      {texts.name} <span className="quiet">· {mobe.secondsPerRep} s</span>
    </figcaption>
  );
}
