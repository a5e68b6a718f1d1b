import { describe, expect, it } from 'vitest';
import type { NearNode, QueryNode } from '../../../../shared/query/query-ast.js';
import { MAX_QUERY_DEPTH, MAX_QUERY_LENGTH, MAX_QUERY_NODES, parseSearchQuery } from '../../../../shared/query/query-parser.js';
import { and, failure, not, or, parsed, shape, term } from './parse-helpers.js';

describe('parseSearchQuery: terms', () => {
  it('returns no query for blank input or input with no words', () => {
    expect(parsed('')).toBeNull();
    expect(parsed('   \t\n')).toBeNull();
    expect(parsed('--')).toBeNull();
    expect(parsed('  ** -- "" "..." ')).toBeNull();
    expect(parsed('(--)')).toBeNull();
  });

  it('keeps words as the index sees them', () => {
    expect(shape('Budget')).toEqual(term('budget'));
    expect(shape('Café')).toEqual(term('cafe'));
    expect(shape('ｂｕｄｇｅｔ')).toEqual(term('budget'));
  });

  it('reads phrases, prefixes and phrase prefixes', () => {
    expect(shape('"Power Plant"')).toEqual(term(['power', 'plant'], { phrase: true }));
    expect(shape('calif*')).toEqual(term('calif', { prefix: true }));
    expect(shape('"power pla"*')).toEqual(term(['power', 'pla'], { phrase: true, prefix: true }));
  });

  it('turns a word with punctuation inside into adjacent words, not a phrase the officer quoted', () => {
    expect(shape('e-mail')).toEqual(term(['e', 'mail']));
    expect(shape('kenneth.lay@enron.com')).toEqual(term(['kenneth', 'lay', 'enron', 'com']));
    expect(shape('10:30')).toEqual(term(['10', '30']));
    expect(shape('a1:b')).toEqual(term(['a1', 'b']));
  });

  it('drops terms with no words where no operator depends on them', () => {
    expect(shape('budget -- forecast')).toEqual(and(term('budget'), term('forecast')));
    expect(shape('budget - forecast')).toEqual(and(term('budget'), term('forecast')));
    expect(shape('budget -"..."')).toEqual(term('budget'));
    expect(shape('budget *')).toEqual(term('budget'));
  });

  it('gives each term the span of what was typed', () => {
    const query = parsed('  "power plant"* calif*');
    expect(query?.type).toBe('and');
    const children = query?.type === 'and' ? query.children : [];
    expect(children.map((child) => child.span)).toEqual([
      { start: 2, end: 16 },
      { start: 17, end: 23 },
    ]);
  });
});

describe('parseSearchQuery: operators and precedence', () => {
  it('ANDs adjacent conditions, with or without AND', () => {
    expect(shape('budget forecast')).toEqual(and(term('budget'), term('forecast')));
    expect(shape('budget AND forecast')).toEqual(and(term('budget'), term('forecast')));
  });

  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    expect(shape('a b OR c')).toEqual(or(and(term('a'), term('b')), term('c')));
    expect(shape('a OR b c')).toEqual(or(term('a'), and(term('b'), term('c'))));
    expect(shape('a OR b AND c OR d')).toEqual(or(term('a'), and(term('b'), term('c')), term('d')));
    expect(shape('NOT a b')).toEqual(and(not(term('a')), term('b')));
    expect(shape('a NOT b OR c')).toEqual(or(and(term('a'), not(term('b'))), term('c')));
  });

  it('groups with parentheses and merges same-operator groups', () => {
    expect(shape('(a OR b) c')).toEqual(and(or(term('a'), term('b')), term('c')));
    expect(shape('a (b c) d')).toEqual(and(term('a'), term('b'), term('c'), term('d')));
    expect(shape('a OR (b OR c)')).toEqual(or(term('a'), term('b'), term('c')));
    expect(shape('((a))')).toEqual(term('a'));
    expect(shape('NOT (a OR b) c')).toEqual(and(not(or(term('a'), term('b'))), term('c')));
  });

  it('reads -word as NOT only at the start of a condition', () => {
    expect(shape('budget -draft')).toEqual(and(term('budget'), not(term('draft'))));
    expect(shape('budget (-draft)')).toEqual(and(term('budget'), not(term('draft'))));
    expect(shape('budget -(draft OR memo)')).toEqual(and(term('budget'), not(or(term('draft'), term('memo')))));
    expect(shape('budget -"first draft"')).toEqual(and(term('budget'), not(term(['first', 'draft'], { phrase: true }))));
    expect(shape('budget --draft')).toEqual(and(term('budget'), term('draft')));
    expect(shape('re-draft')).toEqual(term(['re', 'draft']));
  });

  it('treats lower-case and mixed-case operator words, and operators after -, as words', () => {
    expect(shape('rock and roll')).toEqual(and(term('rock'), term('and'), term('roll')));
    expect(shape('this or that not')).toEqual(and(term('this'), term('or'), term('that'), term('not')));
    expect(shape('ANDROID Near')).toEqual(and(term('android'), term('near')));
    expect(shape('a -OR')).toEqual(and(term('a'), not(term('or'))));
    expect(shape('rock "AND" roll')).toEqual(and(term('rock'), term('and', { phrase: true }), term('roll')));
  });

  it('allows NOT NOT, which finds what it negates twice', () => {
    expect(shape('NOT NOT a')).toEqual(not(not(term('a'))));
  });

  it('spans groups including their parentheses, and negations including the operator', () => {
    const query = parsed('x (a OR b) NOT c');
    const children = query?.type === 'and' ? query.children : [];
    expect(children.map((child) => child.span)).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 10 },
      { start: 11, end: 16 },
    ]);
  });
});

describe('parseSearchQuery: NEAR', () => {
  const near = (input: string) => parsed(input) as NearNode;

  it('joins two terms, by default within 10 words', () => {
    expect(shape('lay NEAR skilling')).toEqual({ type: 'near', field: null, terms: [term('lay'), term('skilling')], distance: 10 });
    expect(near('lay NEAR/0 skilling').distance).toBe(0);
    expect(near('lay NEAR/25 skilling').distance).toBe(25);
  });

  it('chains into one group, and takes phrases and prefixes', () => {
    const chain = near('gas NEAR/3 "price cap" NEAR/3 calif*');
    expect(chain.terms.map((t) => t.words)).toEqual([['gas'], ['price', 'cap'], ['calif']]);
    expect(chain.terms.map((t) => t.prefix)).toEqual([false, false, true]);
    expect(chain.distance).toBe(3);
    expect(chain.span).toEqual({ start: 0, end: 36 });
  });

  it('binds tighter than NOT, AND and OR', () => {
    expect(parsed('x a NEAR b OR c')?.type).toBe('or');
    const negated = parsed('NOT a NEAR b x') as QueryNode;
    expect(negated.type === 'and' && negated.children[0]?.type === 'not' && negated.children[0].child.type).toBe('near');
  });

  it('takes a field when every side has the same one, or from a field group', () => {
    expect(near('subject:budget NEAR/2 subject:review').field).toBe('subject');
    const grouped = near('subject:(budget NEAR/2 review)');
    expect(grouped.field).toBe('subject');
    expect(grouped.terms.map((t) => t.field)).toEqual(['subject', 'subject']);
    expect(grouped.span).toEqual({ start: 0, end: 30 });
  });
});

describe('parseSearchQuery: text fields', () => {
  it('limits a term, phrase or prefix to a field; names ignore case', () => {
    expect(shape('from:lay')).toEqual(term('lay', { field: 'from' }));
    expect(shape('To:"jeff skilling"')).toEqual(term(['jeff', 'skilling'], { field: 'to', phrase: true }));
    expect(shape('SUBJECT:budg*')).toEqual(term('budg', { field: 'subject', prefix: true }));
    for (const field of ['cc', 'bcc', 'participant', 'body', 'filename'] as const) {
      expect(shape(`${field}:x`)).toEqual(term('x', { field }));
    }
  });

  it('spans a fielded term from the field name', () => {
    expect(parsed('a from:lay')?.type === 'and' && (parsed('a from:lay') as { children: QueryNode[] }).children[1]?.span).toEqual({
      start: 2,
      end: 10,
    });
  });

  it('distributes a field over a group, through nesting and negation', () => {
    expect(shape('subject:(budget OR forecast)')).toEqual(or(term('budget', { field: 'subject' }), term('forecast', { field: 'subject' })));
    expect(shape('subject:(budget (q4 OR "fourth quarter") -draft)')).toEqual(
      and(
        term('budget', { field: 'subject' }),
        or(term('q4', { field: 'subject' }), term(['fourth', 'quarter'], { field: 'subject', phrase: true })),
        not(term('draft', { field: 'subject' })),
      ),
    );
    expect(parsed('subject:(budget OR forecast)')?.span).toEqual({ start: 0, end: 28 });
  });

  it('reads the rest of the run after a field as text, colons and all', () => {
    expect(shape('subject:re:budget')).toEqual(term(['re', 'budget'], { field: 'subject' }));
    expect(shape('from:-lay')).toEqual(term('lay', { field: 'from' }));
    expect(shape('subject:OR')).toEqual(term('or', { field: 'subject' }));
  });

  it('negates fielded terms', () => {
    expect(shape('budget -from:lay')).toEqual(and(term('budget'), not(term('lay', { field: 'from' }))));
  });

  it('reads full-width field names after NFKC, with spans on the typed text', () => {
    const query = parsed('ｆｒｏｍ：ｌａｙ');
    expect(query).toMatchObject({ type: 'term', field: 'from', words: ['lay'], span: { start: 0, end: 8 } });
  });
});

describe('parseSearchQuery: filters', () => {
  it('reads value fields with words or quoted values, keeping case and wildcards', () => {
    expect(shape('custodian:"Jeff Skilling"')).toEqual({ type: 'value', field: 'custodian', value: 'Jeff Skilling' });
    expect(shape('custodian:skill*')).toEqual({ type: 'value', field: 'custodian', value: 'skill*' });
    expect(shape('custodian:"Jeff Sk"*')).toEqual({ type: 'value', field: 'custodian', value: 'Jeff Sk*' });
    expect(shape('folder:inbox/genie')).toEqual({ type: 'value', field: 'folder', value: 'inbox/genie' });
    expect(shape('tag:Important')).toEqual({ type: 'value', field: 'tag', value: 'Important' });
    expect(shape('exemption:b5')).toEqual({ type: 'value', field: 'exemption', value: 'b5' });
  });

  it('accepts listed values of kind, channel and decision in any case, and wildcards that match one', () => {
    for (const value of ['email', 'document', 'chat-message', 'attachment', 'Email', 'chat*']) {
      expect(shape(`kind:${value}`)).toEqual({ type: 'value', field: 'kind', value });
    }
    expect(shape('channel:personal-email')).toEqual({ type: 'value', field: 'channel', value: 'personal-email' });
    expect(shape('channel:*chat')).toEqual({ type: 'value', field: 'channel', value: '*chat' });
    for (const value of ['responsive', 'not-responsive', 'uncoded']) {
      expect(shape(`decision:${value}`)).toEqual({ type: 'value', field: 'decision', value });
    }
  });

  it('reads has:attachment', () => {
    expect(shape('has:attachment')).toEqual({ type: 'has', what: 'attachment' });
    expect(shape('HAS:Attachment')).toEqual({ type: 'has', what: 'attachment' });
  });

  it('reads date, before and after as inclusive day ranges', () => {
    expect(shape('date:2021')).toEqual({ type: 'date', from: '2021-01-01', to: '2021-12-31' });
    expect(shape('date:2021-03')).toEqual({ type: 'date', from: '2021-03-01', to: '2021-03-31' });
    expect(shape('date:2021-03-04')).toEqual({ type: 'date', from: '2021-03-04', to: '2021-03-04' });
    expect(shape('date:2021-01-01..2021-03-31')).toEqual({ type: 'date', from: '2021-01-01', to: '2021-03-31' });
    expect(shape('date:2021..2022-06')).toEqual({ type: 'date', from: '2021-01-01', to: '2022-06-30' });
    expect(shape('date:..2021-03-31')).toEqual({ type: 'date', from: null, to: '2021-03-31' });
    expect(shape('date:2021-01-01..')).toEqual({ type: 'date', from: '2021-01-01', to: null });
    expect(shape('before:2021-03-04')).toEqual({ type: 'date', from: null, to: '2021-03-03' });
    expect(shape('before:2021-03')).toEqual({ type: 'date', from: null, to: '2021-02-28' });
    expect(shape('before:2021')).toEqual({ type: 'date', from: null, to: '2020-12-31' });
    expect(shape('after:2021-03-04')).toEqual({ type: 'date', from: '2021-03-04', to: null });
    expect(shape('after:2021-03')).toEqual({ type: 'date', from: '2021-03-01', to: null });
    expect(shape('date:"2021-03"')).toEqual({ type: 'date', from: '2021-03-01', to: '2021-03-31' });
  });

  it('combines filters with words and counts them as conditions that find records', () => {
    expect(shape('kind:email -draft')).toEqual(and({ type: 'value', field: 'kind', value: 'email' }, not(term('draft'))));
    expect(parsed('has:attachment -kind:email')?.type).toBe('and');
    expect(parsed('date:2021 NOT budget')?.type).toBe('and');
    expect(parsed('-draft (budget OR kind:email)')?.type).toBe('and');
  });
});

describe('parseSearchQuery: limits', () => {
  it(`accepts ${MAX_QUERY_LENGTH} characters and refuses one more, underlining the excess`, () => {
    expect(parseSearchQuery('a '.repeat(MAX_QUERY_LENGTH / 2)).ok).toBe(false); // too many nodes, but not too long
    expect(failure('a '.repeat(MAX_QUERY_LENGTH / 2)).message).toMatch(/more than 200 conditions/);
    expect(parsed(`x${' '.repeat(MAX_QUERY_LENGTH - 1)}`)).toEqual(parsed('x'));
    const long = failure(`x${' '.repeat(MAX_QUERY_LENGTH)}`);
    expect(long.message).toMatch(/2001 characters long; the limit is 2000/);
    expect([long.start, long.end]).toEqual([MAX_QUERY_LENGTH, MAX_QUERY_LENGTH + 1]);
  });

  it(`accepts ${MAX_QUERY_NODES} nodes and refuses more`, () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(parsed(words(MAX_QUERY_NODES - 1))?.type).toBe('and'); // 199 terms + 1 AND
    const tooMany = failure(words(MAX_QUERY_NODES));
    expect(tooMany.message).toMatch(/more than 200 conditions/);
    expect(tooMany.underlined).toBe('w199');
  });

  it(`accepts ${MAX_QUERY_DEPTH} levels of nesting and refuses more`, () => {
    expect(shape(`${'('.repeat(MAX_QUERY_DEPTH)}a${')'.repeat(MAX_QUERY_DEPTH)}`)).toEqual(term('a'));
    const deep = failure(`${'('.repeat(MAX_QUERY_DEPTH + 1)}a${')'.repeat(MAX_QUERY_DEPTH + 1)}`);
    expect(deep.message).toMatch(/nests too deeply/);
    expect(deep.start).toBe(MAX_QUERY_DEPTH);
    expect(failure(`${'NOT '.repeat(MAX_QUERY_DEPTH + 1)}a`).message).toMatch(/nests too deeply/);
  });

  it('fails fast on 2,000 opening parentheses and on other pathological input', () => {
    const started = performance.now();
    expect(failure('('.repeat(MAX_QUERY_LENGTH)).message).toMatch(/nests too deeply/);
    expect(failure('"'.repeat(MAX_QUERY_LENGTH - 1)).message).toMatch(/quote is never closed/);
    expect(parseSearchQuery('a OR '.repeat(400)).ok).toBe(false);
    expect(parseSearchQuery('-('.repeat(1000)).ok).toBe(false);
    expect(parseSearchQuery('NEAR/1 '.repeat(285)).ok).toBe(false);
    expect(parseSearchQuery('a NEAR '.repeat(285) + 'a').ok).toBe(false);
    expect(parseSearchQuery('x:'.repeat(1000)).ok).toBe(false);
    expect(parseSearchQuery(')'.repeat(2000)).ok).toBe(false);
    // Generous bound: catches exponential behaviour, not a benchmark.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
