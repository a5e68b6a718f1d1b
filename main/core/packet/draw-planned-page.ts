/**
 * Drawing a laid-out page with pdf-lib: texts split into runs of one font face, then rules and
 * runs drawn. Shared by packets and search-term reports, whose layouts both produce placed
 * texts and rules.
 */
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { AppError } from '../../../shared/errors.js';
import type { FaceName } from './packet-fonts.js';
import type { PlacedRule, PlacedText } from './packet-plan.js';
import type { TextShaper } from './text-shaper.js';

const TEXT_COLOR = rgb(0, 0, 0);
const RULE_COLOR = rgb(0.55, 0.55, 0.55);
const RULE_THICKNESS = 0.6;

/** What a layout gives for one page. */
export type PlannedPage = { texts: readonly PlacedText[]; rules: readonly PlacedRule[] };

/** One `drawText` call: a run of a single face at a position. */
export type DrawOp = { text: string; x: number; y: number; size: number; face: FaceName };

/** The page's texts as runs of one face each; computed first so only the faces used are embedded. */
export function pageDrawOps(page: PlannedPage, shaper: TextShaper): DrawOp[] {
  const ops: DrawOp[] = [];
  for (const placed of page.texts) {
    let x = placed.x;
    const runs = shaper.runs(placed.text, placed.style);
    runs.forEach((run, index) => {
      ops.push({ text: run.text, x, y: placed.y, size: placed.size, face: run.face });
      // Shaping is the costly part of drawing; the last run's width is never needed.
      if (index < runs.length - 1) {
        x += shaper.faceWidth(run.face, run.text, placed.size);
      }
    });
  }
  return ops;
}

export function drawPlannedPage(page: PDFPage, plan: PlannedPage, ops: readonly DrawOp[], fonts: ReadonlyMap<FaceName, PDFFont>): void {
  for (const rule of plan.rules) {
    page.drawLine({ start: { x: rule.x1, y: rule.y }, end: { x: rule.x2, y: rule.y }, thickness: RULE_THICKNESS, color: RULE_COLOR });
  }
  for (const op of ops) {
    const font = fonts.get(op.face);
    if (font === undefined) {
      throw new AppError('internal', `Font face ${op.face} was not embedded`);
    }
    page.drawText(op.text, { x: op.x, y: op.y, size: op.size, font, color: TEXT_COLOR });
  }
}
