/**
 * Whether a file is one the source's chat mapping describes, judged from its first bytes only.
 *
 * A mapping names CSV columns or JSON fields; a source also holds files it was not written for
 * (a WhatsApp .txt, notes, another export). Those must reach their own readers instead of failing
 * in the mapping's, so a file is read through the mapping only when its head fits: a CSV header
 * row with every named column (or, without a header, a first row with enough columns and a
 * timestamp in the mapping's format), a JSON document that starts like one and names the
 * mapping's first key. Cheap on purpose: it runs for every file of the mapping's extensions.
 */
import iconv from 'iconv-lite';
import { checkChatMapping, type CompiledChatMapping } from '../chat/mapped/chat-mapping.js';
import { encodingFromBom } from '../chat/mapped/text-chunks.js';
import { readTimestamp } from '../chat/mapped/timestamp-format.js';

export type MappingFit = { fits: true } | { fits: false; reason: string };

const NO_FIT_SHOWN_COLUMNS = 12;

/**
 * The source's mapping, checked and compiled; null when it has none or it is not valid (it was
 * checked when the source was added; the worker trusts nothing). One source has one mapping, so
 * the last one compiled is kept: every file of a source asks with the same text.
 */
let cached: { text: string; mapping: CompiledChatMapping | null } | null = null;

export function compiledMapping(text: string | null | undefined): CompiledChatMapping | null {
  if (text === null || text === undefined || text === '') {
    return null;
  }
  if (cached?.text !== text) {
    let mapping: CompiledChatMapping | null = null;
    try {
      const checked = checkChatMapping(JSON.parse(text));
      mapping = checked.ok ? checked.mapping : null;
    } catch {
      mapping = null;
    }
    cached = { text, mapping };
  }
  return cached.mapping;
}

function decodeHead(head: Uint8Array, encoding: string): string {
  const name = encoding === 'auto' ? (encodingFromBom(head) ?? 'utf-8') : encoding;
  if (!iconv.encodingExists(name)) {
    return '';
  }
  return iconv.decode(Buffer.from(head.buffer, head.byteOffset, head.byteLength), name, { stripBOM: true });
}

/** The cells of the first CSV record in `text` (quotes as RFC 4180 has them); a cut record gives what it holds. */
export function firstCsvRecord(text: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      break;
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  return cells;
}

function csvFit(mapping: CompiledChatMapping, text: string, timeZone: string): MappingFit {
  const row = firstCsvRecord(text, mapping.delimiter);
  const refs = Object.entries(mapping.fields).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  const widest = Math.max(0, ...refs.map(([, ref]) => (typeof ref === 'number' ? ref : 0)));
  if (widest > row.length) {
    return { fits: false, reason: `its first row has ${row.length} columns and the mapping names column ${widest}` };
  }
  if (mapping.header) {
    const names = row.map((name) => name.trim());
    const lower = names.map((name) => name.toLowerCase());
    for (const [field, ref] of refs) {
      if (typeof ref === 'string' && !names.includes(ref.trim()) && !lower.includes(ref.trim().toLowerCase())) {
        const shown = names.slice(0, NO_FIT_SHOWN_COLUMNS).map((name) => JSON.stringify(name.slice(0, 40)));
        return { fits: false, reason: `fields.${field}: column "${ref}" is not in its first row (${shown.join(', ')}${names.length > NO_FIT_SHOWN_COLUMNS ? ', …' : ''})` };
      }
    }
    return { fits: true };
  }
  // No header row to match names against: the first row's timestamp must read in the mapping's format.
  const at = mapping.fields.timestamp;
  const time = readTimestamp(typeof at === 'number' ? row[at - 1] : undefined, mapping.compiledTimestamp, mapping.timestamp.timeZone ?? timeZone, timeZone);
  return time.error === null ? { fits: true } : { fits: false, reason: `fields.timestamp: ${time.error} in its first row` };
}

/** The key a JSON file must name early: the first key of `jsonPath`, else the timestamp field's. */
function expectedJsonKey(mapping: CompiledChatMapping): string {
  const path = mapping.jsonPath !== '' ? mapping.jsonPath : String(mapping.fields.timestamp);
  return (path.split('.')[0] ?? '').trim().replace(/\[\]$/, '');
}

function jsonFit(mapping: CompiledChatMapping, text: string): MappingFit {
  const start = text.trimStart();
  if (!start.startsWith('{') && !start.startsWith('[')) {
    return { fits: false, reason: 'it does not start as JSON' };
  }
  const key = expectedJsonKey(mapping);
  if (key === '' || new RegExp(`${escapeRegExp(JSON.stringify(key))}\\s*:`).test(start)) {
    return { fits: true };
  }
  return { fits: false, reason: `no "${key}" field in its first ${start.length} characters` };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the file whose first bytes are `head` fits `mapping`, with the reason when it does not. */
export function mappedChatFit(mapping: CompiledChatMapping, head: Uint8Array, timeZone: string): MappingFit {
  const text = decodeHead(head, mapping.encoding);
  return mapping.format === 'csv' ? csvFit(mapping, text, timeZone) : jsonFit(mapping, text);
}
