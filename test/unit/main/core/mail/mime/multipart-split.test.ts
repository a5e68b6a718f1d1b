import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { splitMultipart } from '../../../../../../main/core/mail/mime/multipart-split.js';

function parts(input: Buffer, boundary: string): string[] {
  return splitMultipart(input, 0, input.length, boundary).parts.map((range) => input.toString('latin1', range.start, range.end));
}

describe('splitMultipart', () => {
  it('splits at delimiter lines; the line break before a delimiter is not content', () => {
    const input = Buffer.from('preamble\r\n--b\r\none\r\n--b \t\r\n\r\ntwo\n\n--b--\r\nepilogue');
    const split = splitMultipart(input, 0, input.length, 'b');
    expect(parts(input, 'b')).toEqual(['one', '\r\ntwo\n']);
    expect(split.closed).toBe(true);
    expect(input.toString('latin1', split.epilogue.start, split.epilogue.end)).toBe('epilogue');
  });

  it('ignores the boundary inside a line and longer boundaries that start with it', () => {
    const input = Buffer.from('--b\nx --b\n--bb\n--b-\n--b--\n');
    expect(parts(input, 'b')).toEqual(['x --b\n--bb\n--b-']);
  });

  it('reports a missing close delimiter and a boundary never found', () => {
    const open = Buffer.from('--b\none\n--b\ntwo\n');
    const split = splitMultipart(open, 0, open.length, 'b');
    expect(split.closed).toBe(false);
    expect(parts(open, 'b')).toEqual(['one', 'two\n']);
    const none = Buffer.from('no delimiters at all\n');
    expect(splitMultipart(none, 0, none.length, 'b').foundBoundary).toBe(false);
  });

  it('keeps parts that follow a premature close delimiter', () => {
    const input = Buffer.from('--b\none\n--b--\n\n--b\ntwo\n--b--\n');
    const split = splitMultipart(input, 0, input.length, 'b');
    expect(parts(input, 'b')).toEqual(['one', 'two']);
    expect(split.partsAfterClose).toBe(true);
    expect(split.closed).toBe(true);
  });

  it('looks only inside its range', () => {
    const input = Buffer.from('--b\ninner\n--b--\n--b\nouter\n');
    const split = splitMultipart(input, 0, 15, 'b');
    expect(split.parts).toHaveLength(1);
    expect(split.closed).toBe(true);
  });
});
