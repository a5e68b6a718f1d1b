/**
 * Headers and footers of an OpenDocument text: they live in styles.xml, in the master pages
 * (<style:master-page><style:header>…), not in content.xml. A letterhead or a "CONFIDENTIAL"
 * footer is part of the record, so their distinct texts are read as DOCX headers and footers are.
 */
import { attribute, parseXmlStream } from '../xml/xml-reader.js';
import { TextFlow, type TextBudget } from './text-flow.js';

const MARGINS = new Set(['header', 'footer', 'header-left', 'footer-left', 'header-first', 'footer-first']);

/** The distinct header and footer texts of the master pages, in file order. Throws XmlError when malformed. */
export async function readPageMargins(chunks: AsyncIterable<Uint8Array>, budget: TextBudget, stop: () => boolean): Promise<string[]> {
  const texts: string[] = [];
  const flow = new TextFlow(budget);
  let inMasterStyles = 0;
  let inMargin = 0;
  let paragraphs = 0;
  await parseXmlStream(chunks, {
    open: (name, attributes) => {
      if (name === 'master-styles') {
        inMasterStyles++;
      } else if (inMasterStyles > 0 && MARGINS.has(name)) {
        inMargin++;
      } else if (inMargin > 0 && (name === 'p' || name === 'h')) {
        paragraphs++;
      } else if (inMargin > 0 && paragraphs > 0 && name === 's') {
        flow.spaces(Number(attribute(attributes, 'c') ?? 1));
      } else if (inMargin > 0 && paragraphs > 0 && (name === 'tab' || name === 'line-break')) {
        flow.tab();
      }
    },
    text: (chunk) => {
      if (inMargin > 0 && paragraphs > 0) {
        flow.text(chunk);
      }
    },
    close: (name) => {
      if (name === 'master-styles') {
        inMasterStyles = Math.max(0, inMasterStyles - 1);
      } else if (inMargin > 0 && (name === 'p' || name === 'h')) {
        paragraphs = Math.max(0, paragraphs - 1);
        flow.lineBreak();
      } else if (inMasterStyles > 0 && MARGINS.has(name) && inMargin > 0) {
        inMargin--;
        const text = flow.take();
        if (text !== '' && !texts.includes(text)) {
          texts.push(text);
        }
      }
    },
  }, () => budget.exhausted || stop());
  return texts;
}
