/**
 * An OpenDocument package's manifest (META-INF/manifest.xml): the media type of each part and
 * folder (an embedded chart or spreadsheet is a folder with its own type), and which parts are
 * encrypted. A password-protected ODF file is still a zip with readable names, but its parts are
 * AES or Blowfish ciphertext: the manifest's <manifest:encryption-data> is what says so, and the
 * file must be reported as encrypted rather than parsed as garbage.
 */
import { attribute, parseXml } from '../xml/xml-reader.js';

export type OdfManifest = {
  /** Media type by full path as the manifest writes it ('/' for the package, 'Object 1/' for a folder). */
  mediaTypes: Map<string, string>;
  /** Full paths of the parts that carry encryption data. */
  encrypted: string[];
};

/** Reads a manifest part. Throws XmlError when it is malformed. */
export function parseManifest(xml: string | Uint8Array): OdfManifest {
  const manifest: OdfManifest = { mediaTypes: new Map(), encrypted: [] };
  let current: string | null = null;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'file-entry') {
        current = attribute(attributes, 'full-path') ?? '';
        manifest.mediaTypes.set(current, attribute(attributes, 'media-type') ?? '');
      } else if (name === 'encryption-data' && current !== null) {
        manifest.encrypted.push(current);
      }
    },
    close: (name) => {
      if (name === 'file-entry') {
        current = null;
      }
    },
  });
  return manifest;
}
