/**
 * Chooses an Outlook item's bodies. An item may hold any of PR_BODY (text), PR_HTML and
 * PR_RTF_COMPRESSED, and Outlook keeps only what it needs: Exchange items are often RTF only, and
 * HTML mail may keep its HTML only encapsulated in the RTF. So:
 *
 * - text is PR_BODY as stored; when there is none, the text of the RTF body;
 * - html is PR_HTML as stored; when there is none and the RTF encapsulates HTML (\fromhtml1),
 *   the de-encapsulated HTML.
 *
 * The RTF is decompressed only when one of the two is missing, which keeps the common case cheap.
 */
import type { MailProblem } from '../mail-message.js';
import { decompressRtf } from './decompress-rtf.js';
import { errorText } from './error-text.js';
import { rtfToText } from './rtf-to-text.js';

export type OutlookBodies = { text: string; html: string; problems: MailProblem[] };

export function chooseBodies(text: string, html: string, compressedRtf: Uint8Array | null): OutlookBodies {
  const problems: MailProblem[] = [];
  if (compressedRtf === null || compressedRtf.length === 0 || (text !== '' && html !== '')) {
    return { text, html, problems };
  }
  try {
    const rtf = rtfToText(decompressRtf(compressedRtf));
    if (rtf.truncated) {
      problems.push({ part: '', message: 'the RTF body is too large; its text was cut short' });
    }
    return { text: text === '' ? rtf.text : text, html: html === '' ? rtf.html : html, problems };
  } catch (error) {
    problems.push({ part: '', message: `the RTF body could not be read: ${errorText(error)}` });
    return { text, html, problems };
  }
}
