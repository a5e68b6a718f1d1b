/**
 * The chat and document part of `npm run bench -- ingest`: chat messages per second over the
 * corpus's real chat exports scaled up (chat-corpus.ts), and document megabytes per second over
 * the corpus's real documents (PDF, DOCX, XLSX, HTML, CSV, RTF…), each through `sources.add`.
 */
import { resolve } from 'node:path';
import { MB, fmt, say } from './bench-kit.js';
import { REPO_ROOT } from './bench-paths.js';
import { writeChatCorpus } from './chat-corpus.js';
import { ingestThroughApp, type AppIngest } from './ingest-through-app.js';
import { makeTempFolder } from './temp-folders.js';

export const DOCUMENT_CORPUS = resolve(REPO_ROOT, '..', 'shared', 'corpus', 'docs');

/** 200 copies of the 507-message export: about 100,000 messages, a few seconds' work. */
const CHAT_COPIES = 200;

function report(label: string, run: AppIngest): void {
  const seconds = run.ms / 1000;
  say(`        ${label}: ${fmt(seconds, 2)} s, ${fmt(run.bytes / MB, 1)} MB in ${fmt(run.files)} files, peak RSS ${fmt(run.peakRssBytes / MB)} MB`);
  say(`        records by kind ${JSON.stringify(run.recordsByKind)}, duplicates ${fmt(run.duplicates)}, errors ${fmt(run.errors)} (+${fmt(run.warnings)} warnings)`);
}

export async function runFormatsBench(): Promise<Record<string, unknown>> {
  const folder = await makeTempFolder('foia-bench-chat-');
  try {
    const { copiedMessages } = await writeChatCorpus(folder.path, CHAT_COPIES);
    say(`chats   the corpus's chat exports + ${CHAT_COPIES} year-shifted copies of the genuine WhatsApp group (${fmt(copiedMessages)} messages)`);
    const chats = await ingestThroughApp(folder.path, 'hola', { channel: 'personal-chat', timeZone: 'America/Lima' });
    const messages = chats.recordsByKind['chat-message'] ?? 0;
    const chatSeconds = chats.ms / 1000;
    say(`ours    ${fmt(messages / chatSeconds)} chat messages/s (${fmt(messages)} messages; "hola" hits ${fmt(chats.wordHits)})`);
    report('chats', chats);

    say(`docs    ${DOCUMENT_CORPUS}`);
    const documents = await ingestThroughApp(DOCUMENT_CORPUS, 'the', { channel: 'documents' });
    const docSeconds = documents.ms / 1000;
    say(`ours    ${fmt(documents.bytes / MB / docSeconds, 2)} document MB/s (${fmt(documents.files)} files)`);
    report('documents', documents);
    return {
      chats: { ...chats, messages, messagesPerSecond: messages / chatSeconds },
      documents: { ...documents, megabytesPerSecond: documents.bytes / MB / docSeconds },
    };
  } finally {
    await folder.remove();
  }
}
