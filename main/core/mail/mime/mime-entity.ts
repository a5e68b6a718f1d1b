/**
 * What the MIME header fields of one entity (a message or a body part) say about its body:
 * type, disposition, transfer encoding, id and file name, with the RFC 2045 defaults filled in
 * (no Content-Type means text/plain, or message/rfc822 inside multipart/digest).
 */
import { parseContentDisposition, parseContentType, type ContentType } from './content-type.js';
import type { HeaderField } from './header-block.js';
import { firstField } from './message-headers.js';

export type MimeEntity = {
  contentType: ContentType;
  /** The disposition type, lower case ('attachment', 'inline', …); '' when no header. */
  disposition: string;
  /** Content-Transfer-Encoding as written; '' when none. */
  transferEncoding: string;
  /** Content-ID as written (brackets kept); '' when none. */
  contentId: string;
  /** Content-Disposition filename, else Content-Type name (both RFC 2231/2047 decoded); '' when none. */
  filename: string;
  /** Problems with the header values themselves. */
  problems: string[];
};

/** Reads the MIME facts of an entity; `defaultType` applies when there is no Content-Type. */
export function readMimeEntity(fields: readonly HeaderField[], defaultType: string): MimeEntity {
  const problems: string[] = [];
  const typeValue = firstField(fields, 'content-type');
  let contentType: ContentType;
  if (typeValue === null || typeValue.trim() === '') {
    contentType = parseContentType(defaultType);
  } else {
    contentType = parseContentType(typeValue);
    if (!contentType.valid) {
      problems.push(`Content-Type "${typeValue}" is not type/subtype; read as text/plain`);
    }
  }
  const dispositionValue = firstField(fields, 'content-disposition');
  const disposition = dispositionValue === null ? null : parseContentDisposition(dispositionValue);
  const filename = disposition?.parameters.get('filename') || contentType.parameters.get('name') || '';
  return {
    contentType,
    disposition: disposition?.type ?? '',
    transferEncoding: firstField(fields, 'content-transfer-encoding') ?? '',
    contentId: firstField(fields, 'content-id') ?? '',
    filename,
    problems,
  };
}
