/**
 * Every way a query can be wrong, each with the text its span underlines: a mistake must be an
 * error the officer can see and fix, never a search that silently finds nothing or everything.
 */
import { describe, expect, it } from 'vitest';
import { failure } from './parse-helpers.js';

/** [input, underlined text, message pattern] */
type Case = [string, string, RegExp];

function check(cases: Case[]): void {
  for (const [input, underlined, message] of cases) {
    const error = failure(input);
    expect({ input, underlined: error.underlined }).toEqual({ input, underlined });
    expect(error.message).toMatch(message);
  }
}

describe('parseSearchQuery errors', () => {
  it('unbalanced parentheses and quotes', () => {
    check([
      ['(budget OR forecast', '(', /this \( is never closed/],
      ['((budget) forecast', '(', /never closed/],
      ['budget)', ')', /this \) has no matching \(/],
      ['(a) b) c', ')', /no matching/],
      [')', ')', /no matching/],
      ['budget "power plant', '"', /quote is never closed/],
      ['"a" "b" "c', '"', /quote is never closed/],
      ['budget ()', '()', /empty parentheses/],
      ['( )', '( )', /empty parentheses/],
    ]);
  });

  it('operators without a condition on both sides', () => {
    check([
      ['AND budget', 'AND', /AND needs a condition on both sides/],
      ['budget AND', 'AND', /AND needs a condition on both sides.*"AND"/],
      ['budget OR', 'OR', /OR needs a condition on both sides/],
      ['OR budget', 'OR', /OR needs/],
      ['a OR OR b', 'OR', /OR needs/],
      ['a AND OR b', 'AND', /AND needs/],
      ['(a OR) b', 'OR', /OR needs/],
      ['(OR a)', 'OR', /OR needs/],
      ['budget NOT', 'NOT', /NOT needs a condition after it/],
      ['NOT', 'NOT', /NOT needs/],
      ['a NOT OR b', 'NOT', /NOT needs/],
      ['(a NOT)', 'NOT', /NOT needs/],
      // A term with no words does not count as a side.
      ['budget OR --', 'OR', /OR needs/],
      ['-- OR budget', 'OR', /OR needs/],
      ['budget AND "..."', 'AND', /AND needs/],
      ['budget NOT --', 'NOT', /NOT needs/],
      ['budget OR (--)', 'OR', /OR needs/],
    ]);
  });

  it('NEAR used wrongly', () => {
    check([
      ['NEAR budget', 'NEAR', /NEAR needs a word or phrase on both sides/],
      ['budget NEAR', 'NEAR', /NEAR needs/],
      ['budget NEAR/5', 'NEAR/5', /NEAR needs/],
      ['budget NEAR --', 'NEAR', /NEAR needs/],
      ['a OR NEAR b', 'NEAR', /NEAR needs/],
      ['NEAR(budget forecast)', 'NEAR', /NEAR needs/],
      ['budget NEAR/x forecast', 'NEAR/x', /NEAR\/ takes a number of words from 0 to 9999/],
      ['budget NEAR/ forecast', 'NEAR/', /NEAR\/ takes a number/],
      ['budget NEAR/12345 forecast', 'NEAR/12345', /from 0 to 9999/],
      ['budget NEAR/-1 forecast', 'NEAR/-1', /takes a number/],
      ['a NEAR/3 b NEAR/4 c', 'NEAR/4', /one NEAR chain has one distance: write NEAR\/3/],
      ['(a b) NEAR c', '(a b)', /NEAR joins single words or phrases/],
      ['(a) NEAR c', '(a)', /NEAR joins single words/],
      ['a NEAR (b c)', '(', /a group or a negation cannot be one of its sides/],
      ['a NEAR -b', '-', /a group or a negation cannot be one of its sides/],
      ['a NEAR NOT b', 'NOT', /a group or a negation/],
      ['kind:email NEAR b', 'kind:email', /not groups, negations or filters/],
      ['a NEAR kind:email', 'kind:email', /filters/],
      ['subject:a NEAR b', 'subject:a NEAR b', /every side of NEAR must search the same field.*subject:\(budget NEAR\/5 forecast\)/],
      ['from:a NEAR to:b', 'from:a NEAR to:b', /same field/],
      ['subject:(a OR b) NEAR c', 'subject:(a OR b)', /NEAR joins single words/],
    ]);
  });

  it('unknown fields, with a suggestion for near misses and a way to search the text', () => {
    check([
      ['form:lay', 'form:', /^unknown field 'form:'\. Did you mean 'from:'\? \(quote it to search the text: "form:lay"\)$/],
      ['budget subjet:q4', 'subjet:', /Did you mean 'subject:'\?/],
      ['custodain:lay', 'custodain:', /Did you mean 'custodian:'\?/],
      ['attachment:x', 'attachment:', /^unknown field 'attachment:'\. \(quote it/],
      ['xyz:abc', 'xyz:', /^unknown field 'xyz:'\. \(quote it to search the text: "xyz:abc"\)$/],
      ['Re: budget', 'Re:', /unknown field 'Re:'.*"Re:"/],
      ['see http://example.com', 'http:', /unknown field 'http:'/],
      ['Betreff:Haushalt', 'Betreff:', /unknown field 'Betreff:'/],
      ['-bogus:x', 'bogus:', /unknown field/],
      ['(a OR zz:b)', 'zz:', /unknown field/],
    ]);
  });

  it('fields without a value', () => {
    check([
      ['from:', 'from:', /^from: needs a value right after the colon, as in from:lay$/],
      ['from: lay', 'from:', /needs a value right after the colon/],
      ['budget kind:', 'kind:', /as in kind:email/],
      ['(from:) x', 'from:', /needs a value/],
      ['custodian:""', 'custodian:""', /custodian: needs a value/],
      ['custodian:"  "', 'custodian:"  "', /needs a value/],
      ['date: 2021', 'date:', /needs a value/],
      ['from:--', 'from:--', /from: has no words to search for/],
      ['subject:"..."', 'subject:"..."', /has no words/],
      ['subject:(--)', 'subject:(--)', /has no words/],
      ['from:*', 'from:*', /has no words/],
    ]);
  });

  it('fields where they cannot be', () => {
    check([
      ['subject:(budget from:lay)', 'from:', /subject:\( … \) already says where to search; from: cannot be used inside it/],
      ['subject:(budget kind:email)', 'kind:', /cannot be used inside it/],
      ['body:(a (b date:2021))', 'date:', /cannot be used inside/],
      ['custodian:(lay OR skilling)', '(', /custodian: takes one value; for several, write custodian:a OR custodian:b/],
      ['has:(attachment)', '(', /takes one value/],
    ]);
  });

  it('values outside a closed list, naming the allowed ones', () => {
    check([
      ['kind:emial', 'emial', /^unknown kind 'emial': use one of email, document, chat-message, attachment\. Did you mean kind:email\?$/],
      ['kind:memo', 'memo', /use one of email, document, chat-message, attachment\.$/],
      ['kind:x*', 'x*', /unknown kind 'x\*'/],
      ['channel:email', 'email', /use one of official-email, personal-email, official-chat, personal-chat, text-messages, social-media, documents, other/],
      ['decision:responsve', 'responsve', /use one of release-in-full, release-in-part, withhold-in-full, referral, duplicate, not-responsive, responsive, uncoded\. Did you mean decision:responsive\?/],
      ['decision:"not responsive"', 'not responsive', /Did you mean decision:not-responsive\?/],
      ['has:attachments', 'attachments', /unknown has 'attachments': use one of attachment\. Did you mean has:attachment\?/],
      ['has:image', 'image', /use one of attachment/],
    ]);
  });

  it('dates that do not exist or do not fit together', () => {
    check([
      ['date:2021-02-30', '2021-02-30', /'2021-02-30' is not a date: 2021-02 has 28 days/],
      ['date:2021-02-29', '2021-02-29', /has 28 days/],
      ['date:1900-02-29', '1900-02-29', /has 28 days/],
      ['date:2021-13', '2021-13', /no month 13/],
      ['date:2021-00-10', '2021-00-10', /no month 00/],
      ['date:2021-04-31', '2021-04-31', /has 30 days/],
      ['date:2021-04-00', '2021-04-00', /has 30 days/],
      ['date:21-04-01', '21-04-01', /write a year \(2021\), a month \(2021-03\) or a day \(2021-03-04\)/],
      ['date:2021-4-1', '2021-4-1', /is not a date/],
      ['date:yesterday', 'yesterday', /is not a date/],
      ['date:0999', '0999', /four digits, from 1000 to 9999/],
      ['date:2021-03-31..2021-01-01', '2021-03-31..2021-01-01', /starts after it ends \(2021-03-31 is later than 2021-01-01\)/],
      ['date:2022..2021', '2022..2021', /starts after it ends/],
      ['date:2021-01-01..2021-02-30', '2021-02-30', /has 28 days/],
      ['date:2021-02-30..2021-03-01', '2021-02-30', /has 28 days/],
      ['date:..', '..', /'\.\.' needs a date on at least one side/],
      ['date:2021..2022..2023', '2022..2023', /is not a date/],
      ['before:2021-02-29', '2021-02-29', /has 28 days/],
      ['after:2021-02-30', '2021-02-30', /has 28 days/],
      ['before:2021..2022', '2021..2022', /is not a date/],
      ['budget date:"2021-1"', '2021-1', /is not a date/],
    ]);
  });

  it('queries that only exclude', () => {
    check([
      ['-draft', '-draft', /a query needs at least one condition that finds records; - and NOT only exclude/],
      ['NOT draft', 'NOT draft', /needs at least one condition that finds records/],
      ['-draft -memo', '-draft -memo', /needs at least one condition/],
      ['  -draft  ', '-draft', /needs at least one condition/],
      ['-kind:email', '-kind:email', /needs at least one condition/],
      ['-(a OR b)', '-(a OR b)', /needs at least one condition/],
      ['budget OR -draft', '-draft', /each side of OR must find records on its own; this side only excludes/],
      ['(a -b) OR -c', '-c', /each side of OR/],
      ['-- -draft', '-draft', /needs at least one condition/],
    ]);
  });

  it('underlines what was typed when NFKC changed the text', () => {
    check([
      ['ｆｏｒｍ：lay', 'ｆｏｒｍ：', /unknown field 'form:'. Did you mean 'from:'/],
      ['ﬁle AND', 'AND', /AND needs/],
      ['x ㈱ OR', 'OR', /OR needs/],
      ['budget ＡＮＤ', 'ＡＮＤ', /AND needs/],
      ['（budget', '（', /never closed/],
    ]);
  });
});
