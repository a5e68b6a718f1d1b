/**
 * A content type for an Outlook attachment that has no PR_ATTACH_MIME_TAG: Outlook sets the tag
 * only for attachments that arrived by SMTP, so files attached in Outlook itself, and most items
 * in older stores, have none. The extension is then the best evidence there is; the document
 * extractors sniff the bytes again anyway.
 */

const BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain', csv: 'text/csv', htm: 'text/html', html: 'text/html', xml: 'text/xml', rtf: 'application/rtf',
  ics: 'text/calendar', vcf: 'text/vcard', eml: 'message/rfc822', msg: 'application/vnd.ms-outlook',
  pdf: 'application/pdf', zip: 'application/zip', '7z': 'application/x-7z-compressed', gz: 'application/gzip',
  doc: 'application/msword', dot: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint', pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text', ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  jpg: 'image/jpeg', jpeg: 'image/jpeg', jpe: 'image/jpeg', png: 'image/png', gif: 'image/gif', bmp: 'image/bmp',
  tif: 'image/tiff', tiff: 'image/tiff', webp: 'image/webp', heic: 'image/heic', svg: 'image/svg+xml',
  emf: 'image/emf', wmf: 'image/wmf', ico: 'image/vnd.microsoft.icon',
  mp3: 'audio/mpeg', wav: 'audio/wav', m4a: 'audio/mp4', ogg: 'audio/ogg', amr: 'audio/amr',
  mp4: 'video/mp4', mov: 'video/quicktime', avi: 'video/x-msvideo', wmv: 'video/x-ms-wmv',
};

export const OCTET_STREAM = 'application/octet-stream';

/** The content type for a file name's extension, or application/octet-stream. */
export function guessContentType(filename: string): string {
  const dot = filename.lastIndexOf('.');
  if (dot < 0 || dot === filename.length - 1) {
    return OCTET_STREAM;
  }
  return BY_EXTENSION[filename.slice(dot + 1).toLowerCase()] ?? OCTET_STREAM;
}

/** A MIME tag as stored, normalised to lower-case 'type/subtype' without parameters; '' if unusable. */
export function normaliseMimeTag(tag: string): string {
  const type = (tag.split(';')[0] ?? '').trim().toLowerCase();
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : '';
}
