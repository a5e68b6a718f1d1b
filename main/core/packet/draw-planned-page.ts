/**
 * Drawing a laid-out page with pdf-lib: texts split into runs of one font face, then rules,
 * redaction boxes and runs drawn. Shared by packets and search-term reports, whose layouts both
 * produce placed texts and rules; only packets have boxes.
 *
 * A redaction box is an opaque black rectangle with its exemption label in white, centred. The
 * layout has already left the redacted text out of the plan, so the box hides nothing on the
 * page: it marks where text was removed and why, as FOIA asks ("at the place in the record
 * where such deletion is made").
 */
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { AppError } from '../../../shared/errors.js';
import type { FaceName } from './packet-fonts.js';
import type { PlacedBox, PlacedRule, PlacedText } from './packet-plan.js';
import type { TextShaper } from './text-shaper.js';

const TEXT_COLOR = rgb(0, 0, 0);
const BOX_COLOR = rgb(0, 0, 0);
const LABEL_COLOR = rgb(1, 1, 1);
// Cap height of DejaVu Sans Bold, in ems: centres the label's capitals and digits in the box.
const LABEL_CAP_HEIGHT = 0.73;
const RULE_COLOR = rgb(0.55, 0.55, 0.55);
const RULE_THICKNESS = 0.6;

/** What a layout gives for one page. */
export type PlannedPage = { texts: readonly PlacedText[]; rules: readonly PlacedRule[]; boxes?: readonly PlacedBox[] };

/** One `drawText` call: a run of a single face at a position; `onBox` runs are box labels, drawn white. */
export type DrawOp = { text: string; x: number; y: number; size: number; face: FaceName; onBox?: boolean };

function runOps(text: PlacedText, shaper: TextShaper, onBox: boolean): DrawOp[] {
  const ops: DrawOp[] = [];
  let x = text.x;
  const runs = shaper.runs(text.text, text.style);
  runs.forEach((run, index) => {
    ops.push(onBox ? { text: run.text, x, y: text.y, size: text.size, face: run.face, onBox } : { text: run.text, x, y: text.y, size: text.size, face: run.face });
    // Shaping is the costly part of drawing; the last run's width is never needed.
    if (index < runs.length - 1) {
      x += shaper.faceWidth(run.face, run.text, text.size);
    }
  });
  return ops;
}

/** A box's label as placed text: bold, centred in the box. */
export function boxLabelText(box: PlacedBox, shaper: TextShaper): PlacedText {
  const width = shaper.measure(box.label, box.labelSize, 'bold');
  return {
    text: box.label,
    x: box.x + (box.width - width) / 2,
    y: box.y + (box.height - LABEL_CAP_HEIGHT * box.labelSize) / 2,
    size: box.labelSize,
    style: 'bold',
  };
}

/**
 * The page's texts, then its box labels, as runs of one face each; computed first so only the
 * faces used are embedded.
 */
export function pageDrawOps(page: PlannedPage, shaper: TextShaper): DrawOp[] {
  const ops: DrawOp[] = [];
  for (const placed of page.texts) {
    ops.push(...runOps(placed, shaper, false));
  }
  for (const box of page.boxes ?? []) {
    if (box.label !== '') {
      ops.push(...runOps(boxLabelText(box, shaper), shaper, true));
    }
  }
  return ops;
}

export function drawPlannedPage(page: PDFPage, plan: PlannedPage, ops: readonly DrawOp[], fonts: ReadonlyMap<FaceName, PDFFont>): void {
  for (const rule of plan.rules) {
    page.drawLine({ start: { x: rule.x1, y: rule.y }, end: { x: rule.x2, y: rule.y }, thickness: RULE_THICKNESS, color: RULE_COLOR });
  }
  // Boxes before any text, so their labels (drawn with the texts, in white) land on top.
  for (const box of plan.boxes ?? []) {
    page.drawRectangle({ x: box.x, y: box.y, width: box.width, height: box.height, color: BOX_COLOR, borderWidth: 0 });
  }
  for (const op of ops) {
    const font = fonts.get(op.face);
    if (font === undefined) {
      throw new AppError('internal', `Font face ${op.face} was not embedded`);
    }
    page.drawText(op.text, { x: op.x, y: op.y, size: op.size, font, color: op.onBox === true ? LABEL_COLOR : TEXT_COLOR });
  }
}
