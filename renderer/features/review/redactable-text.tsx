/**
 * One redactable part of the open record (subject, from, to, cc or body) drawn as text with its
 * redactions marked. Only spans whose text is unchanged are drawn: a span marked for re-check
 * points into other text, and is listed in the redaction tools instead.
 */
import type { RedactableField } from '../../../shared/model/review.js';
import { redactionSegments } from '../../state/redaction-segments.js';
import { useStore } from '../../components/use-store.js';
import { useWorkbench } from '../../components/workbench-context.js';
import { REDACT_FIELD_ATTRIBUTE } from './redaction-selection.js';

export type RedactableTextProps = {
  field: RedactableField;
  text: string;
  /** `pre` keeps the body's line breaks; header fields are inline. */
  as?: 'pre' | 'span';
  className?: string;
  testId?: string;
  /** Shown, unselectable, when the text is empty. */
  empty?: string;
};

export function RedactableText({ field, text, as = 'span', className, testId, empty = '' }: RedactableTextProps) {
  const { redactions } = useWorkbench();
  const { redactions: all } = useStore(redactions.store);
  const drawn = all.filter((redaction) => redaction.field === field && redaction.status === 'ok');
  const Element = as;
  const attributes = { [REDACT_FIELD_ATTRIBUTE]: field };
  if (text.length === 0) {
    return (
      <Element className={className} data-testid={testId}>
        {empty}
      </Element>
    );
  }
  return (
    <Element className={className} data-testid={testId} {...attributes}>
      {redactionSegments(text, drawn).map((segment) =>
        segment.redactions.length > 0 ? (
          <mark key={segment.start} className="redacted" data-testid="redacted-span" data-field={field} data-redactions={segment.redactions.join(' ')}>
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </Element>
  );
}
