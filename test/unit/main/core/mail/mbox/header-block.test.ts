import { describe, expect, it } from 'vitest';
import { readHeaderBlock } from '../../../../../../main/core/mail/mbox/header-block.js';
import { latin1 } from './mbox-test-helpers.js';

const read = (text: string, limit?: number) => readHeaderBlock(latin1(text), limit);

describe('readHeaderBlock', () => {
  it('finds the empty line that ends the header block, LF or CRLF', () => {
    expect(read('Subject: a\nTo: b\n\nbody\n\nmore').end).toBe(18);
    expect(read('Subject: a\r\nTo: b\r\n\r\nbody').end).toBe(21);
    expect(read('Subject: a\r\n\nbody').end).toBe(13);
    expect(read('\nbody').end).toBe(1);
    expect(read('\r\nbody').end).toBe(2);
    expect(read('Subject: a\nTo: b\n').end).toBeNull();
    expect(read('Subject: a\r\r\nTo: b').end).toBeNull();
    expect(read('Subject: a\nTo: b\n\nbody', 10).end).toBeNull();
  });

  it('reads Content-Length in any usual spelling, only as a whole field name', () => {
    expect(read('Content-Length: 1213\n\n')).toEqual({ end: 22, contentLength: 1213, problem: null });
    expect(read('content-length:7\r\n\r\n').contentLength).toBe(7);
    expect(read('CONTENT-LENGTH : 2579   \n\n').contentLength).toBe(2579);
    expect(read('Content-Length: 5\nContent-Length: 5\n\n').contentLength).toBe(5);
    expect(read('X-Content-Length: 5\nContent-Length-Extra: 6\nContent\rLength: 7\n\n').contentLength).toBeNull();
    // Only the header block counts, not a Content-Length further down.
    expect(read('Subject: a\n\nContent-Length: 5\n').contentLength).toBeNull();
  });

  it('reports Content-Length values it cannot use', () => {
    expect(read('Content-Length: 5\nContent-Length: 6\n\n')).toMatchObject({ contentLength: null, problem: 'Content-Length headers disagree (5, 6); split at From_ lines' });
    expect(read('Content-Length: -5\n\n')).toMatchObject({ contentLength: null, problem: "Content-Length header '-5' is not a byte count; split at From_ lines" });
    expect(read('Content-Length: 1234567890123456\n\n').contentLength).toBeNull();
  });
});
