/**
 * The mail folder a file's records were filed in, from where the file sits in the source:
 * `inbox/genie/12.` → `inbox/genie`; Maildir's `Sent/cur/1234:2,S` → `Sent`; Maildir++'s
 * `.Archive.2021/cur/…` → `Archive/2021`; Thunderbird's `Inbox.sbd/Projects` (an mbox file, so
 * the file itself is the folder) → `Inbox/Projects`.
 */
const MAILDIR_LEAVES = new Set(['cur', 'new', 'tmp']);
const MBOX_EXTENSION = /\.(mbox|mbx|mbox\.txt)$/i;

export function folderOf(relativePath: string, fileIsFolder: boolean): string {
  const parts = relativePath.split('/');
  const fileName = parts.pop() ?? '';
  if (fileIsFolder) {
    parts.push(fileName.replace(MBOX_EXTENSION, ''));
  } else if (parts.length > 0 && MAILDIR_LEAVES.has(parts[parts.length - 1] ?? '')) {
    parts.pop();
  }
  return parts
    .flatMap((part) => {
      if (part.endsWith('.sbd')) {
        return [part.slice(0, -4)];
      }
      // Maildir++ subfolders: ".Sent.2021" is Sent/2021 (a dot-led name, dots as separators).
      if (part.startsWith('.') && part.length > 1 && part !== '..') {
        return part.slice(1).split('.').filter((segment) => segment !== '');
      }
      return [part];
    })
    .filter((part) => part !== '')
    .join('/');
}
