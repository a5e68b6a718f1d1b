/** The viewer's location and family rows rendered to static HTML (they take everything as props). */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RecordFamilyFields } from '../../../../../renderer/features/review/record-family-fields.js';
import { RecordLocations } from '../../../../../renderer/features/review/record-locations.js';
import { location, record, summary } from '../../state/fixtures.js';

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

describe('record viewer parts', () => {
  it('lists every location with custodian, folder, labels, path and locator', () => {
    const html = renderToStaticMarkup(
      createElement(RecordLocations, {
        locations: [
          location({ custodian: 'Pat Doe', folder: 'Inbox/Projects', path: 'pat.pst', locator: 'Inbox/Projects#2097188' }),
          location({ custodian: 'Sam Roe', folder: 'inbox', labels: ['Important', 'Budget'], path: 'sam.mbox', locator: 'offset 1234' }),
        ],
      }),
    );
    expect(html.match(/data-testid="record-location"/g)).toHaveLength(2);
    const text = textOf(html);
    expect(text).toContain('Pat Doe · Inbox/Projects pat.pst · Inbox/Projects#2097188');
    expect(text).toContain('Sam Roe · inbox Important Budget sam.mbox · offset 1234');
  });

  it('links the parent and lists children with their facts', () => {
    const open = record('r_00000001', {
      parentId: 'r_00000009',
      children: [summary('r_0000000a', { kind: 'attachment', title: 'plan.pdf' }), summary('r_0000000b', { kind: 'email', title: 'Fwd: plan' })],
    });
    const family = { recordId: 'r_00000001', parent: { id: 'r_00000009', kind: 'email' as const, title: 'Planning' }, children: { r_0000000a: { filename: 'plan.pdf', mimeType: 'application/pdf', sizeBytes: 2048 } } };
    const text = textOf(renderToStaticMarkup(createElement('dl', null, createElement(RecordFamilyFields, { record: open, family, onOpen: () => undefined }))));
    expect(text).toContain('Attached to Planning');
    expect(text).toContain('Attached (2) plan.pdf application/pdf · 2.0 KB Fwd: plan Attached email');
  });

  it('ignores family facts that belong to another record', () => {
    const open = record('r_00000001', { parentId: 'r_00000009' });
    const stale = { recordId: 'r_00000002', parent: { id: 'r_00000009', kind: 'email' as const, title: 'Other' }, children: {} };
    const text = textOf(renderToStaticMarkup(createElement('dl', null, createElement(RecordFamilyFields, { record: open, family: stale, onOpen: () => undefined }))));
    expect(text).toContain('Attached to the message it came with');
  });
});
