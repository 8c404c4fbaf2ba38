import { useEffect, useState } from 'react';
import type { TrayIcon, TrayState } from '../../shared/app/ports';
import type { BrowserHost } from '../host/browserHost';

/** A stand-in for the system tray: the icon state, its tooltip, and the tray menu's actions. */
export function TrayBar({ host }: { host: BrowserHost }) {
  const [tray, setTray] = useState<TrayState>(() => host.tray());
  const [locked, setLocked] = useState(false);
  const [onCall, setOnCall] = useState(false);
  useEffect(() => host.onTray(setTray), [host]);

  const pauseFor = (ms: number) => host.action({ action: 'pause', until: Date.now() + ms });
  const pauseUntilTomorrow = () => {
    const t = new Date();
    t.setHours(24, 0, 0, 0);
    host.action({ action: 'pause', until: t.getTime() });
  };
  const toggleCall = () => {
    host.context(onCall ? [] : ['call']);
    setOnCall(!onCall);
  };
  const toggleLock = () => {
    host.power(locked ? 'unlock' : 'lock');
    setLocked(!locked);
  };

  return (
    <header className="tray-bar" aria-label="Simulated tray">
      <div className="tray-status" title={tray.tooltip}>
        <TrayGlyph icon={tray.icon} />
        <div>
          <p className="tray-tooltip" data-testid="tray-tooltip">
            {tray.tooltip}
          </p>
          {tray.heldLine && (
            <p className="tray-held" data-testid="tray-held">
              {tray.heldLine}
            </p>
          )}
          <p className="tray-today" data-testid="tray-today">
            {tray.todayLine} <span className="quiet">· icon: </span>
            <code data-testid="tray-icon">{tray.icon}</code>
          </p>
        </div>
      </div>
      <div className="tray-menu" role="group" aria-label="Tray menu">
        <button type="button" onClick={() => host.action({ action: 'start-break' })}>
          Start a break now
        </button>
        {tray.canStartFocus && (
          <button type="button" onClick={() => host.action({ action: 'start-focus' })}>
            Start a focus set now
          </button>
        )}
        <button type="button" onClick={() => host.action({ action: 'snooze' })} disabled={!tray.canSnooze}>
          Snooze
        </button>
        {tray.paused ? (
          <button type="button" onClick={() => host.action({ action: 'resume' })}>
            Resume
          </button>
        ) : (
          <>
            <button type="button" onClick={() => pauseFor(30 * 60_000)}>
              Pause 30 min
            </button>
            <button type="button" onClick={() => pauseFor(60 * 60_000)}>
              Pause 1 h
            </button>
            <button type="button" onClick={pauseUntilTomorrow}>
              Pause until tomorrow
            </button>
          </>
        )}
        {tray.meeting ? (
          <button type="button" onClick={() => host.action({ action: 'end-meeting' })}>
            End meeting
          </button>
        ) : (
          <button
            type="button"
            onClick={() => host.action({ action: 'meeting', until: Date.now() + 30 * 60_000 })}
          >
            Meeting 30 min
          </button>
        )}
        <button type="button" className="quiet-btn" aria-pressed={onCall} onClick={toggleCall}>
          {onCall ? 'End the call' : 'Join a call'}
        </button>
        <button type="button" className="quiet-btn" aria-pressed={locked} onClick={toggleLock}>
          {locked ? 'Unlock screen' : 'Lock screen'}
        </button>
      </div>
    </header>
  );
}

/** The tray icon, drawn: five steps of a filling ring, "due", "paused" and "off hours". */
function TrayGlyph({ icon }: { icon: TrayIcon }) {
  const step = icon.startsWith('progress-') ? Number(icon.slice(9)) : null;
  const c = 2 * Math.PI * 9;
  return (
    <svg className={`tray-glyph is-${icon}`} viewBox="0 0 24 24" role="img" aria-label={`Tray icon: ${icon}`}>
      <circle className="g-track" cx={12} cy={12} r={9} />
      {step !== null && (
        <circle
          className="g-fill"
          cx={12}
          cy={12}
          r={9}
          strokeDasharray={c}
          strokeDashoffset={c * (1 - (step + 1) / 5)}
          transform="rotate(-90 12 12)"
        />
      )}
      {icon === 'due' && <circle className="g-due" cx={12} cy={12} r={6} />}
      {icon === 'paused' && <path className="g-mark" d="M9.5 8 V16 M14.5 8 V16" />}
      {icon === 'off' && <path className="g-mark" d="M8 12 H16" />}
    </svg>
  );
}
