import { describe, expect, it } from 'vitest';
import { parseMessageIds } from '../../../../../../main/core/mail/mime/message-ids.js';
import { headerValue, parseTransportHeaders } from '../../../../../../main/core/mail/outlook/transport-headers.js';

describe('parseTransportHeaders', () => {
  it('unfolds fields, keeps their order and decodes encoded words', () => {
    const block = [
      'Received: from a.example (a.example [10.0.0.1])',
      '\tby b.example; Mon, 2 Dec 2019 08:44:21 +0000',
      'Subject: =?utf-8?B?TWljcm9zb2Z0IE91dGxvb2sg44OG44K544OI?=',
      'References: <a@x>',
      ' <b@x>',
      'Date: Mon, 2 Dec 2019 08:44:20 +0000',
      '',
      'a body line: that is not a header',
    ].join('\r\n');
    const headers = parseTransportHeaders(block);
    expect(headers.map((header) => header.name)).toEqual(['Received', 'Subject', 'References', 'Date']);
    expect(headerValue(headers, 'received')).toBe('from a.example (a.example [10.0.0.1])\tby b.example; Mon, 2 Dec 2019 08:44:21 +0000');
    expect(headerValue(headers, 'Subject')).toBe('Microsoft Outlook テスト');
    expect(parseMessageIds(headerValue(headers, 'References'))).toEqual(['<a@x>', '<b@x>']);
    expect(headerValue(headers, 'X-Missing')).toBe('');
  });
});
