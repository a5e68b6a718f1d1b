/**
 * Text from records (subjects, names, file names) is untrusted: escape sequences in it would
 * drive the officer's terminal (retitle it, clear it, fake output). Strip C0/C1 controls.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}
