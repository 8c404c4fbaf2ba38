/** Menu and MenuItem, nativeImage and Tray. */
import type {
  Menu as ElectronMenu,
  MenuItem as ElectronMenuItem,
  MenuItemConstructorOptions,
  NativeImage,
  Rectangle,
  Tray as ElectronTray,
} from 'electron';
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { cancellable, destroyedError, state } from './state';

export class FakeMenuItem {
  id: string;
  label: string;
  type: NonNullable<MenuItemConstructorOptions['type']>;
  enabled: boolean;
  checked: boolean;
  visible: boolean;
  submenu: FakeMenu | null;
  private readonly onClick: MenuItemConstructorOptions['click'];

  constructor(options: MenuItemConstructorOptions) {
    this.id = options.id ?? '';
    this.label = options.label ?? '';
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.enabled = options.enabled ?? true;
    this.checked = options.checked ?? false;
    this.visible = options.visible ?? true;
    this.submenu = Array.isArray(options.submenu) ? FakeMenu.buildFromTemplate(options.submenu) : null;
    this.onClick = options.click;
  }
  /** What Electron does on a click: checkboxes flip first, then the click handler runs. */
  click(): void {
    if (!this.enabled) return;
    if (this.type === 'checkbox') this.checked = !this.checked;
    this.onClick?.(
      this as unknown as ElectronMenuItem,
      undefined,
      {} as KeyboardEvent & Electron.KeyboardEvent,
    );
  }
}

export class FakeMenu {
  static buildFromTemplate(template: Array<MenuItemConstructorOptions | ElectronMenuItem>): FakeMenu {
    const menu = new FakeMenu();
    for (const options of template) {
      const o = options as MenuItemConstructorOptions;
      if (
        o.type &&
        !['normal', 'separator', 'submenu', 'checkbox', 'radio', 'header', 'palette'].includes(o.type)
      ) {
        throw new TypeError(`Invalid menu item type: ${o.type}`);
      }
      menu.items.push(new FakeMenuItem(o));
    }
    return menu;
  }
  items: FakeMenuItem[] = [];
  /** Finds an item by id anywhere in the menu. */
  find(id: string): FakeMenuItem | undefined {
    for (const item of this.items) {
      if (item.id === id) return item;
      const inner = item.submenu?.find(id);
      if (inner) return inner;
    }
    return undefined;
  }
}

export class FakeNativeImage {
  private template = false;
  constructor(readonly path: string) {}
  isEmpty(): boolean {
    return !this.path || !existsSync(this.path);
  }
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
}

type TraySlice = Pick<
  ElectronTray,
  'setImage' | 'setToolTip' | 'setContextMenu' | 'popUpContextMenu' | 'getBounds' | 'destroy' | 'isDestroyed'
>;

export class FakeTray extends EventEmitter implements TraySlice {
  image: FakeNativeImage;
  tooltip = '';
  contextMenu: FakeMenu | null = null;
  calls = { setImage: 0, setToolTip: 0, setContextMenu: 0, popUpContextMenu: 0 };
  private destroyed = false;

  constructor(image: NativeImage | string) {
    super();
    this.image =
      typeof image === 'string' ? new FakeNativeImage(image) : (image as unknown as FakeNativeImage);
    state.trays.push(this);
  }
  private alive() {
    if (this.destroyed) throw destroyedError();
  }
  setImage(image: NativeImage | string): void {
    this.alive();
    this.image =
      typeof image === 'string' ? new FakeNativeImage(image) : (image as unknown as FakeNativeImage);
    this.calls.setImage++;
  }
  setToolTip(toolTip: string): void {
    this.alive();
    this.tooltip = toolTip;
    this.calls.setToolTip++;
  }
  setContextMenu(menu: ElectronMenu | null): void {
    this.alive();
    this.contextMenu = menu as unknown as FakeMenu | null;
    this.calls.setContextMenu++;
  }
  popUpContextMenu(): void {
    this.alive();
    this.calls.popUpContextMenu++;
  }
  getBounds(): Rectangle {
    this.alive();
    return { ...state.trayBounds };
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** A left click; Linux AppIndicator trays never deliver one. */
  clickIcon(): void {
    if (state.platform === 'linux') return;
    this.emit('click', cancellable(), this.getBounds(), { x: 0, y: 0 });
  }
}

export const nativeImage = {
  createFromPath: (path: string) => new FakeNativeImage(path),
  createEmpty: () => new FakeNativeImage(''),
};
