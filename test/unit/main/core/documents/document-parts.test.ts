import { describe, expect, it } from 'vitest';
import { composeDocument, type DocumentParts } from '../../../../../main/core/documents/document-parts.js';
import { emptyMetadata } from '../../../../../main/core/documents/extracted-document.js';

function parts(overrides: Partial<DocumentParts>): DocumentParts {
  return { format: 'text', body: '', pages: [], comments: [], fields: [], html: null, metadata: emptyMetadata(), problems: [], ...overrides };
}

describe('composeDocument', () => {
  it('normalises with NFKC, LF line ends, and drops control characters', () => {
    const document = composeDocument(parts({ body: '\ufeffﺍﻟﻌﺮﺑﻴﺔ\r\n⼀\u0003ﬁle\r' }), { maxTextChars: 100 });
    expect(document.text).toBe('العربية\n一file');
  });

  it('joins PDF pages with a form-feed line and appends comments and fields under headings', () => {
    const document = composeDocument(parts({
      format: 'pdf',
      pages: [{ number: 1, text: 'one', needsOcr: false }, { number: 2, text: 'two', needsOcr: false }],
      comments: [{ where: 'page 2', author: 'Ann', date: null, kind: 'Text', text: 'see\nthis' }],
      fields: [{ name: 'Name', value: 'Ada', where: 'page 1' }],
    }), { maxTextChars: 1000 });
    expect(document.text).toBe('one\n\f\ntwo\n\nComments:\n[page 2, Text, Ann] see this\n\nForm fields:\nName: Ada');
  });

  it('cuts the text at the limit and says so', () => {
    const document = composeDocument(parts({ body: 'x'.repeat(50) }), { maxTextChars: 10 });
    expect(document.text).toBe('x'.repeat(10));
    expect(document.problems).toEqual([{ where: '', message: 'text cut at 10 characters', severity: 'warning' }]);
  });
});
