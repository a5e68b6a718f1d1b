/**
 * Streaming XML for the parts of Office files, on saxes: no tree is built, so a 200 MB worksheet
 * costs the memory of one row, and no entity is ever expanded beyond XML's five and character
 * references (a "billion laughs" DOCTYPE is an error, not a memory bomb).
 *
 * Handlers get local names: Office writers differ on prefixes ("c", "x:c") for the same element.
 */
import { SaxesParser } from 'saxes';

/** What a parse reports; every handler is optional. */
export type XmlHandlers = {
  open?: (name: string, attributes: Readonly<Record<string, string>>) => void;
  close?: (name: string) => void;
  /** Character data, CDATA included, in pieces: join them if a whole run is needed. */
  text?: (text: string) => void;
};

/** The XML is not well-formed (or declares entities); the message says where. */
export class XmlError extends Error {}

/** The part of a qualified name after its prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The attribute's value by local name (Office mixes "r:id" and "id" across writers). */
export function attribute(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) {
    return direct;
  }
  for (const [key, value] of Object.entries(attributes)) {
    if (localName(key) === name) {
      return value;
    }
  }
  return undefined;
}

function parser(handlers: XmlHandlers): SaxesParser<{ xmlns: false }> {
  const sax = new SaxesParser({ xmlns: false });
  sax.on('error', (error: Error) => {
    throw new XmlError(error.message);
  });
  sax.on('doctype', () => {
    // Office parts never have one; a DOCTYPE here can only be an attempt at entity tricks.
    throw new XmlError('a DOCTYPE declaration is not allowed in an Office part');
  });
  if (handlers.open) {
    const open = handlers.open;
    sax.on('opentag', (tag) => open(localName(tag.name), tag.attributes));
  }
  if (handlers.close) {
    const close = handlers.close;
    sax.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    sax.on('text', handlers.text);
    sax.on('cdata', handlers.text);
  }
  return sax;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decodes a part's bytes: UTF-8 unless a byte-order mark says UTF-16 (which Office may write). */
export function xmlText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return stripBom(new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes));
  }
  return stripBom(new TextDecoder('utf-8').decode(bytes));
}

/** Parses a whole XML document held in memory. Throws XmlError when it is malformed. */
export function parseXml(xml: string | Uint8Array, handlers: XmlHandlers): void {
  const sax = parser(handlers);
  sax.write(typeof xml === 'string' ? stripBom(xml) : xmlText(xml));
  sax.close();
}

/**
 * Parses UTF-8 XML arriving in chunks (a zip entry's stream). `stop()` returning true ends the
 * parse early, without error (a cell limit was reached, or the signal aborted).
 */
export async function parseXmlStream(chunks: AsyncIterable<Uint8Array>, handlers: XmlHandlers, stop: () => boolean = () => false): Promise<boolean> {
  const sax = parser(handlers);
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of chunks) {
    let text = decoder.decode(chunk, { stream: true });
    if (first) {
      text = stripBom(text);
      first = false;
    }
    sax.write(text);
    if (stop()) {
      return false;
    }
  }
  sax.write(decoder.decode());
  sax.close();
  return true;
}
