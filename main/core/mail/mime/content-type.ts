/**
 * Content-Type and Content-Disposition values (RFC 2045 §5, RFC 2183) with their parameters.
 * A Content-Type that is not `type/subtype` is reported, and RFC 2045 §5.2 says to read such a
 * part as text/plain; its parameters (a `name`, say) are still kept.
 */
import { parseHeaderParameters, splitHeaderValue, type HeaderParameters } from './header-parameters.js';

export type ContentType = {
  /** Lower-case 'type/subtype'. */
  mimeType: string;
  /** Lower-case 'type'. */
  type: string;
  /** Lower-case 'subtype'. */
  subtype: string;
  parameters: HeaderParameters;
  /** False when the header did not hold a readable type/subtype and text/plain was assumed. */
  valid: boolean;
};

export type ContentDisposition = {
  /** Lower-case disposition type as written ('attachment', 'inline', 'form-data'…); '' when empty. */
  type: string;
  parameters: HeaderParameters;
};

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9a-z]+$/;

function stripComments(text: string): string {
  return text.includes('(') ? text.replace(/\([^()]*\)/g, ' ').trim() : text;
}

/** Parses a Content-Type header value. */
export function parseContentType(value: string): ContentType {
  const { value: head, parameters } = splitHeaderValue(value);
  const params = parseHeaderParameters(parameters);
  const mime = stripComments(head).toLowerCase().replace(/\s+/g, '');
  const slash = mime.indexOf('/');
  const type = slash < 0 ? mime : mime.slice(0, slash);
  const subtype = slash < 0 ? '' : mime.slice(slash + 1);
  if (TOKEN.test(type) && TOKEN.test(subtype)) {
    return { mimeType: `${type}/${subtype}`, type, subtype, parameters: params, valid: true };
  }
  // 'text' alone is a common slip for text/plain; it is not worth a problem of its own.
  return { mimeType: 'text/plain', type: 'text', subtype: 'plain', parameters: params, valid: mime === 'text' };
}

/** Parses a Content-Disposition header value. */
export function parseContentDisposition(value: string): ContentDisposition {
  const { value: head, parameters } = splitHeaderValue(value);
  return { type: stripComments(head).toLowerCase(), parameters: parseHeaderParameters(parameters) };
}
