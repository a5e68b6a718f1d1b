/**
 * Facebook's "Download your information" JSON writes text as UTF-8 bytes, each escaped as its
 * own code point (`"\u00c3\u00a9"` for "é", `"\u00f0\u009f\u0098\u00a2"` for 😢). Read as JSON,
 * that is mojibake. Repairing it means taking the code points back as bytes and decoding them as
 * UTF-8, which is only right when every code point fits in a byte and the bytes are valid UTF-8;
 * anything else is left exactly as written.
 */

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The string with Facebook's byte-per-code-point encoding undone, or unchanged when it is not that. */
export function repairFacebookMojibake(text: string): string {
  let needsRepair = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0xff) {
      // A real character beyond Latin-1: the string was not written byte by byte.
      return text;
    }
    if (code >= 0x80) {
      needsRepair = true;
    }
  }
  if (!needsRepair) {
    return text;
  }
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    bytes[i] = text.charCodeAt(i);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    // Not valid UTF-8 (a genuine "café" typed in Latin-1 range): keep it as written.
    return text;
  }
}
