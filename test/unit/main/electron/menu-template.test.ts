import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../../main/electron/menu-template.js';

// Derived rather than imported: outside main/electron, lint forbids even type imports of electron.
type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('menuTemplate', () => {
  it('has File (Quit), Edit and Help (About) in a release build on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = menuTemplate({ isDev: false, platform });
      expect(template.map((item) => item.label ?? item.role)).toEqual(['&File', 'editMenu', '&Help']);
      expect(roles(template)).toEqual(['quit', 'editMenu', 'about']);
    }
  });

  it('adds reload and DevTools only in development', () => {
    const release = roles(menuTemplate({ isDev: false, platform: 'linux' }));
    const dev = roles(menuTemplate({ isDev: true, platform: 'linux' }));
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(release).not.toContain(role);
      expect(dev).toContain(role);
    }
  });

  it('follows macOS conventions: About and Quit live in the application menu', () => {
    const template = menuTemplate({ isDev: false, platform: 'darwin' });
    expect(roles(template)).toEqual(['appMenu', 'close', 'editMenu']);
  });

  it('has no click handlers, so the menu cannot reach the backend behind the renderer', () => {
    const hasClick = (items: MenuItemConstructorOptions[]): boolean =>
      items.some((item) => item.click !== undefined || (Array.isArray(item.submenu) && hasClick(item.submenu)));
    expect(hasClick(menuTemplate({ isDev: true, platform: 'linux' }))).toBe(false);
  });
});
