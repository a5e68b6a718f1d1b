/**
 * What must hold of a gap before it is stored: the period runs forwards, the volume range is a
 * range, the requests it cites exist, and every evidence quote stands in its record's text (a
 * report quotes the record; a quote that is not there would be a misstatement). Each failure
 * names the field and the value, so the form can point at it.
 */
import { AppError } from '../../../shared/errors.js';
import type { GapFields } from '../../../shared/model/gap.js';

export type GapCheckContext = {
  requestIds: ReadonlySet<string>;
  /** The text of each evidence record, by id; a record absent here is not in the case. */
  recordText: ReadonlyMap<string, string>;
};

/** The problems with `fields`, in field order; empty when the gap can be stored. */
export function gapProblems(fields: GapFields, context: GapCheckContext): string[] {
  const problems: string[] = [];
  if (fields.periodStart !== null && fields.periodEnd !== null && fields.periodEnd < fields.periodStart) {
    problems.push(`The period ends (${fields.periodEnd}) before it starts (${fields.periodStart}).`);
  }
  if (fields.volume !== null && fields.volume.high < fields.volume.low) {
    problems.push(`The estimated volume's high end (${fields.volume.high}) is below its low end (${fields.volume.low}).`);
  }
  for (const requestId of fields.requestIds) {
    if (!context.requestIds.has(requestId)) {
      problems.push(`No request ${requestId} in this case to cite the gap.`);
    }
  }
  fields.evidence.forEach((evidence, index) => {
    const text = context.recordText.get(evidence.recordId);
    if (text === undefined) {
      problems.push(`Evidence ${index + 1}: no record ${evidence.recordId} in this case.`);
    } else if (evidence.quote !== '' && !text.includes(evidence.quote)) {
      problems.push(`Evidence ${index + 1}: the quoted passage “${evidence.quote.slice(0, 80)}” is not in record ${evidence.recordId}; quote it exactly as the record has it.`);
    }
  });
  fields.salvage.forEach((action, index) => {
    if (action.action.trim() === '') {
      problems.push(`Salvage action ${index + 1} says nothing was done: describe the action.`);
    }
  });
  return problems;
}

/** Throws `invalid-args` naming every problem, or returns quietly. */
export function assertGapFields(fields: GapFields, context: GapCheckContext): void {
  const problems = gapProblems(fields, context);
  if (problems.length > 0) {
    throw new AppError('invalid-args', `The gap "${fields.title}" cannot be saved: ${problems.join(' ')}`, { problems });
  }
}
