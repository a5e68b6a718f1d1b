/**
 * `readOriginalBytes` for handlers: the mail, Outlook, zip and SMS backup readers it needs are
 * loaded on the first record read back, not when the backend starts (most sessions read none back).
 */
import type { OriginalBytes, BytesRecord, SourcePaths } from './original-bytes.js';

export async function readOriginalBytes(record: BytesRecord, sources: SourcePaths): Promise<OriginalBytes> {
  const reader = await import('./original-bytes.js');
  return reader.readOriginalBytes(record, sources);
}
