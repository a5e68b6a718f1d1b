/**
 * The off-record lexicon's pattern syntax (word boundaries, punctuation between words, spelling
 * choices, prefixes, exceptions) and the detector's reading of own words only, on a real Enron
 * reply with a phrase placed in its own words and in its quoted part.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GapRecord } from '../../../../../main/core/gaps/detector-input.js';
import { compileOffRecordEntry, DEFAULT_OFF_RECORD_LEXICON } from '../../../../../main/core/gaps/off-record-lexicon.js';
import { detectOffRecordMoves, offRecordMatches } from '../../../../../main/core/gaps/off-record-move.js';
import { corpusPath } from '../../../../support/corpus.js';

const entries = DEFAULT_OFF_RECORD_LEXICON.map(compileOffRecordEntry);

function matched(text: string): string[] {
  return offRecordMatches(text, entries).map((match) => `${match.entry.id}: ${text.slice(match.start, match.end)}`);
}

function record(body: string): GapRecord {
  return {
    id: 'r_1',
    kind: 'email',
    parentId: null,
    familyId: 'r_1',
    copies: [{ sourceId: 's1', custodian: 'Jeff Skilling', sourceChannel: 'official-email', path: 'sent_items/14.', folder: 'sent_items', conversationKey: '', messageId: '' }],
    platform: null,
    conversationKey: '',
    conversationTitle: '',
    day: '2001-05-14',
    dateUtc: '2001-05-15T00:15:00.000Z',
    dateLocal: '2001-05-14T17:15:00-07:00',
    from: { name: 'Jeff Skilling', address: 'jeff.skilling@enron.com' },
    to: [],
    cc: [],
    bcc: [],
    messageId: '',
    inReplyTo: '',
    references: [],
    subject: 'RE: Telephone Call with Jerry Murdock',
    body,
    contentSha256: 'x',
    event: null,
    threadId: null,
  };
}

describe('lexicon patterns', () => {
  it('match whole words, case-insensitively, whatever punctuation or space sits between them', () => {
    expect(matched('Text me.')).toEqual(['text-me: Text me']);
    expect(matched('just TEXT-me when done')).toEqual(['text-me: TEXT-me']);
    expect(matched('txt…  me')).toEqual(['text-me: txt…  me']);
    expect(matched('the context menu')).toEqual([]);
    expect(matched('textme')).toEqual([]);
    expect(matched('Ping me on WhatsApp.')).toEqual(['on-whatsapp: on WhatsApp']);
    expect(matched('Please delete this after reading it.')).toEqual(['delete-after-reading: delete this after reading']);
    expect(matched('I’ll text you.')).toEqual(['text-you: I’ll text you']);
  });

  it('skip lookalikes and the exceptions of an entry', () => {
    expect(matched('The market signal was clear, so we need to signal our intent.')).toEqual([]);
    expect(matched("Please don't hesitate to call me if you have any questions.")).toEqual([]);
    expect(matched('Give me a call or email me tomorrow.')).toEqual([]);
    expect(matched('Karen, please call me when you receive this email.')).toEqual(['call-me: call me']);
    expect(matched('Call me on my cell if you need me.')).toEqual(['call-me-on-my-cell: Call me on my cell']);
    expect(matched('If you are not interested in the report, please delete this email.')).toEqual([]);
  });
});

describe('detectOffRecordMoves', () => {
  const body = readFileSync(corpusPath('email', 'enron', 'maildir', 'skilling-j', 'sent_items', '14.'), 'latin1').replace(/\r\n/g, '\n').split('\n\n').slice(1).join('\n\n');

  it('reads the writer’s own words and quotes the sentence exactly', () => {
    const own = body.replace('Thanks again for your help.', 'Thanks again for your help. Better not put this in writing - call me on my cell.');
    const [proposal, ...rest] = detectOffRecordMoves({ records: [record(own)], sources: [], conversations: [] });
    expect(rest).toEqual([]);
    expect(proposal).toMatchObject({ detector: 'off-record-move', channel: 'phone-calls', cause: 'not-retained', periodStart: '2001-05-14', custodians: ['Jeff Skilling'] });
    expect(proposal?.evidence.map((item) => item.quote)).toEqual(['Better not put this in writing - call me on my cell.']);
    expect(own.includes(proposal?.evidence[0]?.quote ?? '-')).toBe(true);
  });

  it('ignores the same phrase in quoted earlier messages', () => {
    const quoted = body.replace('Do you have any dates for future dinners in mind?', 'Do you have any dates for future dinners in mind? Text me.');
    expect(quoted).not.toBe(body);
    expect(detectOffRecordMoves({ records: [record(quoted)], sources: [], conversations: [] })).toEqual([]);
  });
});
