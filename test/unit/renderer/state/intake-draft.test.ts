import { describe, expect, it } from 'vitest';
import { DEFAULT_INTAKE } from '../../../../shared/model/request.js';
import { EMPTY_DRAFT, draftOf, readDraft } from '../../../../renderer/state/intake-draft.js';

describe('intake draft', () => {
  it('reads a filled form into a request: trimmed text, blank dates as none, one custodian per line', () => {
    const read = readDraft({
      ...EMPTY_DRAFT,
      trackingNumber: ' 2024-FOIA-0012 ',
      title: ' Main St contract emails ',
      receivedOn: '2024-03-01',
      dateFrom: '2021-01-01',
      custodians: 'J. Smith\n\n  R. Jones \nJ. Smith',
      regime: 'uk-foia',
    });
    expect(read).toEqual({
      ok: true,
      intake: expect.objectContaining({
        trackingNumber: '2024-FOIA-0012',
        title: 'Main St contract emails',
        receivedOn: '2024-03-01',
        perfectedOn: null,
        dateFrom: '2021-01-01',
        dateTo: null,
        custodians: ['J. Smith', 'R. Jones'],
        regime: 'uk-foia',
      }),
    });
  });

  it('names every problem with its field and sends nothing', () => {
    const read = readDraft({ ...EMPTY_DRAFT, title: ' ', receivedOn: '2024-02-30', perfectedOn: '2024-01-01', dateFrom: '2022-01-01', dateTo: '2021-12-31' });
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems.map((problem) => problem.field)).toEqual(['title', 'receivedOn', 'receivedOn', 'dateTo']);
    const perfectedFirst = readDraft({ ...EMPTY_DRAFT, title: 'x', receivedOn: '2024-03-05', perfectedOn: '2024-03-01' });
    expect(perfectedFirst.ok ? [] : perfectedFirst.problems).toEqual([{ field: 'perfectedOn', message: 'Perfected cannot be before received.' }]);
  });

  it('round-trips a stored request through the form', () => {
    const intake = { ...DEFAULT_INTAKE, title: 'Budget', receivedOn: '2024-03-01', custodians: ['A', 'B'], unusualCircumstances: true };
    const read = readDraft(draftOf(intake));
    expect(read.ok ? { ...read.intake, tolling: [] } : null).toEqual(intake);
  });
});
