import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronDouble')).electronModule);

import { eventSender } from '../../electron/ipc/events';
import { openWindowPositionsFile } from '../../electron/store/windowPositionsFile';
import { createBreakWindowController } from '../../electron/windows/breakWindow';
import { pageLocator } from '../../electron/windows/pages';
import { windowFactory } from '../../electron/windows/windowFactory';
import { BREAK_WINDOW } from '../../shared/geometry/windowSizes';
import type { BreakView } from '../../shared/ipc/contract';
import { makeDisplay, resetElectron, state } from './electronDouble';

const pages = pageLocator(null);
const { sendTo } = eventSender(() => [], pages.isOurs);
const view = (promptId: string) => ({ promptId }) as unknown as BreakView;
let dir: string;

function controller(file = join(dir, 'window-positions.json'), log = vi.fn()) {
  return createBreakWindowController({
    createWindow: windowFactory('/out/preload/index.cjs'),
    url: pages.url('break'),
    platform: 'linux',
    trayBounds: () => null,
    send: (win, name, payload) => sendTo(win, name, payload),
    positions: openWindowPositionsFile(file, log),
    now: () => 1_000,
  });
}

beforeEach(() => {
  resetElectron('linux');
  dir = mkdtempSync(join(tmpdir(), 'mobes-pos-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the break window remembers where the user put it', () => {
  it('a drag is kept, in a file, and the next break (even after a restart) opens there', () => {
    const ctl = controller();
    ctl.show(view('p1'));
    const win = state.windows[0];
    const first = win.getBounds();
    win.setBounds({ x: 300, y: 200 }); // the user drags it by its title bar
    ctl.hide();
    const saved = JSON.parse(readFileSync(join(dir, 'window-positions.json'), 'utf8'));
    expect(Object.values(saved.spots)).toEqual([{ x: 300, y: 200, at: 1_000 }]);
    ctl.show(view('p2'));
    expect(win.getBounds()).toEqual({ x: 300, y: 200, ...BREAK_WINDOW });
    ctl.destroy();

    resetElectron('linux');
    const again = controller();
    again.show(view('p3'));
    expect(state.windows[0].getBounds()).toMatchObject({ x: 300, y: 200 });
    expect(first).not.toMatchObject({ x: 300, y: 200 });
  });

  it('an untouched window writes nothing', () => {
    const ctl = controller();
    ctl.show(view('p1'));
    ctl.hide();
    expect(() => readFileSync(join(dir, 'window-positions.json'))).toThrow();
  });

  it('with the monitor it was on unplugged, the window goes to the default place', () => {
    state.displays = [
      makeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 }, { x: 0, y: 0, width: 1920, height: 1040 }),
      makeDisplay(
        2,
        { x: 1920, y: 0, width: 2560, height: 1440 },
        { x: 1920, y: 0, width: 2560, height: 1400 },
      ),
    ];
    const ctl = controller();
    ctl.show(view('p1'));
    state.windows[0].setBounds({ x: 3000, y: 100 });
    ctl.hide();
    state.displays = [state.displays[0]];
    ctl.show(view('p2'));
    const b = state.windows[0].getBounds();
    expect(b.x + b.width).toBeLessThanOrEqual(1920);
  });

  it('a corrupt positions file is logged and ignored; the break still shows, and a new drag replaces it', () => {
    const file = join(dir, 'window-positions.json');
    writeFileSync(file, '{"spots": {"x": ');
    const log = vi.fn();
    const ctl = controller(file, log);
    ctl.show(view('p1'));
    expect(state.windows[0].isVisible()).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('is not JSON'));
    state.windows[0].setBounds({ x: 50, y: 60 });
    ctl.hide();
    expect(Object.values(JSON.parse(readFileSync(file, 'utf8')).spots)).toEqual([
      { x: 50, y: 60, at: 1_000 },
    ]);
  });
});
