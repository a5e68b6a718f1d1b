/**
 * What the 36 CFR 1230.14 unauthorized-disposition report is built from, and the report's
 * fixed words: its title and its sections, in the order the regulation lists what a report to
 * NARA must contain (with NARA's request for corrective actions as the last section).
 *
 * The input carries everything the PDF shows, including the generation time and short summaries
 * of the evidence records, so the same input always gives the same bytes and the layout needs
 * no access to the case's index.
 */
import { AppError } from '../../../shared/errors.js';
import type { Gap } from '../../../shared/model/gap.js';

/** What the report says about a record cited as evidence (from the case index). */
export type EvidenceRecordSummary = {
  title: string;
  /** As the index holds it (ISO date or date-time); null when the record has no date. */
  date: string | null;
  custodian: string;
};

export type DispositionReportInput = {
  /** The agency reporting the loss. */
  agency: string;
  caseName: string;
  /** Who prepared the report (name and title), printed on the cover. */
  preparedBy: string;
  /** Printed on the cover and written as the PDF's creation and modification dates. */
  generatedAt: Date;
  /** The gaps reported, in the order they are to appear. */
  gaps: readonly Gap[];
  /** Summaries of the records cited as evidence, by record id; a missing id is reported as such. */
  records: ReadonlyMap<string, EvidenceRecordSummary>;
  /** What the agency has done or will do so that the loss does not recur (NARA asks for this). */
  correctiveActions: string;
};

export const DISPOSITION_REPORT_TITLE = 'Report of unauthorized disposition of federal records';
export const DISPOSITION_REPORT_AUTHORITY = 'Under 36 CFR 1230.14 and 44 U.S.C. 3106';
/** Short form for footers and continuation headers. */
export const DISPOSITION_REPORT_SHORT_TITLE = 'Unauthorized disposition report (36 CFR 1230.14)';

export type DispositionSectionId = 'description' | 'office' | 'circumstances' | 'safeguards' | 'salvage' | 'corrective';

export type DispositionSection = {
  id: DispositionSectionId;
  /** "1. Description of the records" */
  heading: string;
  /** What the section must state, printed under its heading. */
  requirement: string;
};

/** The sections in the regulation's order; corrective actions last. */
export const DISPOSITION_SECTIONS: readonly DispositionSection[] = [
  { id: 'description', heading: '1. Description of the records', requirement: 'A complete description of the records, with volume and dates if known.' },
  { id: 'office', heading: '2. Office maintaining the records', requirement: 'The office maintaining the records.' },
  {
    id: 'circumstances',
    heading: '3. Exact circumstances of the loss',
    requirement: 'A statement of the exact circumstances surrounding the alienation, defacing, or destruction of the records, with the evidence that shows it.',
  },
  { id: 'safeguards', heading: '4. Safeguards established', requirement: 'A statement of the safeguards established to prevent further loss of documentation.' },
  {
    id: 'salvage',
    heading: '5. Actions taken to salvage, retrieve or reconstruct the records',
    requirement: 'Details of the actions taken to salvage, retrieve, or reconstruct the records, with their dates and results.',
  },
  { id: 'corrective', heading: '6. Corrective actions', requirement: 'What the agency has done, or will do, so that records are not lost this way again.' },
];

/** Rejects input that cannot give a meaningful report, before any font is read. */
export function assertDispositionReportInput(input: DispositionReportInput): void {
  if (input.gaps.length === 0) {
    throw new AppError('invalid-args', 'The report has no gaps to report');
  }
  if (Number.isNaN(input.generatedAt.getTime())) {
    throw new AppError('invalid-args', 'The report generation date is not a valid date');
  }
}
