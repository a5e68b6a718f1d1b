import { describe, expect, it } from 'vitest';
import { parseAddressList } from '../../../../../../main/core/mail/mime/address-list.js';

describe('parseAddressList', () => {
  it('reads name-addr and addr-spec lists', () => {
    expect(parseAddressList('Jeff Skilling <jeff.skilling@enron.com>, kenneth.lay@enron.com')).toEqual([
      { name: 'Jeff Skilling', address: 'jeff.skilling@enron.com' },
      { name: '', address: 'kenneth.lay@enron.com' },
    ]);
  });

  it('unquotes display names, undoing escapes, and keeps commas inside quotes', () => {
    expect(parseAddressList('"Smith, John \\"JJ\\"" <jj@example.com>, "a@b" <c@d>')).toEqual([
      { name: 'Smith, John "JJ"', address: 'jj@example.com' },
      { name: 'a@b', address: 'c@d' },
    ]);
  });

  it('decodes encoded-word names, even with specials inside the word', () => {
    expect(parseAddressList('=?iso-8859-1?Q?Some_=DFtring?= <some@example.com>')).toEqual([{ name: 'Some ßtring', address: 'some@example.com' }]);
    expect(parseAddressList('=?utf-8?Q?Smith,_J.?= <js@x.org>, b@y.org')).toEqual([
      { name: 'Smith, J.', address: 'js@x.org' },
      { name: '', address: 'b@y.org' },
    ]);
  });

  it('flattens groups and returns nothing for an empty group', () => {
    expect(parseAddressList('undisclosed-recipients:;')).toEqual([]);
    expect(parseAddressList('Team: a@x.org, "B" <b@x.org>; c@y.org')).toEqual([
      { name: '', address: 'a@x.org' },
      { name: 'B', address: 'b@x.org' },
      { name: '', address: 'c@y.org' },
    ]);
  });

  it('takes a name from a comment when there is no phrase', () => {
    expect(parseAddressList('barry@python.org (Barry A. Warsaw)')).toEqual([{ name: 'Barry A. Warsaw', address: 'barry@python.org' }]);
    expect(parseAddressList('Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>')).toEqual([
      { name: 'Pete', address: 'pete@silly.test' },
    ]);
  });

  it('copes with missing angle brackets, bare names and a missing ">"', () => {
    expect(parseAddressList('John Smith john@example.com')).toEqual([{ name: 'John Smith', address: 'john@example.com' }]);
    expect(parseAddressList('Dingus Lovers')).toEqual([{ name: 'Dingus Lovers', address: '' }]);
    expect(parseAddressList('root')).toEqual([{ name: '', address: 'root' }]);
    expect(parseAddressList('A <a@x.org, B <b@x.org>')).toEqual([
      { name: 'A', address: 'a@x.org' },
      { name: 'B', address: 'b@x.org' },
    ]);
  });

  it('drops an obsolete source route and trailing garbage', () => {
    expect(parseAddressList('Joe <@relay1.org,@relay2.org:joe@x.org> trailing words')).toEqual([{ name: 'Joe', address: 'joe@x.org' }]);
    expect(parseAddressList('<jang.abcdef@xyz.it>>')).toEqual([{ name: '', address: 'jang.abcdef@xyz.it' }]);
  });

  it('keeps a quoted local part as written and trims the address', () => {
    expect(parseAddressList('< "john smith"@example.com >')).toEqual([{ name: '', address: '"john smith"@example.com' }]);
  });

  it('returns [] for empty or separator-only values', () => {
    expect(parseAddressList('')).toEqual([]);
    expect(parseAddressList(' , ;, ')).toEqual([]);
  });

  it('reads the addresses pipermail archives hide as "jo at example.org (Name)"', () => {
    expect(parseAddressList('jgb at example.com (Jesus M. Gonzalez-Barahona)')).toEqual([{ name: 'Jesus M. Gonzalez-Barahona', address: 'jgb@example.com' }]);
    expect(parseAddressList('goran at domain.com (=?ISO-8859-1?Q?G=F6ran_Lastname?=)')).toEqual([{ name: 'Göran Lastname', address: 'goran@domain.com' }]);
    // Ordinary words with "at" in them stay a name.
    expect(parseAddressList('Meet at noon')).toEqual([{ name: 'Meet at noon', address: '' }]);
  });
});
