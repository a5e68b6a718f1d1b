/**
 * The application menu as data. Only roles, no click handlers, so the template is pure and
 * testable, and the menu cannot reach the backend behind the renderer's back.
 *
 * "Open case…" is not here yet: opening a case from the menu must tell the renderer, and the
 * contract has no event for that; it arrives with the renderer's menu-command event.
 */
import type { MenuItemConstructorOptions } from 'electron';

export type MenuTemplateOptions = {
  /** Developer build (`!app.isPackaged`): adds reload and DevTools. */
  isDev: boolean;
  /** `process.platform`: macOS puts About and Quit in the application menu. */
  platform: NodeJS.Platform;
};

/** The menu template for `Menu.buildFromTemplate`. */
export function menuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({ role: 'appMenu' });
  }
  template.push({ label: '&File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] });
  template.push({ role: 'editMenu' });
  if (options.isDev) {
    // Reload and DevTools are for developers; in a release they would let an officer lose
    // unsaved UI state or poke at the backend bridge.
    template.push({
      label: '&View',
      submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }],
    });
  }
  if (!isMac) {
    template.push({ label: '&Help', submenu: [{ role: 'about' }] });
  }
  return template;
}
