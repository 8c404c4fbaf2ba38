import type { NativeImage } from 'electron';
import { Menu, Tray, nativeImage } from 'electron';
import type { TrayIcon, TrayState } from '../../shared/app/ports';
import type { Translator } from '../../shared/i18n/translator';
import { englishTranslator } from '../../shared/i18n/translator';
import type { Rect } from '../../shared/geometry/breakWindow';
import type { ShellPlatform } from './trayIcons';
import { trayIconPath } from './trayIcons';
import type { TrayActions } from './trayMenu';
import { trayMenuKey, trayMenuTemplate } from './trayMenu';

export interface TrayControllerContext {
  platform: ShellPlatform;
  iconsDir: string;
  actions: TrayActions;
  initial: TrayState;
  /** The language of the menu's labels, read at each rebuild; English without it. */
  translator?(): Translator;
}

export interface TrayController {
  /** Applies a new state; a no-op when nothing visible changed. */
  update(state: TrayState): void;
  /** Tray icon bounds, or null when the platform does not report them (Linux). */
  bounds(): Rect | null;
  /** The menu as it is now (tests and the e2e hook walk it). */
  menu(): Menu;
  destroy(): void;
}

/**
 * The tray icon, tooltip and menu. Rebuilt only when the core reports a change, never on a timer.
 */
export function createTrayController(ctx: TrayControllerContext): TrayController {
  const images = new Map<TrayIcon, NativeImage>();
  const image = (icon: TrayIcon): NativeImage => {
    let img = images.get(icon);
    if (!img) {
      img = nativeImage.createFromPath(trayIconPath(ctx.iconsDir, ctx.platform, icon));
      // The *Template.png name already marks it; set it explicitly too.
      if (ctx.platform === 'darwin') img.setTemplateImage(true);
      images.set(icon, img);
    }
    return img;
  };

  const tray = new Tray(image(ctx.initial.icon));
  let icon = ctx.initial.icon;
  let tooltip = '';
  let menuKey = '';
  let menu: Menu = Menu.buildFromTemplate([]);

  if (ctx.platform === 'win32') {
    // Windows users expect a left click to open the tray menu (right click does it by default).
    tray.on('click', () => tray.popUpContextMenu());
  }

  const update = (state: TrayState): void => {
    if (state.icon !== icon) {
      icon = state.icon;
      tray.setImage(image(icon));
    }
    if (state.tooltip !== tooltip) {
      tooltip = state.tooltip;
      tray.setToolTip(tooltip);
    }
    const tr = ctx.translator?.() ?? englishTranslator;
    const key = trayMenuKey(state, tr);
    if (key !== menuKey) {
      menuKey = key;
      menu = Menu.buildFromTemplate(trayMenuTemplate(state, ctx.actions, tr));
      tray.setContextMenu(menu);
    }
  };
  update(ctx.initial);

  return {
    update,
    bounds() {
      const b = tray.getBounds();
      return b.width > 0 && b.height > 0 ? b : null;
    },
    menu: () => menu,
    destroy: () => tray.destroy(),
  };
}
