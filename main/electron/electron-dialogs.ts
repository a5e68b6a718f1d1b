/**
 * The host's {@link DialogPort} on the desktop: native folder pickers, attached to the main
 * window so they are modal to it.
 */
import { dialog, shell } from 'electron';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import type { DialogPort } from '../host/dialog-port.js';

/** Native dialogs parented to `win` (or free-standing once it has been closed). */
export function electronDialogs(win: BrowserWindow): DialogPort {
  return {
    supported: true,
    async pickFolder({ title }) {
      const options: OpenDialogOptions = {
        // A case is a folder the user chooses, often a new one, hence createDirectory.
        properties: ['openDirectory', 'createDirectory'],
        ...(title === undefined ? {} : { title }),
      };
      const result = win.isDestroyed() ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(win, options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showInFolder(path) {
      shell.showItemInFolder(path);
      return true;
    },
  };
}
