import { describe, expect, it } from 'vitest';
import { loadFileDocuments } from '../../../../../main/core/packet/load-files.js';
import { wholePacketPart } from '../../../../../main/core/packet/assemble-split.js';
import { loadFileScenario } from './load-files-fixtures.js';

describe('loadFileDocuments', () => {
  const { input, plan, parts } = loadFileScenario();
  const documents = loadFileDocuments(input, parts, plan.entries);

  it('gives one row per file, sections included, covering every page', () => {
    expect(documents.map((document) => document.fileName)).toEqual(parts.map((part) => part.fileName));
    expect(documents.flatMap((document) => document.pageBates)).toEqual(plan.pages.map((page) => page.bates));
  });

  it('gives a family the range from its first to its last record, and a lone record none', () => {
    const byId = new Map(documents.map((document) => [document.fields.RECORDID, document.fields]));
    expect([byId.get('r-mail')?.BEGATTACH, byId.get('r-mail')?.ENDATTACH]).toEqual(['ABC000003', 'ABC000005']);
    expect([byId.get('r-att')?.BEGATTACH, byId.get('r-att')?.ENDATTACH]).toEqual(['ABC000003', 'ABC000005']);
    expect(byId.get('r-held')?.BEGATTACH).toBe('');
  });

  it('leaves a family scattered among other records without a range', () => {
    const [cover, index, mail, attachment, chat, ...rest] = parts;
    const scattered = [cover, index, mail, chat, attachment, ...rest].flatMap((part) => (part ? [part] : []));
    const rows = loadFileDocuments(input, scattered, plan.entries);
    expect(rows.every((row) => row.fields.BEGATTACH === '')).toBe(true);
  });

  it('shows nothing of a withheld record but its range, custodian, decision, exemptions and hash', () => {
    const held = documents.find((document) => document.fields.RECORDID === 'r-held')?.fields;
    expect(held).toMatchObject({ FROM: '', TO: '', CC: '', FILENAME: '', SUBJECT: '[title withheld]', DECISION: 'Withheld (slip sheet)', EXEMPTIONS: '(b)(5); (b)(6)' });
  });

  it('refuses a single packet: load files describe split ones', () => {
    expect(() => loadFileDocuments(input, [wholePacketPart(plan)], plan.entries)).toThrow(expect.objectContaining({ code: 'internal' }) as Error);
  });
});
