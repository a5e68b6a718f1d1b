/**
 * Native dialogs behind a port. The Electron shell implements it with `dialog.showOpenDialog`;
 * browser mode has no native dialogs (the UI asks for a path instead); tests script answers.
 */
export type DialogPort = {
  readonly supported: boolean;
  pickFolder(options: { title?: string | undefined }): Promise<string | null>;
};

/** Browser mode: the page cannot open a dialog on the server's screen. */
export const noDialogs: DialogPort = {
  supported: false,
  pickFolder: async () => null,
};

/** Tests: answers queued in advance, in order; null once they run out. */
export function scriptedDialogs(answers: Array<string | null>): DialogPort {
  const queue = [...answers];
  return {
    supported: true,
    pickFolder: async () => queue.shift() ?? null,
  };
}
