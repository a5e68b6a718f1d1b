/**
 * The record's family, as rows of the header's field list: the message an attachment came with,
 * and what is attached to this record (files, and emails attached as messages). Each is a
 * button that opens that record, so a family is read by moving up and down it.
 */
import type { RecordDetail } from '../../../shared/model/record.js';
import type { RecordFamily } from '../../state/record-family.js';
import { childLine } from '../../state/record-view.js';

export type RecordFamilyFieldsProps = {
  record: RecordDetail;
  /** Read after the record; null while loading (names fall back to the summaries' titles). */
  family: RecordFamily | null;
  onOpen(recordId: string): void;
};

export function RecordFamilyFields({ record, family, onOpen }: RecordFamilyFieldsProps) {
  const facts = family?.recordId === record.id ? family : null;
  const parentId = record.parentId;
  return (
    <>
      {parentId !== null ? (
        <>
          <dt>Attached to</dt>
          <dd>
            <button type="button" className="link-button inline-link" onClick={() => onOpen(parentId)} data-testid="record-parent-link">
              {facts?.parent?.title || 'the message it came with'}
            </button>
          </dd>
        </>
      ) : null}
      {record.children.length > 0 ? (
        <>
          <dt>Attached ({record.children.length.toLocaleString('en-US')})</dt>
          <dd>
            <ul className="record-children" data-testid="record-children">
              {record.children.map((child) => {
                const line = childLine(child, facts?.children[child.id]);
                return (
                  <li key={child.id} data-testid="record-child" data-record-id={child.id} data-kind={child.kind}>
                    <button type="button" className="link-button inline-link" onClick={() => onOpen(child.id)} data-testid="record-child-link">
                      {line.name}
                    </button>{' '}
                    <span className="muted small">{line.detail}</span>
                  </li>
                );
              })}
            </ul>
          </dd>
        </>
      ) : null}
    </>
  );
}
