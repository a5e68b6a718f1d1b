/**
 * Body text from the HTML mammoth makes of a DOCX. The HTML keeps comments (a <dl> after the
 * body, with "[MW1]" reference marks in the text) and footnotes and endnotes (a list after the
 * body, with "[1]" marks and "↑" back-links). For the searchable text the comment list and all
 * reference marks and back-links are removed: comments are listed separately with their authors,
 * and "Ouch[MW1]." must index as "Ouch.". Footnote and endnote texts stay: they are document text.
 *
 * Mammoth's output is regular (it writes these elements itself, with ids it chose), which is what
 * makes removing them by pattern safe.
 */
import { htmlToText } from '../../text/html-to-text.js';

const REFERENCE_MARK = /<sup><a href="#(?:comment|footnote|endnote)-[^"]*" id="(?:comment|footnote|endnote)-ref-[^"]*">[^<]*<\/a><\/sup>/g;
const BACK_LINK = /\s?<a href="#(?:comment|footnote|endnote)-ref-[^"]*">↑<\/a>/g;
const COMMENT_LIST = /<dl><dt id="comment-[\s\S]*?<\/dl>/g;

/** The document text of mammoth's HTML, without comments and reference marks. */
export function textOfMammothHtml(html: string): string {
  return htmlToText(html.replace(COMMENT_LIST, '').replace(REFERENCE_MARK, '').replace(BACK_LINK, ''));
}
