/**
 * The text of one PresentationML slide or notes page, streamed from its part: the DrawingML
 * paragraphs (<a:p>) of every shape in document order, runs and fields (<a:t>) joined, line
 * breaks (<a:br>) kept, tables as rows of tab-separated cells.
 *
 * Placeholders that only repeat what the layout draws (the slide number; on a notes page, the
 * picture of the slide) are left out; headers, footers and dates are kept, as they are text the
 * author typed. Tabs in DrawingML are literal characters inside runs: <a:tab> elements are tab
 * stops, not text, and are ignored.
 */
import { XmlError, attribute, parseXmlStream } from '../xml/xml-reader.js';

/** What reading one part found. */
export type SlideText = {
  text: string;
  /** The slide is hidden in the show (<p:sld show="0">); it is still part of the record. */
  hidden: boolean;
  /** Reading stopped at the character budget. */
  truncated: boolean;
  /** Why reading stopped early on malformed XML, or null; `text` then holds what came before. */
  damage: string | null;
};

export type SlideTextOptions = {
  /** Placeholder types (<p:ph type>) whose shapes are left out. */
  skipPlaceholders: ReadonlySet<string>;
  /** Characters of text this part may add. */
  maxChars: number;
  /** True when reading should stop at once (the signal aborted). */
  stop: () => boolean;
};

function tidy(text: string): string {
  return text.replace(/ +\t/g, '\t').replace(/[ \t]+\n/g, '\n').replace(/\n +/g, '\n').replace(/\n{2,}/g, '\n').trim();
}

/** Reads the text of a slide or notes part from a stream of its bytes. */
export async function readSlideText(chunks: AsyncIterable<Uint8Array>, options: SlideTextOptions): Promise<SlideText> {
  const parts: string[] = [];
  let length = 0;
  let truncated = false;
  let hidden = false;
  let inRun = 0;
  let cellDepth = 0;
  let shapeDepth = 0;
  // The depth of the shape being left out; 0 when none is.
  let skipDepth = 0;
  const push = (text: string): void => {
    if (skipDepth !== 0 || truncated) {
      return;
    }
    if (length + text.length > options.maxChars) {
      truncated = true;
      return;
    }
    parts.push(text);
    length += text.length;
  };
  let damage: string | null = null;
  try {
    await parseXmlStream(chunks, {
      open: (name, attributes) => {
        if (name === 'sld') {
          const show = attribute(attributes, 'show');
          hidden = show === '0' || show === 'false';
        } else if (name === 'sp') {
          shapeDepth++;
        } else if (name === 'ph') {
          if (skipDepth === 0 && shapeDepth > 0 && options.skipPlaceholders.has(attribute(attributes, 'type') ?? '')) {
            skipDepth = shapeDepth;
          }
        } else if (name === 't') {
          inRun++;
        } else if (name === 'br') {
          push(cellDepth > 0 ? ' ' : '\n');
        } else if (name === 'tc') {
          cellDepth++;
        }
      },
      text: (chunk) => {
        if (inRun > 0) {
          push(chunk);
        }
      },
      close: (name) => {
        if (name === 't') {
          inRun = Math.max(0, inRun - 1);
        } else if (name === 'p') {
          push(cellDepth > 0 ? ' ' : '\n');
        } else if (name === 'tc') {
          cellDepth = Math.max(0, cellDepth - 1);
          push('\t');
        } else if (name === 'tr') {
          push('\n');
        } else if (name === 'sp') {
          if (skipDepth === shapeDepth) {
            skipDepth = 0;
          }
          shapeDepth = Math.max(0, shapeDepth - 1);
        }
      },
    }, () => truncated || options.stop());
  } catch (error) {
    if (!(error instanceof XmlError)) {
      throw error;
    }
    damage = error.message;
  }
  return { text: tidy(parts.join('')), hidden, truncated, damage };
}
