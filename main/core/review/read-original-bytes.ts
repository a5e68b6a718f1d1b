/**
 * `readOriginalBytes` for handlers: the mail, Outlook, zip and SMS backup readers it needs are
 * loaded on the first record read back, not when the backend starts (most sessions read none back).
 */
import type * as OriginalBytesModule from './original-bytes.js';
import type { OriginalBytes, BytesRecord, SourcePaths } from './original-bytes.js';

let loaded: typeof OriginalBytesModule | null = null;

export async function readOriginalBytes(record: BytesRecord, sources: SourcePaths): Promise<OriginalBytes> {
  loaded ??= await import('./original-bytes.js');
  return loaded.readOriginalBytes(record, sources);
}

/** Closes the source files readers keep open between reads (a closing case's SMS backups). */
export function closeOriginalReaders(): void {
  loaded?.closeBackupReaders();
}
