/**
 * Android "SMS Backup & Restore" files (`sms-….xml`, `calls-….xml`), read as a stream: backups
 * with years of MMS photos run to gigabytes. The source's custodian is the phone's owner, the
 * sender of its sent messages and calls.
 */
import { readSmsBackup } from '../../chat/sms/read-sms-backup.js';
import type { Extractor } from '../adapter.js';
import { streamedChatItems } from '../chat/streamed-chat.js';
import { hashedChunks } from '../hashed-chunks.js';

const extractor: Extractor = {
  async *extract(input) {
    const file = hashedChunks(input);
    const outputs = readSmsBackup(file.chunks, { timeZone: input.options.timeZone, signal: input.signal, owner: { name: input.custodian, id: '' } });
    yield* streamedChatItems(outputs, 'sms', '');
    return { sha256: file.sha256() };
  },
};

export default extractor;
