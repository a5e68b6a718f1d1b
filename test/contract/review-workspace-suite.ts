/**
 * The review workspace over every transport, on a real mailbox (the messages Python's email
 * package tests itself with): requests with their intake fields and statutory clocks, release
 * decisions with exemptions that follow exact duplicates and families, redaction spans, batches,
 * QC, undo, and all of it surviving a reopened case. The host's clock is fixed, so the deadlines
 * below are dates worked out by hand from the calendars, not from the code under test.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/ipc/client.js';
import type { CallArgs } from '../../shared/ipc/contract.js';
import type { AuditEntry } from '../../shared/model/audit.js';
import type { RecordDetail } from '../../shared/model/record.js';
import { redactableText } from '../../shared/model/redactable-text.js';
import { DECISIONS } from '../../shared/model/review.js';
import type { Coding, Decision } from '../../shared/model/review.js';
import { checkExemptionApplication } from '../../shared/exemptions/validate-exemption-application.js';
import { CASE_SCHEMA_VERSION } from '../../main/core/case/case-data.js';
import { createHost } from '../../main/host/create-host.js';
import type { Host } from '../../main/host/create-host.js';
import { scriptedDialogs } from '../../main/host/dialog-port.js';
import { REPO_ROOT, corpusPath, tempFolder } from '../support/corpus.js';
import { expectCode } from '../support/expect-code.js';
import { TEST_WORKER_PATH } from '../support/test-host.js';
import type { Connected } from '../support/test-host.js';

const PYTHON_EMAIL = corpusPath('email', 'python-email');
/**
 * 47 message files (three of them read as plain documents) with their attachments and enclosed
 * messages, and the five images beside them in formats OCR reads (GIF, JPEG, PNG, TIFF, WebP) as
 * documents waiting for OCR; the other images and the sounds are not indexed.
 */
const PYTHON_EMAIL_RECORDS = 80;

/**
 * Monday 20 November 2023 at local noon: a day whose deadlines can be counted by hand across
 * Thanksgiving (US) and Christmas (England and Wales). Local, because the backend takes "today"
 * in the machine's zone, and noon UTC is already tomorrow in New Zealand.
 */
const TODAY = new Date(2023, 10, 20, 12, 0, 0);
const ACTOR = 'test-officer';
const NO_RECORD = 'r_0000000000000000';
const NO_REQUEST = 'q_0000000000000000';

const B5 = { catalogue: 'us-foia', code: 'b5' } as const;
const B6 = { catalogue: 'us-foia', code: 'b6' } as const;
const B7C = { catalogue: 'us-foia', code: 'b7C' } as const;
const S40_2 = { catalogue: 'uk-foia', code: 's40(2)' } as const;

/** makeTestHost has no clock option; this is the same host with the clock fixed. */
function makeClockedHost(): Host {
  return createHost({
    mode: 'test',
    version: '0.0.0-test',
    actor: ACTOR,
    dialogs: scriptedDialogs([]),
    resourcesDir: join(REPO_ROOT, 'resources'),
    ingestWorkerPath: TEST_WORKER_PATH,
    sampleCaseDir: null,
    clock: () => new Date(TODAY),
    logger: { error: () => undefined },
  });
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) {
    throw new Error(`expected ${what}`);
  }
  return value;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const sorted = (ids: readonly string[]): string[] => [...ids].sort();
const byRecord = (a: Coding, b: Coding): number => a.recordId.localeCompare(b.recordId);
const idsOf = (items: ReadonlyArray<{ id: string }>): string[] => sorted(items.map((item) => item.id));

export function defineReviewWorkspaceSuite(transport: string, connect: (host: Host) => Promise<Connected>): void {
  describe(`review workspace over ${transport}`, () => {
    let data: { path: string; cleanup(): Promise<void> };
    let host: Host;
    let connection: Connected;
    let client: Client;
    let casePath: string;
    /** msg_07 and msg_13 carry the same dingusfish.gif; msg_17 is the same note with the image stripped. */
    let fish07: RecordDetail;
    let gif07: string;
    let fish13: RecordDetail;
    let gif13: string;
    let fish17: string;
    /** msg_22: one message with two different images. */
    let wibbleMail: string;
    let wibble1: string;
    let wibble2: string;
    /** The two messages with the subject "Lyrics". */
    let lyrics: [string, string];

    const auditEntries = async (): Promise<AuditEntry[]> =>
      (await readFile(join(casePath, 'audit.jsonl'), 'utf8'))
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as AuditEntry);
    const auditText = (): Promise<string> => readFile(join(casePath, 'audit.jsonl'), 'utf8');
    const requestAudit = async (requestId: string, action: string): Promise<AuditEntry[]> =>
      (await auditEntries()).filter((entry) => entry.action === action && entry.target.startsWith(`${requestId}/`));

    const newRequest = async (fields: Partial<CallArgs<'requests.create'>> = {}): Promise<string> =>
      (await client.call('requests.create', { title: 'Review workspace test', ...fields })).id;
    const requestInfo = async (requestId: string) => must((await client.call('requests.list', {})).find((request) => request.id === requestId), `request ${requestId}`);
    /** Each coded record as "decision/basis", the way the officer's screen tells them apart. */
    const decisions = async (requestId: string): Promise<Record<string, string>> =>
      Object.fromEntries((await client.call('codings.list', { requestId })).map((coding) => [coding.recordId, `${coding.decision}/${coding.basis.kind}`]));
    const codingOf = async (requestId: string, recordId: string): Promise<Coding | undefined> =>
      (await client.call('codings.list', { requestId })).find((coding) => coding.recordId === recordId);
    const found = async (query: string, requestId: string): Promise<string[]> =>
      sorted((await client.call('search.query', { query, requestId, pageSize: 200 })).hits.map((hit) => hit.id));
    const reopen = async (): Promise<void> => {
      await client.call('case.close', {});
      await client.call('case.open', { path: casePath });
    };

    beforeAll(async () => {
      data = await tempFolder();
      host = makeClockedHost();
      connection = await connect(host);
      client = connection.client;
      casePath = join(data.path, 'review-case');
      await client.call('case.create', { path: casePath, name: 'Review case', requestTitle: 'Dingus correspondence' });
      const report = await client.call('sources.add', { path: PYTHON_EMAIL, custodian: 'Barry Warsaw' });
      expect(report).toMatchObject({ status: 'completed', source: { recordCount: PYTHON_EMAIL_RECORDS } });

      const withAttachments = await client.call('search.query', { query: 'has:attachment', pageSize: 200 });
      const parents = await Promise.all(withAttachments.hits.map((hit) => client.call('records.get', { recordId: hit.id })));
      const fromFile = (path: string): RecordDetail => must(parents.find((record) => record.locations.some((location) => location.path === path)), `the record of ${path}`);
      fish07 = fromFile('msg_07.txt');
      fish13 = fromFile('msg_13.txt');
      gif07 = must(fish07.children.find((child) => child.title === 'dingusfish.gif'), 'the GIF of msg_07').id;
      gif13 = must(fish13.children.find((child) => child.title === 'dingusfish.gif'), 'the GIF of msg_13').id;
      const wibble = fromFile('msg_22.txt');
      wibbleMail = wibble.id;
      wibble1 = must(wibble.children.find((child) => child.title === 'wibble.JPG'), 'wibble.JPG').id;
      wibble2 = must(wibble.children.find((child) => child.title === 'wibble2.JPG'), 'wibble2.JPG').id;
      fish17 = must((await client.call('search.query', { query: 'subject:dingus', pageSize: 10 })).hits.find((hit) => hit.id !== fish07.id && hit.id !== fish13.id), 'msg_17').id;
      const lyricHits = (await client.call('search.query', { query: 'subject:lyrics', pageSize: 10 })).hits.map((hit) => hit.id);
      expect(lyricHits).toHaveLength(2);
      lyrics = [must(lyricHits[0], 'Lyrics'), must(lyricHits[1], 'Lyrics')];

      // Two records with one content: what "follows to exact duplicates" is about.
      const [a, b] = await Promise.all([gif07, gif13].map((recordId) => client.call('records.get', { recordId })));
      expect(gif07).not.toBe(gif13);
      expect(a?.contentSha256).toBe(b?.contentSha256);
      expect(wibble1).not.toBe(wibble2);
    }, 120_000);
    afterAll(async () => {
      await connection.close();
      await host.close();
      await data.cleanup();
    });

    describe('requests', () => {
      it('takes in a US request with every intake field and shows its clock as of the host date', async () => {
        const intake: CallArgs<'requests.create'> = {
          trackingNumber: 'FOIA-2024-00017',
          title: 'Correspondence about the dingus fish',
          requester: 'Dingus Lovers',
          description: 'All email about the fish, with attachments.',
          receivedOn: '2023-11-16',
          perfectedOn: null,
          dateFrom: '2001-01-01',
          dateTo: '2001-12-31',
          custodians: ['Barry Warsaw', 'Records office', 'Barry Warsaw'],
          track: 'complex',
          status: 'in-review',
          regime: 'us-foia',
          unusualCircumstances: false,
          tolling: [],
          familyRule: 'attachments-follow-withheld-parent',
        };
        const created = await client.call('requests.create', intake);
        // The same person named twice is one custodian.
        expect(created).toMatchObject({ ...intake, custodians: ['Barry Warsaw', 'Records office'], createdAt: TODAY.toISOString() });
        expect(created.progress).toEqual({ total: 0, reviewed: 0, byDecision: {} });
        expect(created).toMatchObject({ responsiveCount: 0, notResponsiveCount: 0 });
        // Day 0 is Thursday 16 November; 20 working days skip the weekends and Thanksgiving (23rd).
        expect(created.deadline).toEqual({
          rule: 'us-foia',
          calendar: 'us-federal',
          clockStartedOn: '2023-11-16',
          dueDate: '2023-12-15',
          baseWorkingDays: 20,
          extensionWorkingDays: 0,
          workingDaysAllowed: 20,
          tolledWorkingDays: 0,
          asOf: '2023-11-20',
          workingDaysElapsed: 2,
          workingDaysRemaining: 18,
          overdue: false,
          clockStopped: false,
        });
        expect(await requestInfo(created.id)).toEqual(created);

        const audit = (await auditEntries()).filter((entry) => entry.action === 'request.create' && entry.target === created.id);
        expect(audit).toHaveLength(1);
        expect(audit[0]?.after).toMatchObject({ trackingNumber: 'FOIA-2024-00017', familyRule: 'attachments-follow-withheld-parent' });
      });

      it('counts a UK request on the England and Wales calendar, where Thanksgiving is a working day and Christmas is not', async () => {
        const sameDay = await client.call('requests.create', { title: 'UK, same day', regime: 'uk-foia', receivedOn: '2023-11-16' });
        expect(sameDay.deadline).toMatchObject({ rule: 'uk-foia', calendar: 'england-and-wales', clockStartedOn: '2023-11-16', dueDate: '2023-12-14', workingDaysElapsed: 2, workingDaysRemaining: 18 });
        // Friday 15 December: Christmas Day, Boxing Day and New Year's Day 2024 do not count.
        const overChristmas = await client.call('requests.create', { title: 'UK, over Christmas', regime: 'uk-foia', receivedOn: '2023-12-15' });
        expect(overChristmas.deadline).toMatchObject({ dueDate: '2024-01-17', workingDaysElapsed: 0, workingDaysRemaining: 20, overdue: false });
      });

      it('moves the US due date for unusual circumstances, a perfected date and tolling, and shows an overdue clock', async () => {
        const deadline = async (fields: Partial<CallArgs<'requests.create'>>) => (await client.call('requests.create', { title: 'Clock', receivedOn: '2023-11-16', ...fields })).deadline;
        // Ten more working days past 15 December skip Christmas Day and New Year's Day.
        expect(await deadline({ unusualCircumstances: true })).toMatchObject({ dueDate: '2024-01-02', extensionWorkingDays: 10, workingDaysAllowed: 30, workingDaysRemaining: 28 });
        // Perfected on Monday 20 November: that is day 0.
        expect(await deadline({ perfectedOn: '2023-11-20' })).toMatchObject({ clockStartedOn: '2023-11-20', dueDate: '2023-12-19', workingDaysElapsed: 0 });
        // Waiting for the requester on Friday 17 and Monday 20: two working days stand still, today among them.
        expect(await deadline({ tolling: [{ reason: 'information', from: '2023-11-17', to: '2023-11-20' }] })).toMatchObject({
          dueDate: '2023-12-19',
          tolledWorkingDays: 2,
          workingDaysElapsed: 0,
          clockStopped: true,
        });
        // Received Monday 2 October: Columbus Day (9 October) is skipped, so due 31 October; by today 33
        // working days have passed (Veterans Day is observed on Friday 10 November).
        expect(await deadline({ receivedOn: '2023-10-02' })).toMatchObject({ dueDate: '2023-10-31', overdue: true, workingDaysElapsed: 33, workingDaysRemaining: -13 });
        expect((await client.call('requests.create', { title: 'No date yet' })).deadline).toBeNull();
      });

      it('refuses contradictory dates with invalid-args naming each problem, and writes nothing', async () => {
        const before = { requests: (await client.call('requests.list', {})).length, audit: await auditText() };
        const refused = async (fields: Partial<CallArgs<'requests.create'>>, ...problems: string[]) => {
          const error = await expectCode(client.call('requests.create', { title: 'Contradictory', ...fields }), 'invalid-args');
          for (const problem of problems) {
            expect(error.message).toContain(problem);
          }
          expect(error.details?.['problems']).toEqual(problems);
        };
        await refused({ receivedOn: '2023-11-16', perfectedOn: '2023-11-10' }, 'the perfected date 2023-11-10 is before the received date 2023-11-16');
        await refused({ dateFrom: '2001-06-01', dateTo: '2001-01-31' }, "the records' period ends (2001-01-31) before it starts (2001-06-01)");
        await refused(
          { receivedOn: '2023-11-16', tolling: [{ reason: 'fees', from: '2023-11-10', to: '2023-11-17' }] },
          'tolling period 1 starts (2023-11-10) before the request was received (2023-11-16)',
        );
        await refused({ receivedOn: '2023-11-16', tolling: [{ reason: 'fees', from: '2023-11-20', to: '2023-11-17' }] }, 'tolling period 1 ends (2023-11-17) before it starts (2023-11-20)');
        // Every problem at once, so the form can mark every field.
        await refused(
          { receivedOn: '2023-11-16', perfectedOn: '2023-11-01', dateFrom: '2001-06-01', dateTo: '2001-01-31' },
          'the perfected date 2023-11-01 is before the received date 2023-11-16',
          "the records' period ends (2001-01-31) before it starts (2001-06-01)",
        );
        // Not a calendar date, and a regime the app does not know: refused by the contract itself.
        await expectCode(client.call('requests.create', { title: 'Bad date', receivedOn: '2023-02-30' }), 'invalid-args');
        const raw = client.call as unknown as (name: string, args: unknown) => Promise<unknown>;
        await expectCode(raw('requests.create', { title: 'Bad regime', regime: 'eu-foia' }), 'invalid-args');

        expect(await client.call('requests.list', {})).toHaveLength(before.requests);
        expect(await auditText()).toBe(before.audit);
      });

      it('changes intake fields, audits the change, refuses contradictions, and undoes it', async () => {
        const created = await client.call('requests.create', { title: 'To be changed', requester: 'Dingus Lovers', receivedOn: '2023-11-16' });
        const id = created.id;
        const changes: CallArgs<'requests.update'>['changes'] = { trackingNumber: 'FOIA-2024-00018', status: 'on-hold', track: 'expedited', perfectedOn: '2023-11-20', custodians: ['Barry Warsaw'] };
        const updated = await client.call('requests.update', { requestId: id, changes });
        // What was not changed stays as it was.
        expect(updated).toMatchObject({ ...changes, id, title: 'To be changed', requester: 'Dingus Lovers', receivedOn: '2023-11-16', regime: 'us-foia', createdAt: created.createdAt });
        // The clock now starts from the perfected date.
        expect(updated.deadline).toMatchObject({ clockStartedOn: '2023-11-20', dueDate: '2023-12-19' });
        expect(await requestInfo(id)).toEqual(updated);
        const audited = (await auditEntries()).filter((entry) => entry.action === 'request.update' && entry.target === id);
        expect(audited).toHaveLength(1);
        expect(audited[0]?.before).toMatchObject({ status: 'received', trackingNumber: '', perfectedOn: null });
        expect(audited[0]?.after).toMatchObject(changes);

        // Changing nothing is not a change: no audit line, nothing to undo.
        const unchanged = await auditText();
        expect(await client.call('requests.update', { requestId: id, changes: { status: 'on-hold' } })).toEqual(updated);
        expect(await auditText()).toBe(unchanged);

        // The dates are checked as they would be after the change, and a refusal writes nothing.
        const error = await expectCode(client.call('requests.update', { requestId: id, changes: { receivedOn: '2023-11-22' } }), 'invalid-args');
        expect(error.message).toContain('the perfected date 2023-11-20 is before the received date 2023-11-22');
        await expectCode(client.call('requests.update', { requestId: NO_REQUEST, changes: { status: 'closed' } }), 'not-found');
        await expectCode(client.call('requests.update', { requestId: id, changes: { title: '  ' } }), 'invalid-args');
        expect(await requestInfo(id)).toEqual(updated);
        expect(await auditText()).toBe(unchanged);

        expect(await client.call('review.undo', {})).toMatchObject({ undone: 'change request "To be changed"' });
        expect(await requestInfo(id)).toEqual(created);
        const undone = (await auditEntries()).filter((entry) => entry.action === 'request.update.undo' && entry.target === id);
        expect(undone.map((entry) => [entry.before, entry.after])).toEqual([[audited[0]?.after, audited[0]?.before]]);
      });
    });

    describe('coding', () => {
      it('codes release-in-full, not-responsive and withhold-in-full with exemptions, one audit line per change', async () => {
        const requestId = await newRequest();
        const released = await client.call('records.code', { requestId, recordIds: [lyrics[0]], decision: 'release-in-full', note: 'on point' });
        expect(released).toMatchObject({ direct: 1, followers: 0, changed: 1 });
        expect(released.codings).toEqual([
          { requestId, recordId: lyrics[0], decision: 'release-in-full', exemptions: [], note: 'on point', basis: { kind: 'direct' }, updatedAt: TODAY.toISOString(), updatedBy: ACTOR },
        ]);
        expect(await client.call('records.code', { requestId, recordIds: [lyrics[1]], decision: 'not-responsive' })).toMatchObject({ direct: 1, followers: 0, changed: 1 });
        // The same exemption twice says nothing more, and is kept once.
        const withheld = await client.call('records.code', { requestId, recordIds: [wibbleMail], decision: 'withhold-in-full', exemptions: [B6, B7C, B6], note: 'names' });
        expect(withheld.codings[0]).toMatchObject({ recordId: wibbleMail, decision: 'withhold-in-full', exemptions: [B6, B7C], note: 'names' });

        expect(await decisions(requestId)).toEqual({
          [lyrics[0]]: 'release-in-full/direct',
          [lyrics[1]]: 'not-responsive/direct',
          [wibbleMail]: 'withhold-in-full/direct',
        });
        expect((await client.call('records.get', { recordId: wibbleMail })).codings).toContainEqual(withheld.codings[0]);
        expect(await requestInfo(requestId)).toMatchObject({
          responsiveCount: 2,
          notResponsiveCount: 1,
          progress: { total: 3, reviewed: 3, byDecision: { 'release-in-full': 1, 'not-responsive': 1, 'withhold-in-full': 1 } },
        });

        // Re-applying a decision changes nothing, so it writes no line.
        const lines = await auditText();
        expect(await client.call('records.code', { requestId, recordIds: [lyrics[0]], decision: 'release-in-full', note: 'on point' })).toMatchObject({ direct: 1, changed: 0 });
        expect(await auditText()).toBe(lines);

        const audit = await requestAudit(requestId, 'record.code');
        expect(audit.map((entry) => entry.target)).toEqual([`${requestId}/${lyrics[0]}`, `${requestId}/${lyrics[1]}`, `${requestId}/${wibbleMail}`]);
        expect(audit.every((entry) => entry.before === null && entry.actor === ACTOR)).toBe(true);
        expect(audit[2]?.after).toEqual(withheld.codings[0]);
        expect(await client.call('audit.verify', {})).toMatchObject({ ok: true });
      });

      it('refuses exemptions that do not fit the decision or the request, with the catalogue’s own message, and codes nothing', async () => {
        const requestId = await newRequest();
        const ukRequestId = await newRequest({ regime: 'uk-foia' });
        const lines = await auditText();
        const refusal = async (args: Partial<CallArgs<'records.code'>>, requestFor = requestId) =>
          (await expectCode(client.call('records.code', { requestId: requestFor, recordIds: [fish17], decision: 'withhold-in-full', ...args }), 'invalid-args')).message;

        expect(await refusal({ exemptions: [] })).toMatch(/needs at least one exemption/);
        expect(await refusal({ decision: 'release-in-full', exemptions: [B6] })).toMatch(/"release-in-full" is not withheld, so it takes no exemption/);
        expect(await refusal({ decision: 'not-responsive', exemptions: [B6] })).toMatch(/"not-responsive" is not withheld/);
        expect(await refusal({ exemptions: [S40_2] })).toContain('exemption 1 (s40(2)) is from the uk-foia catalogue, but this request follows us-foia');
        expect(await refusal({ exemptions: [B6] }, ukRequestId)).toContain('exemption 1 (b6) is from the us-foia catalogue, but this request follows uk-foia');

        // An unknown code answers with the validator's message, suggestion included.
        for (const code of ['b10', '(b)(6)']) {
          const check = checkExemptionApplication({ catalogue: 'us-foia', code });
          expect(check.ok).toBe(false);
          const message = check.ok ? '' : (check.problems[0]?.message ?? '');
          expect(await refusal({ exemptions: [B5, { catalogue: 'us-foia', code }] })).toBe(`exemption 2: ${message}`);
        }
        expect(await refusal({ exemptions: [{ catalogue: 'us-foia', code: 'b10' }] })).toContain("Did you mean 'b1'");
        expect(await refusal({ exemptions: [{ catalogue: 'us-foia', code: '(b)(6)' }] })).toContain("is 'b6'");
        expect(await refusal({ exemptions: [{ catalogue: 'us-foia', code: 'b3' }] })).toMatch(/\(b\)\(3\).*must name the statute/);

        await expectCode(client.call('records.code', { requestId, recordIds: [fish17, NO_RECORD], decision: 'release-in-full' }), 'not-found');
        await expectCode(client.call('records.code', { requestId: NO_REQUEST, recordIds: [fish17], decision: 'release-in-full' }), 'not-found');
        expect(await client.call('codings.list', { requestId })).toEqual([]);
        expect(await client.call('codings.list', { requestId: ukRequestId })).toEqual([]);
        expect(await auditText()).toBe(lines);
      });

      it('accepts (b)(3) with its statute, and a UK section on a UK request', async () => {
        const requestId = await newRequest();
        const coded = await client.call('records.code', {
          requestId,
          recordIds: [fish17],
          decision: 'withhold-in-full',
          exemptions: [{ catalogue: 'us-foia', code: 'b3', statute: '26 U.S.C.\n 6103' }],
        });
        // A citation is printed on one line.
        expect(coded.codings[0]?.exemptions).toEqual([{ catalogue: 'us-foia', code: 'b3', statute: '26 U.S.C. 6103' }]);
        const ukRequestId = await newRequest({ regime: 'uk-foia' });
        const uk = await client.call('records.code', { requestId: ukRequestId, recordIds: [fish17], decision: 'withhold-in-full', exemptions: [S40_2] });
        expect(uk.codings[0]?.exemptions).toEqual([S40_2]);
        // A referral may carry the exemptions the other agency is consulted about.
        const referred = await client.call('records.code', { requestId, recordIds: [lyrics[0]], decision: 'referral', exemptions: [B5] });
        expect(referred.codings[0]).toMatchObject({ decision: 'referral', exemptions: [B5] });
      });

      it('follows a decision to an exact duplicate (one GIF attached to two messages), never over a direct decision', async () => {
        const requestId = await newRequest();
        const first = await client.call('records.code', { requestId, recordIds: [gif07], decision: 'not-responsive', note: 'a picture of a fish' });
        expect(first).toMatchObject({ direct: 1, followers: 1, changed: 2 });
        expect(await codingOf(requestId, gif13)).toMatchObject({ decision: 'not-responsive', note: 'a picture of a fish', basis: { kind: 'duplicate', of: gif07 } });
        expect((await requestAudit(requestId, 'record.code')).map((entry) => entry.target)).toEqual([`${requestId}/${gif07}`, `${requestId}/${gif13}`]);

        // Coding the copy itself makes it direct; the original, coded directly, does not follow back.
        const second = await client.call('records.code', { requestId, recordIds: [gif13], decision: 'release-in-full' });
        expect(second).toMatchObject({ direct: 1, followers: 0, changed: 1 });
        expect(await decisions(requestId)).toEqual({ [gif07]: 'not-responsive/direct', [gif13]: 'release-in-full/direct' });
      });

      it('withholds the attachments of a withheld parent under "attachments-follow-withheld-parent", not those of a released one', async () => {
        const requestId = await newRequest({ familyRule: 'attachments-follow-withheld-parent' });
        expect(await client.call('records.code', { requestId, recordIds: [fish07.id], decision: 'release-in-full' })).toMatchObject({ direct: 1, followers: 0, changed: 1 });
        expect(await codingOf(requestId, gif07)).toBeUndefined();

        const withheld = await client.call('records.code', { requestId, recordIds: [fish13.id], decision: 'withhold-in-full', exemptions: [B6], note: 'personal' });
        expect(withheld).toMatchObject({ direct: 1, followers: 1, changed: 2 });
        expect(await codingOf(requestId, gif13)).toMatchObject({ decision: 'withhold-in-full', exemptions: [B6], note: 'personal', basis: { kind: 'family', of: fish13.id } });
        // Following is one step deep: the GIF's copy in msg_07 does not follow the GIF in turn.
        expect(await codingOf(requestId, gif07)).toBeUndefined();

        // An attachment the officer decided stays as decided; its sibling follows.
        await client.call('records.code', { requestId, recordIds: [wibble1], decision: 'release-in-full' });
        const family = await client.call('records.code', { requestId, recordIds: [wibbleMail], decision: 'withhold-in-full', exemptions: [B7C] });
        expect(family).toMatchObject({ direct: 1, followers: 1, changed: 2 });
        expect(await decisions(requestId)).toMatchObject({ [wibbleMail]: 'withhold-in-full/direct', [wibble1]: 'release-in-full/direct', [wibble2]: 'withhold-in-full/family' });

        // Clearing the parent clears what followed it, and only that.
        const cleared = await client.call('records.code', { requestId, recordIds: [wibbleMail], decision: null });
        expect(cleared).toMatchObject({ codings: [], direct: 1, changed: 2 });
        const after = await decisions(requestId);
        expect(after[wibbleMail]).toBeUndefined();
        expect(after[wibble2]).toBeUndefined();
        expect(after[wibble1]).toBe('release-in-full/direct');
        const audit = await requestAudit(requestId, 'record.code');
        expect(audit.slice(-2).map((entry) => [entry.target, entry.after])).toEqual([
          [`${requestId}/${wibbleMail}`, null],
          [`${requestId}/${wibble2}`, null],
        ]);
      });

      // Attachments withheld because their parent was go back to not reviewed when it is released.
      it('takes back the withholding of attachments when their parent is released', async () => {
        const requestId = await newRequest({ familyRule: 'attachments-follow-withheld-parent' });
        await client.call('records.code', { requestId, recordIds: [fish07.id], decision: 'withhold-in-full', exemptions: [B6] });
        expect(await codingOf(requestId, gif07)).toMatchObject({ decision: 'withhold-in-full', basis: { kind: 'family', of: fish07.id } });
        await client.call('records.code', { requestId, recordIds: [fish07.id], decision: 'release-in-full' });
        // A follower's decision is its parent's: none may still claim to follow it with another.
        const stale = (await client.call('codings.list', { requestId })).filter(
          (coding) => coding.basis.kind === 'family' && coding.basis.of === fish07.id && coding.decision !== 'release-in-full',
        );
        expect(stale).toEqual([]);
      });
    });

    describe('coding every result of a search', () => {
      it('codes every match when the confirmed count is right, and otherwise refuses naming both counts', async () => {
        const requestId = await newRequest();
        const query = 'subject:lyrics';
        expect((await client.call('search.query', { query, requestId })).total).toBe(2);
        const lines = await auditText();
        const error = await expectCode(client.call('records.codeSearch', { requestId, query, expectedCount: 3, decision: 'release-in-full' }), 'invalid-args');
        expect(error.message).toContain('finds 2 records, not the 3 you confirmed');
        expect(error.details).toMatchObject({ found: 2, expected: 3 });
        await expectCode(client.call('records.codeSearch', { requestId, query: 'subject:(lyrics', expectedCount: 2, decision: 'release-in-full' }), 'invalid-args');
        await expectCode(client.call('records.codeSearch', { requestId: NO_REQUEST, query, expectedCount: 2, decision: 'release-in-full' }), 'not-found');
        expect(await client.call('codings.list', { requestId })).toEqual([]);
        expect(await auditText()).toBe(lines);

        const coded = await client.call('records.codeSearch', { requestId, query, expectedCount: 2, decision: 'withhold-in-full', exemptions: [B5], note: 'drafts' });
        expect(coded).toMatchObject({ direct: 2, followers: 0, changed: 2 });
        expect(await decisions(requestId)).toEqual({ [lyrics[0]]: 'withhold-in-full/direct', [lyrics[1]]: 'withhold-in-full/direct' });
        expect(await requestAudit(requestId, 'record.code')).toHaveLength(2);
        // The search reads this request's codings: nothing it matches is uncoded any more.
        expect((await client.call('search.query', { query: `${query} AND decision:uncoded`, requestId })).total).toBe(0);

        expect((await client.call('review.undo', {})).undone).toContain('every result of "subject:lyrics"');
        expect(await client.call('codings.list', { requestId })).toEqual([]);
      });
    });

    describe('searching decisions', () => {
      it('finds each decision, "responsive" and "uncoded" with decision:, codes with exemption:, and counts them in the facet', async () => {
        const requestId = await newRequest();
        const code = (recordIds: string[], decision: Decision, exemptions: Array<typeof B5 | typeof B6> = []) => client.call('records.code', { requestId, recordIds, decision, exemptions });
        await code([lyrics[0]], 'release-in-full');
        await code([lyrics[1]], 'release-in-part', [B5]);
        await code([wibbleMail], 'withhold-in-full', [B6]);
        await code([fish17], 'referral');
        // Its copy in msg_07 follows, so two records carry "duplicate".
        await code([gif13], 'duplicate');
        await code([fish07.id], 'not-responsive');
        const codings = await client.call('codings.list', { requestId });
        expect(codings).toHaveLength(7);
        const idsWith = (wanted: (decision: Decision) => boolean) => sorted(codings.filter((coding) => wanted(coding.decision)).map((coding) => coding.recordId));

        for (const decision of DECISIONS) {
          const expected = idsWith((candidate) => candidate === decision);
          expect(expected.length).toBeGreaterThan(0);
          expect(await found(`decision:${decision}`, requestId)).toEqual(expected);
        }
        expect(await found('decision:duplicate', requestId)).toEqual(sorted([gif07, gif13]));
        expect(await found('decision:responsive', requestId)).toEqual(sorted([lyrics[0], lyrics[1], wibbleMail, fish17]));
        expect(await found('decision:release-*', requestId)).toEqual(sorted([lyrics[0], lyrics[1]]));
        const uncoded = await client.call('search.query', { query: 'decision:uncoded', requestId, pageSize: 1 });
        expect(uncoded.total).toBe(PYTHON_EMAIL_RECORDS - 7);
        expect(await found('decision:uncoded AND subject:lyrics', requestId)).toEqual([]);
        expect(await found('exemption:b6', requestId)).toEqual([wibbleMail]);
        expect(await found('exemption:B5 OR exemption:b6', requestId)).toEqual(sorted([lyrics[1], wibbleMail]));

        const facets = await client.call('search.query', { query: '', requestId, facets: true, pageSize: 1 });
        expect(facets.facets?.decision).toEqual([
          { value: 'release-in-full', count: 1 },
          { value: 'release-in-part', count: 1 },
          { value: 'withhold-in-full', count: 1 },
          { value: 'referral', count: 1 },
          { value: 'duplicate', count: 2 },
          { value: 'not-responsive', count: 1 },
          { value: 'uncoded', count: PYTHON_EMAIL_RECORDS - 7 },
        ]);
        const within = await client.call('search.query', { query: 'subject:dingus', requestId, facets: true, pageSize: 1 });
        expect(within.facets?.decision).toEqual([
          { value: 'referral', count: 1 },
          { value: 'not-responsive', count: 1 },
          { value: 'uncoded', count: 1 },
        ]);
      });
    });

    describe('redactions', () => {
      it('draws spans on real text, lists, changes and removes them, audits each, and undo brings a removed one back', async () => {
        const requestId = await newRequest();
        const body = redactableText(fish07, 'body');
        const start = body.indexOf('dingus');
        expect(start).toBeGreaterThan(0);
        const inBody = await client.call('redactions.add', { requestId, recordId: fish07.id, field: 'body', start, end: start + 'dingus'.length, exemptions: [B6], note: 'a name' });
        expect(inBody).toMatchObject({
          requestId,
          recordId: fish07.id,
          field: 'body',
          start,
          end: start + 6,
          quote: 'dingus',
          fieldSha256: sha256(body),
          exemptions: [B6],
          note: 'a name',
          status: 'ok',
          createdAt: TODAY.toISOString(),
          createdBy: ACTOR,
          updatedBy: ACTOR,
        });
        const to = redactableText(fish07, 'to');
        expect(to).toBe('Dingus Lovers <cravindogs@cravindogs.com>');
        const inTo = await client.call('redactions.add', { requestId, recordId: fish07.id, field: 'to', start: to.indexOf('<') + 1, end: to.indexOf('>'), exemptions: [B6] });
        expect(inTo).toMatchObject({ quote: 'cravindogs@cravindogs.com', fieldSha256: sha256(to), status: 'ok' });
        const subject = redactableText(fish13, 'subject');
        const inOther = await client.call('redactions.add', { requestId, recordId: fish13.id, field: 'subject', start: 0, end: subject.length, exemptions: [B6] });
        expect(inOther.quote).toBe('Here is your dingus fish');

        expect((await client.call('redactions.list', { requestId })).map((redaction) => redaction.id)).toEqual([inBody.id, inTo.id, inOther.id]);
        expect((await client.call('redactions.list', { requestId, recordId: fish07.id })).map((redaction) => redaction.id)).toEqual([inBody.id, inTo.id]);
        expect(await client.call('redactions.list', { requestId, recordId: fish13.id })).toEqual([inOther]);

        const changed = await client.call('redactions.update', { redactionId: inBody.id, exemptions: [B7C], note: 'an informant' });
        expect(changed).toEqual({ ...inBody, exemptions: [B7C], note: 'an informant' });
        const moved = await client.call('redactions.update', { redactionId: inBody.id, start: body.indexOf('fish'), end: body.indexOf('fish') + 4 });
        expect(moved).toMatchObject({ quote: 'fish', exemptions: [B7C], note: 'an informant', status: 'ok' });
        await expectCode(client.call('redactions.update', { redactionId: inBody.id, end: body.indexOf('fish') }), 'invalid-args');
        await expectCode(client.call('redactions.update', { redactionId: 'x_0000000000000000', note: 'x' }), 'not-found');
        // A redaction's exemptions are the record's too: exemption: finds it.
        expect(await found('exemption:b7c', requestId)).toEqual([fish07.id]);

        expect(await client.call('redactions.remove', { redactionId: inTo.id })).toEqual({ removed: inTo.id });
        expect(idsOf(await client.call('redactions.list', { requestId }))).toEqual(sorted([inBody.id, inOther.id]));
        await expectCode(client.call('redactions.remove', { redactionId: inTo.id }), 'not-found');

        const audit = (await auditEntries()).filter((entry) => entry.action.startsWith('redaction.') && entry.target.startsWith(`${requestId}/`));
        expect(audit.map((entry) => [entry.action, entry.target])).toEqual([
          ['redaction.add', `${requestId}/${fish07.id}/${inBody.id}`],
          ['redaction.add', `${requestId}/${fish07.id}/${inTo.id}`],
          ['redaction.add', `${requestId}/${fish13.id}/${inOther.id}`],
          ['redaction.update', `${requestId}/${fish07.id}/${inBody.id}`],
          ['redaction.update', `${requestId}/${fish07.id}/${inBody.id}`],
          ['redaction.remove', `${requestId}/${fish07.id}/${inTo.id}`],
        ]);
        expect(audit[3]?.before).toMatchObject({ exemptions: [B6], note: 'a name' });
        expect(audit[3]?.after).toMatchObject({ exemptions: [B7C], note: 'an informant' });
        expect(audit[5]?.after).toBeNull();

        expect((await client.call('review.undo', {})).undone).toMatch(/^remove a redaction/);
        const restored = await client.call('redactions.list', { requestId, recordId: fish07.id });
        expect([...restored].sort((a, b) => a.id.localeCompare(b.id))).toEqual([moved, inTo].sort((a, b) => a.id.localeCompare(b.id)));
        expect((await auditEntries()).filter((entry) => entry.action === 'redaction.undo').at(-1)).toMatchObject({ before: null, after: { id: inTo.id, quote: inTo.quote } });
      });

      it('refuses a span that is not inside the text, and exemptions that do not fit, writing nothing', async () => {
        const requestId = await newRequest();
        const body = redactableText(fish07, 'body');
        const lines = await auditText();
        const add = (args: Partial<CallArgs<'redactions.add'>>) =>
          client.call('redactions.add', { requestId, recordId: fish07.id, field: 'body', start: 0, end: 2, exemptions: [B6], ...args });
        const outside = await expectCode(add({ start: body.length - 2, end: body.length + 1 }), 'invalid-args');
        expect(outside.message).toContain(`(${body.length} characters)`);
        expect(outside.message).toContain(fish07.id);
        await expectCode(add({ start: 5, end: 5 }), 'invalid-args');
        await expectCode(add({ start: 6, end: 4 }), 'invalid-args');
        await expectCode(add({ field: 'cc' }), 'invalid-args');
        await expectCode(add({ exemptions: [] }), 'invalid-args');
        await expectCode(add({ exemptions: [S40_2] }), 'invalid-args');
        await expectCode(add({ exemptions: [{ catalogue: 'us-foia', code: 'b3' }] }), 'invalid-args');
        await expectCode(add({ recordId: NO_RECORD }), 'not-found');
        await expectCode(add({ requestId: NO_REQUEST }), 'not-found');
        expect(await client.call('redactions.list', { requestId })).toEqual([]);
        expect(await auditText()).toBe(lines);
      });
    });

    describe('batches, progress and QC', () => {
      it('makes batches from records and from a search in the request, counts what is reviewed, and undoes one', async () => {
        const requestId = await newRequest();
        const byList = await client.call('batches.create', { requestId, name: 'Dingus mail', reviewer: 'Reviewer A', recordIds: [fish07.id, fish13.id, fish07.id] });
        expect(byList).toMatchObject({ requestId, name: 'Dingus mail', reviewer: 'Reviewer A', recordIds: [fish07.id, fish13.id], createdAt: TODAY.toISOString(), createdBy: ACTOR });
        await client.call('records.code', { requestId, recordIds: [lyrics[0]], decision: 'release-in-full' });
        // The search reads this request's codings: the coded song is not in it.
        const bySearch = await client.call('batches.create', { requestId, name: 'Uncoded lyrics', reviewer: 'Reviewer B', query: 'subject:lyrics AND decision:uncoded' });
        expect(bySearch.recordIds).toEqual([lyrics[1]]);
        const lines = await auditText();
        await expectCode(client.call('batches.create', { requestId, name: 'Empty', reviewer: 'Reviewer B', query: 'subject:lyrics AND decision:referral' }), 'invalid-args');
        await expectCode(client.call('batches.create', { requestId, name: 'Empty', reviewer: 'Reviewer B' }), 'invalid-args');
        await expectCode(client.call('batches.create', { requestId, name: 'Broken', reviewer: 'Reviewer B', query: 'subject:(lyrics' }), 'invalid-args');
        await expectCode(client.call('batches.create', { requestId, name: 'Missing', reviewer: 'Reviewer B', recordIds: [NO_RECORD] }), 'not-found');
        await expectCode(client.call('batches.create', { requestId: NO_REQUEST, name: 'Nowhere', reviewer: 'Reviewer B', recordIds: [fish17] }), 'not-found');
        expect(await auditText()).toBe(lines);

        const both = await client.call('batches.create', { requestId, name: 'Both', reviewer: 'Reviewer A', recordIds: [fish17], query: 'subject:lyrics' });
        expect(sorted(both.recordIds)).toEqual(sorted([fish17, lyrics[0], lyrics[1]]));
        expect(await client.call('review.undo', {})).toMatchObject({ undone: 'create batch "Both"' });
        expect((await client.call('batches.list', { requestId })).map((batch) => batch.id)).toEqual([byList.id, bySearch.id]);
        const audit = (await auditEntries()).filter((entry) => entry.action.startsWith('batch.') && [byList.id, bySearch.id, both.id].includes(entry.target));
        expect(audit.map((entry) => [entry.action, entry.target])).toEqual([
          ['batch.create', byList.id],
          ['batch.create', bySearch.id],
          ['batch.create', both.id],
          ['batch.undo', both.id],
        ]);

        await client.call('records.code', { requestId, recordIds: [fish07.id], decision: 'not-responsive' });
        expect((await client.call('batches.list', { requestId })).map((batch) => [batch.name, batch.reviewed, batch.recordIds.length])).toEqual([
          ['Dingus mail', 1, 2],
          ['Uncoded lyrics', 0, 1],
        ]);
        // The review set is the batches' records and every record coded for the request.
        expect(await requestInfo(requestId)).toMatchObject({
          progress: { total: 4, reviewed: 2, byDecision: { 'release-in-full': 1, 'not-responsive': 1 } },
          responsiveCount: 1,
          notResponsiveCount: 1,
        });
        await expectCode(client.call('batches.list', { requestId: NO_REQUEST }), 'not-found');
      });

      it('lists one reviewer’s direct decisions for QC, and the same seeded sample of them each time', async () => {
        const requestId = await newRequest({ familyRule: 'attachments-follow-withheld-parent' });
        await client.call('records.code', { requestId, recordIds: [lyrics[0], fish07.id], decision: 'release-in-full' });
        await client.call('records.code', { requestId, recordIds: [lyrics[1]], decision: 'not-responsive' });
        await client.call('records.code', { requestId, recordIds: [fish17], decision: 'referral' });
        // Its two attachments follow: they are not decisions a QC reviewer checks.
        await client.call('records.code', { requestId, recordIds: [wibbleMail], decision: 'withhold-in-full', exemptions: [B6] });
        expect(await client.call('codings.list', { requestId })).toHaveLength(7);

        const direct = sorted([lyrics[0], lyrics[1], fish07.id, fish17, wibbleMail]);
        const all = await client.call('review.qc', { requestId, reviewer: ACTOR });
        expect(sorted(all.map((coding) => coding.recordId))).toEqual(direct);
        expect(all.every((coding) => coding.basis.kind === 'direct' && coding.updatedBy === ACTOR)).toBe(true);

        const sample = await client.call('review.qc', { requestId, reviewer: ACTOR, sample: 3 });
        expect(sample).toHaveLength(3);
        expect(new Set(sample.map((coding) => coding.recordId)).size).toBe(3);
        expect(sample.every((coding) => direct.includes(coding.recordId))).toBe(true);
        expect(await client.call('review.qc', { requestId, reviewer: ACTOR, sample: 3 })).toEqual(sample);
        expect(sorted((await client.call('review.qc', { requestId, reviewer: ACTOR, sample: 50 })).map((coding) => coding.recordId))).toEqual(direct);
        expect(await client.call('review.qc', { requestId, reviewer: 'someone-else' })).toEqual([]);
        await expectCode(client.call('review.qc', { requestId: NO_REQUEST, reviewer: ACTOR }), 'not-found');
      });
    });

    describe('undo', () => {
      it('undoes the latest step exactly, then the one before, and answers null with nothing left', async () => {
        // A reopened case starts a new session with nothing to undo: the stack is this test's alone.
        await reopen();
        expect(await client.call('review.undo', {})).toEqual({ undone: null, next: null });
        const requestId = await newRequest();
        await client.call('records.code', { requestId, recordIds: [lyrics[0], lyrics[1], fish07.id], decision: 'release-in-full', note: 'step 1' });
        const afterFirst = (await client.call('codings.list', { requestId })).sort(byRecord);
        const second = await client.call('records.code', { requestId, recordIds: [lyrics[0], fish13.id, gif07], decision: 'withhold-in-full', exemptions: [B6], note: 'step 2' });
        // gif13 follows gif07 as its duplicate: one step, four changes.
        expect(second).toMatchObject({ direct: 3, followers: 1, changed: 4 });

        expect(await client.call('review.undo', {})).toEqual({ undone: 'withhold-in-full on 3 records', next: 'release-in-full on 3 records' });
        expect((await client.call('codings.list', { requestId })).sort(byRecord)).toEqual(afterFirst);
        expect(await client.call('review.undo', {})).toEqual({ undone: 'release-in-full on 3 records', next: null });
        expect(await client.call('codings.list', { requestId })).toEqual([]);
        expect(await client.call('review.undo', {})).toEqual({ undone: null, next: null });

        // The log keeps every step and says what each undo wrote back.
        const undone = await requestAudit(requestId, 'record.code.undo');
        expect(undone).toHaveLength(4 + 3);
        expect(undone.find((entry) => entry.target === `${requestId}/${lyrics[0]}`)?.after).toMatchObject({ decision: 'release-in-full', note: 'step 1' });
        expect(await requestAudit(requestId, 'record.code')).toHaveLength(3 + 4);
        expect(await client.call('audit.verify', {})).toMatchObject({ ok: true });
      });
    });

    describe('reopening the case', () => {
      it('keeps requests, codings, redactions and batches in case.json (the current schema), but not the undo history', async () => {
        const snapshot = async () => {
          const requests = await client.call('requests.list', {});
          const perRequest = await Promise.all(
            requests.map(async (request) => ({
              codings: await client.call('codings.list', { requestId: request.id }),
              redactions: await client.call('redactions.list', { requestId: request.id }),
              batches: await client.call('batches.list', { requestId: request.id }),
            })),
          );
          return { requests, perRequest };
        };
        const before = await snapshot();
        const totals = (field: 'codings' | 'redactions' | 'batches') => before.perRequest.reduce((sum, entry) => sum + entry[field].length, 0);
        expect(totals('codings')).toBeGreaterThan(0);
        expect(totals('redactions')).toBeGreaterThan(0);
        expect(totals('batches')).toBeGreaterThan(0);

        await client.call('case.close', {});
        const stored = JSON.parse(await readFile(join(casePath, 'case.json'), 'utf8')) as Record<string, unknown>;
        expect(stored['schemaVersion']).toBe(CASE_SCHEMA_VERSION);
        expect(stored['codings']).toHaveLength(totals('codings'));
        expect(stored['redactions']).toHaveLength(totals('redactions'));
        expect(stored['batches']).toHaveLength(totals('batches'));

        await client.call('case.open', { path: casePath });
        expect(await snapshot()).toEqual(before);
        expect(before.perRequest.flatMap((entry) => entry.redactions).every((redaction) => redaction.status === 'ok')).toBe(true);
        expect(await client.call('review.undo', {})).toEqual({ undone: null, next: null });
        expect(await client.call('audit.verify', {})).toMatchObject({ ok: true });
      });
    });
  });
}
