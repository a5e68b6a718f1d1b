/**
 * The search language explained once, as data: the in-app help panel renders these sections and
 * the README embeds queryHelpMarkdown(), so the two cannot drift apart. The tests parse every
 * example, so the help cannot promise syntax the parser rejects.
 */
import { SOURCE_CHANNELS } from '../model/case.js';
import { DECISION_SEARCH_VALUES } from '../model/review.js';
import { RECORD_KINDS } from '../model/record.js';

export type QueryHelpEntry = {
  /** The form to type, with placeholders in capitals. */
  syntax: string;
  /** A query that works as typed. */
  example: string;
  /** What the example finds. */
  meaning: string;
};

export type QueryHelpSection = { title: string; intro: string; entries: readonly QueryHelpEntry[] };

export const QUERY_HELP: readonly QueryHelpSection[] = [
  {
    title: 'Words and phrases',
    intro:
      'Words match whole words, regardless of case and of accents on Latin letters (cafe finds Café). Punctuation and symbols separate words: e-mail is the two words "e mail" side by side, $100 is 100, and emoji are not searchable.',
    entries: [
      { syntax: 'WORD', example: 'budget', meaning: 'records containing the word budget' },
      { syntax: '"WORDS IN ORDER"', example: '"power plant"', meaning: 'power immediately followed by plant' },
      { syntax: 'START*', example: 'calif*', meaning: 'any word starting with calif: California, californian…' },
      { syntax: '"PHRASE STAR"*', example: '"power pla"*', meaning: 'power followed by a word starting with pla' },
    ],
  },
  {
    title: 'Combining conditions',
    intro:
      'Conditions side by side must all match. NOT binds tightest, then AND, then OR; use parentheses to group differently. AND, OR, NOT and NEAR are operators only in capitals; to search for the word, quote it ("and").',
    entries: [
      { syntax: 'A B', example: 'budget forecast', meaning: 'both words, anywhere in the record' },
      { syntax: 'A AND B', example: 'budget AND forecast', meaning: 'the same, written out' },
      { syntax: 'A OR B', example: 'budget OR forecast', meaning: 'either word' },
      { syntax: 'NOT A, -A', example: 'budget -draft', meaning: 'budget, but not in records that contain draft' },
      { syntax: '( … )', example: 'enron (budget OR forecast)', meaning: 'enron, and budget or forecast' },
      { syntax: 'A B OR C', example: 'gas prices OR electricity', meaning: '(gas AND prices) OR electricity: AND binds tighter than OR' },
    ],
  },
  {
    title: 'Words near each other',
    intro:
      'NEAR joins words or phrases that must all appear in one field, close together, in any order. The distance counts the words between them; plain NEAR allows 10.',
    entries: [
      { syntax: 'A NEAR B', example: 'lay NEAR skilling', meaning: 'lay and skilling with at most 10 words between them' },
      { syntax: 'A NEAR/N B', example: 'budget NEAR/5 forecast', meaning: 'at most 5 words between them' },
      { syntax: 'A NEAR/N B NEAR/N C', example: 'gas NEAR/3 price NEAR/3 california', meaning: 'all three in one stretch: at most 3 words between the one that ends first and the one that starts last' },
      { syntax: 'FIELD:(A NEAR/N B)', example: 'subject:(budget NEAR/2 review)', meaning: 'both words close together in the subject' },
    ],
  },
  {
    title: 'Where the words are',
    intro:
      'A field name and a colon, with no space after the colon, limit the next word, phrase or parenthesised group to one part of the record.',
    entries: [
      { syntax: 'from:WORD', example: 'from:lay', meaning: 'the sender (name or address) contains lay' },
      { syntax: 'to:, cc:, bcc:', example: 'cc:"jeff skilling"', meaning: 'that recipient line contains the phrase' },
      { syntax: 'participant:WORD', example: 'participant:skilling', meaning: 'the sender or any recipient' },
      { syntax: 'subject:WORD', example: 'subject:budget', meaning: 'the subject line' },
      { syntax: 'body:WORD', example: 'body:"fourth quarter"', meaning: 'the text of the message or document' },
      { syntax: 'filename:WORD', example: 'filename:xls', meaning: "the record's file name or the names of its attachments" },
      { syntax: 'FIELD:( … )', example: 'subject:(budget OR forecast)', meaning: 'every word in the group searched in the subject' },
    ],
  },
  {
    title: 'Filters',
    intro:
      'Filters match what the case knows about a record rather than its words. Values ignore case; * stands for any run of characters; quote values with spaces.',
    entries: [
      { syntax: 'custodian:NAME', example: 'custodian:"Jeff Skilling"', meaning: 'found in that custodian’s collection' },
      { syntax: 'channel:CHANNEL', example: 'channel:personal-email', meaning: `how it was collected: ${SOURCE_CHANNELS.join(', ')}` },
      { syntax: 'kind:KIND', example: 'kind:email', meaning: `what it is: ${RECORD_KINDS.join(', ')}` },
      { syntax: 'folder:NAME', example: 'folder:inbox', meaning: 'filed in that folder path, or in a folder of that name at any level (inbox matches Inbox/Genie)' },
      { syntax: 'tag:LABEL', example: 'tag:important', meaning: 'carries that mailbox label' },
      { syntax: 'decision:DECISION', example: 'decision:uncoded', meaning: `coding in the request searched for: ${DECISION_SEARCH_VALUES.join(', ')} (responsive: any decision of the response)` },
      { syntax: 'exemption:CODE', example: 'exemption:b5', meaning: 'an exemption applied to it' },
      { syntax: 'has:attachment', example: 'has:attachment', meaning: 'has at least one attachment' },
      { syntax: 'FIELD:VALUE*', example: 'custodian:skill*', meaning: 'any custodian whose name starts with skill' },
    ],
  },
  {
    title: 'Dates',
    intro:
      'Dates are calendar days in the time zone the record was dated in. A date is a year, a month or a day; both ends of a range are included.',
    entries: [
      { syntax: 'date:YYYY', example: 'date:2001', meaning: 'any day in 2001' },
      { syntax: 'date:YYYY-MM', example: 'date:2001-10', meaning: 'any day in October 2001' },
      { syntax: 'date:YYYY-MM-DD', example: 'date:2001-10-16', meaning: 'that day' },
      { syntax: 'date:FROM..TO', example: 'date:2001-10..2001-12-15', meaning: '1 October to 15 December 2001, inclusive' },
      { syntax: 'date:FROM.., date:..TO', example: 'date:2001-11-01..', meaning: 'from 1 November 2001 on' },
      { syntax: 'after:DATE', example: 'after:2001-10', meaning: 'on or after 1 October 2001' },
      { syntax: 'before:DATE', example: 'before:2002', meaning: 'before 2002: up to 31 December 2001' },
    ],
  },
  {
    title: 'Good to know',
    intro:
      'A mistake is always shown as an error with the part to fix underlined, never as an empty result. Queries are limited to 2,000 characters, 200 conditions and 32 levels of nesting.',
    entries: [
      { syntax: '"WORD:TEXT"', example: '"re:budget"', meaning: 'a word followed by a colon is read as a field; quote it to search the text' },
      { syntax: '"AND"', example: 'rock "and" roll', meaning: 'an operator word searched as a word' },
      { syntax: 'B -A', example: 'kind:email -draft', meaning: 'a query must find something, not only exclude: -draft alone is an error, a filter or a word beside it is enough' },
    ],
  },
];

/** The help as Markdown, one table per section, for the README. */
export function queryHelpMarkdown(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return QUERY_HELP.map((section) =>
    [
      `### ${section.title}`,
      '',
      section.intro,
      '',
      '| syntax | example | finds |',
      '| --- | --- | --- |',
      ...section.entries.map((entry) => `| \`${cell(entry.syntax)}\` | \`${cell(entry.example)}\` | ${cell(entry.meaning)} |`),
    ].join('\n'),
  ).join('\n\n');
}
