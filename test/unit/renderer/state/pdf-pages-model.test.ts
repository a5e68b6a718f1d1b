import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors.js';
import type { CallInput } from '../../../../shared/ipc/contract.js';
import { canGoNext, canGoPrevious, createPdfPagesModel, hitLine, imageWidthFor, pageNeedsOcr, pageStatus } from '../../../../renderer/state/pdf-pages-model.js';
import { createFakeClient, deferred } from './fake-client.js';

const RECORD = 'r_00000001';
const OTHER = 'r_00000002';

function drawn(args: CallInput<'records.pageImage'>, pageCount = 3) {
  return { dataUrl: `data:image/png;base64,${args.recordId}-${args.page}`, widthPx: args.width, heightPx: Math.round(args.width * 1.3), page: args.page, pageCount, highlights: [], hitPages: [] };
}

function setup() {
  const client = createFakeClient({ 'records.pageImage': (args) => drawn(args) });
  return { client, model: createPdfPagesModel({ client }) };
}

describe('PDF pages model', () => {
  it('opens on page 1 and pages forward and back within the document', async () => {
    const { client, model } = setup();
    await model.actions.open(RECORD, 3, 800);
    expect(model.store.get()).toMatchObject({ recordId: RECORD, page: 1, pageCount: 3, loading: false, error: null });
    expect(model.store.get().image).toEqual({ page: 1, dataUrl: `data:image/png;base64,${RECORD}-1`, widthPx: 800, heightPx: 1040, highlights: [] });
    expect(client.calls.at(-1)).toEqual({ name: 'records.pageImage', args: { recordId: RECORD, page: 1, width: 800 } });
    await model.actions.next();
    await model.actions.next();
    expect(model.store.get().image?.page).toBe(3);
    await model.actions.next();
    expect(model.store.get().page).toBe(3);
    await model.actions.previous();
    expect(model.store.get().page).toBe(2);
    await model.actions.goTo(9);
    expect(model.store.get().page).toBe(2);
    expect(client.callNames()).toHaveLength(4);
  });

  it('keeps the page on screen while the next one loads, and drops an answer for a page already left', async () => {
    const { client, model } = setup();
    await model.actions.open(RECORD, 3, 800);
    const slow = deferred<ReturnType<typeof drawn>>();
    client.handlers['records.pageImage'] = (args) => (args.page === 2 ? slow.promise : drawn(args));
    const toTwo = model.actions.next();
    expect(model.store.get()).toMatchObject({ page: 2, loading: true, image: { page: 1 } });
    await model.actions.next();
    expect(model.store.get()).toMatchObject({ page: 3, loading: false, image: { page: 3 } });
    slow.resolve(drawn({ recordId: RECORD, page: 2, width: 800 }));
    await toTwo;
    expect(model.store.get().image?.page).toBe(3);
  });

  it('shows a failed page as an error of that page, and the next page still loads', async () => {
    const { client, model } = setup();
    client.handlers['records.pageImage'] = () => {
      throw new AppError('source-unreadable', 'The source changed since it was indexed: /data/mail.mbox (offset 0 part 2)');
    };
    await model.actions.open(RECORD, 2, 800);
    expect(model.store.get()).toMatchObject({
      loading: false,
      image: null,
      error: 'Page 1 could not be shown: The source changed since it was indexed: /data/mail.mbox (offset 0 part 2)',
    });
    client.handlers['records.pageImage'] = (args) => drawn(args, 2);
    await model.actions.next();
    expect(model.store.get()).toMatchObject({ page: 2, error: null, image: { page: 2 } });
  });

  it('starts another record on its first page, keeps the page of the same record, and resets', async () => {
    const { client, model } = setup();
    await model.actions.open(RECORD, 3, 800);
    await model.actions.next();
    await model.actions.open(RECORD, 3, 800);
    expect(client.callNames()).toHaveLength(2);
    await model.actions.open(RECORD, 3, 1200);
    expect(model.store.get()).toMatchObject({ page: 2, width: 1200 });
    await model.actions.open(OTHER, 5, 1200);
    expect(model.store.get()).toMatchObject({ recordId: OTHER, page: 1, image: { page: 1, dataUrl: `data:image/png;base64,${OTHER}-1` } });
    // The backend's count wins over the record's facts.
    expect(model.store.get().pageCount).toBe(3);
    model.actions.reset();
    expect(model.store.get()).toMatchObject({ recordId: null, image: null });
    await model.actions.next();
    expect(client.callNames()).toHaveLength(4);
  });

  it('asks for the hits of the search, redraws the page when the search changes, and lists the pages hit', async () => {
    const { client, model } = setup();
    const box = { left: 0.1, top: 0.2, width: 0.05, height: 0.01 };
    client.handlers['records.pageImage'] = (args) => ({ ...drawn(args), highlights: args.query === 'budget' && args.page === 2 ? [box] : [], hitPages: args.query === 'budget' ? [2, 3] : [] });
    await model.actions.open(RECORD, 3, 800, ' budget ');
    expect(client.calls.at(-1)?.args).toEqual({ recordId: RECORD, page: 1, width: 800, query: 'budget' });
    expect(model.store.get()).toMatchObject({ query: 'budget', hitPages: [2, 3], image: { page: 1, highlights: [] } });
    expect(hitLine(model.store.get())).toBe('No hit of the search on this page. OCR text hit on pages:');
    await model.actions.goTo(2);
    expect(model.store.get().image?.highlights).toEqual([box]);
    expect(hitLine(model.store.get())).toBe('1 word the search hits is marked on this page. OCR text hit on pages:');
    // The same search asks nothing again; another one redraws the page, and no search sends none.
    await model.actions.open(RECORD, 3, 800, 'budget');
    expect(client.callNames()).toHaveLength(2);
    await model.actions.open(RECORD, 3, 800, '');
    expect(client.calls.at(-1)?.args).toEqual({ recordId: RECORD, page: 2, width: 800 });
    expect(model.store.get()).toMatchObject({ hitPages: [], image: { page: 2, highlights: [] } });
    expect(hitLine(model.store.get())).toBeNull();
  });

  it("keeps the backend's page count when the search changes, and draws the page again on refresh", async () => {
    const { client, model } = setup();
    // An image record: one page until opened; the backend counts three.
    await model.actions.open(RECORD, 1, 800, 'budget');
    expect(model.store.get().pageCount).toBe(3);
    await model.actions.goTo(3);
    await model.actions.open(RECORD, 1, 800, 'levy');
    expect(model.store.get()).toMatchObject({ page: 3, pageCount: 3, image: { page: 3 } });
    expect(client.calls.at(-1)?.args).toEqual({ recordId: RECORD, page: 3, width: 800, query: 'levy' });
    await model.actions.refresh();
    expect(client.callNames()).toHaveLength(4);
    expect(client.calls.at(-1)?.args).toEqual({ recordId: RECORD, page: 3, width: 800, query: 'levy' });
    model.actions.reset();
    await model.actions.refresh();
    expect(client.callNames()).toHaveLength(4);
  });
});

describe('PDF pages helpers', () => {
  it('asks for image widths in steps that fill the frame sharply, within 400–2000 px', () => {
    expect(imageWidthFor(640, 1)).toBe(800);
    expect(imageWidthFor(640, 2)).toBe(1400);
    expect(imageWidthFor(100, 1)).toBe(400);
    expect(imageWidthFor(1900, 2)).toBe(2000);
    expect(imageWidthFor(0, Number.NaN)).toBe(800);
  });

  it('says where the officer is and what can come next', () => {
    expect(pageStatus({ page: 2, pageCount: 12 })).toBe('Page 2 of 12');
    expect([canGoPrevious({ page: 1 }), canGoNext({ page: 1, pageCount: 1 })]).toEqual([false, false]);
    expect([canGoPrevious({ page: 2 }), canGoNext({ page: 2, pageCount: 3 })]).toEqual([true, true]);
    expect([pageNeedsOcr([1, 3], 3), pageNeedsOcr([1, 3], 2)]).toEqual([true, false]);
  });
});
