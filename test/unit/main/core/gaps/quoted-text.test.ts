/**
 * Splitting real Enron bodies into the writer's own words and the messages they quote, in each
 * header style the corpus holds: Lotus Notes ("Jane <j@x> on 05/14/2001 01:46:00 PM", its
 * two-line form, "Please respond to"), Outlook ("-----Original Message-----", "On Behalf Of"),
 * nested "> >" replies, re-wrapped recipient lists and "At …, you wrote:".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameTokens, openingFingerprint, parseWallClock, splitQuotes } from '../../../../../main/core/gaps/quoted-text.js';
import { corpusPath } from '../../../../support/corpus.js';

/** The body of an Enron file as the index holds it (LF line ends). */
function enronBody(path: string): string {
  const raw = readFileSync(corpusPath('email', 'enron', 'maildir', ...path.split('/')), 'latin1').replace(/\r\n/g, '\n');
  return raw.slice(raw.indexOf('\n\n') + 2);
}

describe('splitQuotes', () => {
  it('reads a Notes reply header and an Outlook header below it, and keeps the reply’s own words apart', () => {
    const body = enronBody('skilling-j/sent_items/14.');
    const { ownText, blocks } = splitQuotes(body);
    expect(ownText).toContain('Thank you, Erica.');
    expect(ownText).not.toContain('Thanks for the response');
    // The whole exchange, newest first: five earlier messages.
    expect(blocks).toHaveLength(5);
    expect(blocks.slice(0, 2).map((block) => [block.style, block.sender, block.senderAddress, block.dateText])).toEqual([
      ['notes-reply', 'Erica Harris <EHarris@insightpartners.com>', 'eharris@insightpartners.com', '05/14/2001 01:46:00 PM'],
      ['original-message', 'Jeff.Skilling@enron.com', 'jeff.skilling@enron.com', 'Monday, May 14, 2001 2:38 PM'],
    ]);
    expect(blocks[0]?.subject).toBe('RE: Telephone Call with Jerry Murdock');
    expect(blocks[0]?.text.trim().startsWith('Sheri:')).toBe(true);
    expect(blocks[1]?.recipients).toBe('Erica Harris; Joannie.Williamson@enron.com');
    for (const block of blocks) {
      expect(body.slice(block.start, block.headerEnd)).toBe(block.header);
    }
  });

  it('reads a recipient list wrapped without indentation as part of the header', () => {
    const [block] = splitQuotes(enronBody('skilling-j/_sent_mail/32.')).blocks;
    expect(block?.recipients).toContain('akinpa@email.msn.com');
    expect(openingFingerprint(block?.text ?? '')).toBe('various beta buttheads ok the deadline is fast approaching we re inside');
  });

  it('skips "Please respond to" between a Notes header and its To line', () => {
    const [block] = splitQuotes(enronBody('skilling-j/inbox/2552.')).blocks;
    expect(block).toMatchObject({ style: 'notes-reply', senderAddress: 'handshohl@eudoramail.com', subject: 'Re: [smu-betas] Sad day for Auburn Betas' });
    expect(block?.text.trim().startsWith('alDentiii, JaDrow:')).toBe(true);
  });

  it('reads headers inside nested "> >" quotes', () => {
    const blocks = splitQuotes(enronBody('skilling-j/inbox/2454.')).blocks;
    expect(blocks.map((block) => block.senderAddress)).toContain('camdenway@aol.com');
  });

  it('does not swallow an indented body into the header before it', () => {
    const blocks = splitQuotes(enronBody('skilling-j/inbox/872.')).blocks;
    expect(blocks.map((block) => block.senderAddress || block.sender)).toEqual(['Jim Dent', 'elvisthompson@aol.com']);
    expect(blocks[1]?.text.trim().startsWith('Yes, Elvis is still alive')).toBe(true);
  });

  it('takes the mailbox from "On Behalf Of" and an Eudora "At …, you wrote:" as a quote', () => {
    const [behalf] = splitQuotes(enronBody('skilling-j/all_documents/1535.')).blocks;
    expect(behalf?.senderAddress).toBe('jeff.skilling@enron.com');
    const eudora = splitQuotes(enronBody('skilling-j/inbox/854.'));
    expect(eudora.blocks[0]).toMatchObject({ style: 'on-wrote', sender: '', dateText: '09:28 PM 10/25/01 -0700' });
    expect(eudora.ownText).not.toContain("I'm alive and well");
  });

  it('leaves lines quoted with ">" out of the own words of an interleaved reply', () => {
    const body = 'Agreed.\n> Shall we meet on Monday?\nYes, at ten.';
    const { ownRanges, ownText } = splitQuotes(body);
    expect(ownText).toBe('Agreed.\nYes, at ten.');
    expect(ownRanges.map(([start, end]) => body.slice(start, end))).toEqual(['Agreed.', 'Yes, at ten.']);
  });
});

describe('header dates and names', () => {
  it('reads the date forms mail clients write, as wall-clock readings', () => {
    const at = (text: string) => new Date(parseWallClock(text) ?? 0).toISOString().slice(0, 16);
    expect(at('05/14/2001 01:46:00 PM')).toBe('2001-05-14T13:46');
    expect(at('Monday, May 14, 2001 2:38 PM')).toBe('2001-05-14T14:38');
    expect(at('Mon, 14 May 2001 14:38:00 -0700')).toBe('2001-05-14T14:38');
    expect(at('12/20/99 12:28:07 PM')).toBe('1999-12-20T12:28');
    expect(at('2001-05-14 09:07')).toBe('2001-05-14T09:07');
    expect(parseWallClock('sometime last week')).toBeNull();
  });

  it('compares Notes, Outlook and address forms of a name by their words', () => {
    expect(nameTokens('Jeff Skilling@ENRON')).toEqual(['jeff', 'skilling']);
    expect(nameTokens('Stephanie Strong/ENRON@enronXgate')).toEqual(['stephanie', 'strong']);
    expect(nameTokens('jeff.skilling@enron.com')).toEqual(['jeff', 'skilling']);
  });
});
