/**
 * Reading a chat export's JSON text into a value, with an error an officer can act on. Slack,
 * Telegram, DiscordChatExporter and Facebook all export JSON; a truncated download or a
 * hand-edited file must fail naming the file and the place, not with V8's bare "Unexpected token".
 * Shared by every JSON chat reader that parses its file whole.
 */

/** A whole export file that cannot be read: not JSON, or JSON of the wrong overall shape. */
export class ChatExportError extends Error {
  /** The file as the caller named it. */
  readonly fileName: string;
  /** Character offset of the fault (UTF-16 units, after any BOM), when known. */
  readonly position: number | null;
  /** 1-based line and column of `position`, when known. */
  readonly line: number | null;
  readonly column: number | null;

  constructor(fileName: string, reason: string, position: number | null = null, text = '') {
    const place = position === null ? null : lineAndColumn(text, position);
    super(
      place
        ? `${fileName}: ${reason} at line ${place.line}, column ${place.column} (character ${position})`
        : `${fileName}: ${reason}`,
    );
    this.name = 'ChatExportError';
    this.fileName = fileName;
    this.position = position;
    this.line = place?.line ?? null;
    this.column = place?.column ?? null;
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * V8's messages name the fault and, for most faults, the position ("… in JSON at position 42").
 * For an unexpected token it gives no position but quotes about ten characters around it
 * (`Unexpected token '}', ..."ssages": [}" is not valid JSON`); that snippet is kept, capped, as
 * the only pointer to the place.
 */
function describeJsonFault(message: string, textLength: number): { reason: string; position: number | null } {
  const at = / in JSON at position (\d+)/.exec(message);
  if (at) {
    const position = Number(at[1]);
    const truncated = position >= textLength ? ', where the text ends (truncated file?)' : '';
    return { reason: `not valid JSON: ${message.slice(0, at.index)}${truncated}`, position };
  }
  if (/unexpected end of json input/i.test(message)) {
    return { reason: 'not valid JSON: the text ends early (truncated file?)', position: textLength };
  }
  const quoted = /^(.*?), (\.\.\.)?"([\s\S]*)" is not valid JSON$/.exec(message);
  if (quoted) {
    const snippet = (quoted[3] ?? '').slice(-60);
    return { reason: `not valid JSON: ${quoted[1] ?? ''} near ${quoted[2] ? '…' : ''}${JSON.stringify(snippet)}`, position: null };
  }
  return { reason: `not valid JSON: ${message.slice(0, 200)}`, position: null };
}

/**
 * Parse an export's JSON text. A leading byte-order mark (Facebook writes one) is skipped, and
 * positions count from after it. Throws `ChatExportError` naming `fileName` and, where the JSON
 * parser reports it, the line and column.
 */
export function parseJsonDocument(text: string, fileName: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new ChatExportError(fileName, 'empty file, no JSON');
  }
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const fault = describeJsonFault(message, body.length);
    throw new ChatExportError(fileName, fault.reason, fault.position, body);
  }
}
