/**
 * Native dialogs behind a port. The Electron shell implements it with `dialog.showOpenDialog`;
 * browser mode has no native dialogs (the UI asks for a path instead); tests script answers.
 */
export type DialogPort = {
  readonly supported: boolean;
  pickFolder(options: { title?: string | undefined }): Promise<string | null>;
  /** Shows a file selected in the system's file manager; false where the host cannot. */
  showInFolder(path: string): Promise<boolean>;
};

/** Browser mode: the page cannot open a dialog on the server's screen. */
export const noDialogs: DialogPort = {
  supported: false,
  pickFolder: async () => null,
  showInFolder: async () => false,
};

/** Tests: answers queued in advance, in order; null once they run out. Paths shown are pushed to `shown`. */
export function scriptedDialogs(answers: Array<string | null>, shown: string[] = []): DialogPort {
  const queue = [...answers];
  return {
    supported: true,
    pickFolder: async () => queue.shift() ?? null,
    showInFolder: async (path) => {
      shown.push(path);
      return true;
    },
  };
}
