/**
 * The cover letter's text: the officer's template with `{{field}}` placeholders filled from the
 * request and the packet's own numbers.
 *
 * The template is data the officer edits, so an unknown placeholder is refused with its name
 * (a letter reading "{{requestor}}" must not go out). Values are inserted once and never
 * re-read, so a requester's name containing "{{…}}" stays as written.
 */
import { AppError } from '../../../shared/errors.js';
import type { ExemptionApplication } from '../../../shared/exemptions/exemption-application.js';
import { findExemption } from '../../../shared/exemptions/exemption-catalogues.js';
import { formatExemptionApplication } from '../../../shared/exemptions/format-exemption-application.js';

/** Every placeholder a template may use. */
export const COVER_LETTER_FIELDS = [
  'trackingNumber',
  'requester',
  'title',
  'receivedOn',
  'description',
  'caseName',
  'date',
  'recordCount',
  'pageCount',
  'releasedInFull',
  'releasedInPart',
  'withheldInFull',
  'referred',
  'batesRange',
  'exemptions',
] as const;
export type CoverLetterField = (typeof COVER_LETTER_FIELDS)[number];

export type CoverLetterValues = Record<CoverLetterField, string>;

/**
 * A plain response letter for the UI to start from. `{{exemptions}}` expands to a sentence and
 * the list of exemptions applied (or a sentence saying none were).
 */
export const DEFAULT_COVER_LETTER = `{{date}}

{{requester}}

Re: Your records request {{trackingNumber}}
{{title}}

Dear {{requester}},

This letter responds to your request for records, received on {{receivedOn}}, in which you asked for:

{{description}}

We searched for records responsive to your request and located {{recordCount}} records. Of these, {{releasedInFull}} are released in full, {{releasedInPart}} are released in part, {{withheldInFull}} are withheld in full, and {{referred}} have been referred to another agency for consultation or direct response.

The enclosed packet has {{pageCount}} pages, numbered {{batesRange}}. Where information has been removed, the place is marked with the exemption relied on, and each record withheld in full is represented by a slip sheet. The withholding log at the end of the packet lists every record withheld in whole or in part, with the exemptions applied and the reasons.

{{exemptions}}

You may appeal this response. If you do, please cite the tracking number above. If you have any questions about this response, please contact our office.

Sincerely,

Records Officer
{{caseName}}
`;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isField(name: string): name is CoverLetterField {
  return (COVER_LETTER_FIELDS as readonly string[]).includes(name);
}

/** Throws `invalid-args` naming the first placeholder that is not a known field. */
export function assertCoverLetterTemplate(template: string): void {
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!isField(name)) {
      throw new AppError('invalid-args', `The cover letter uses an unknown placeholder {{${name}}}; known ones: ${COVER_LETTER_FIELDS.join(', ')}`, {
        placeholder: name,
      });
    }
  }
}

/** `template` with every placeholder replaced by its value. Throws as `assertCoverLetterTemplate`. */
export function fillCoverLetter(template: string, values: CoverLetterValues): string {
  assertCoverLetterTemplate(template);
  return template.replace(PLACEHOLDER, (_match, name: string) => (isField(name) ? values[name] : ''));
}

/**
 * What `{{exemptions}}` says: a sentence, then one line per exemption applied anywhere in the
 * packet ("(b)(6) — Personal privacy"), in the order first applied.
 */
export function exemptionsParagraph(applications: readonly ExemptionApplication[]): string {
  const lines: string[] = [];
  for (const application of applications) {
    const label = formatExemptionApplication(application);
    const title = findExemption(application.catalogue, application.code)?.title ?? '';
    const line = title === '' ? label : `${label} — ${title}`;
    if (!lines.includes(line)) {
      lines.push(line);
    }
  }
  if (lines.length === 0) {
    return 'No information has been withheld under any exemption.';
  }
  return ['Information has been withheld under the following exemptions:', ...lines].join('\n');
}
