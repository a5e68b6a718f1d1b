import { describe, expect, it } from 'vitest';
import { XmlSizeGuard, type GuardNotice, type GuardSegment } from '../../../../../../main/core/chat/sms/xml-size-guard.js';

function run(guard: XmlSizeGuard, ...pieces: string[]): { text: string; notes: GuardNotice[]; segments: GuardSegment[] } {
  const out = pieces.flatMap((piece) => guard.push(piece));
  const segments = out.filter((part): part is GuardSegment => part.kind === 'text');
  return { text: segments.map((segment) => segment.text).join(''), notes: out.filter((part): part is GuardNotice => part.kind !== 'text'), segments };
}

describe('XmlSizeGuard', () => {
  it('passes a document under the limit through unchanged, however it is cut', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY e "x>y">]>\n<a b="1" c=\'2\'><!-- c -- > --><![CDATA[ ]] > ]]>t</a>\n';
    for (const size of [1, 2, 5, 1000]) {
      const guard = new XmlSizeGuard(1000);
      const pieces = xml.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(run(guard, ...pieces).text).toBe(xml);
    }
  });

  it('cuts an attribute value at the limit and notes its element and name', () => {
    const guard = new XmlSizeGuard(10);
    const { text, notes } = run(guard, '<r><sms a="1"/><sms body="abcdefghijklmnop" x="ok"/></r>');
    expect(text).toBe('<r><sms a="1"/><sms body="abcdefghij" x="ok"/></r>');
    expect(notes).toEqual([]);
    expect(guard.takeAttributeNotices(2)).toEqual([]);
    expect(guard.takeAttributeNotices(3)).toEqual([{ kind: 'attribute', element: 3, attribute: 'body', chars: 16, line: 1 }]);
    expect(guard.takeAttributeNotices(3)).toEqual([]);
  });

  it('closes a cut comment, processing instruction and CDATA section for the parser', () => {
    const guard = new XmlSizeGuard(3);
    const { text, notes } = run(guard, '<r><!--abcdefg--><?pi abcdef?><![CDATA[abcdefg]]></r>');
    expect(text).toBe('<r><!--abc--><?pi ?><![CDATA[abc]]></r>');
    expect(notes.map((note) => (note.kind === 'run' ? [note.what, note.chars] : null))).toEqual([
      ['comment', 7],
      ['processing instruction', 9],
      ['CDATA section', 7],
    ]);
  });

  it('cuts over-long names in a tag and still closes the tag', () => {
    const { text, notes } = run(new XmlSizeGuard(4), '<r><sms abcdefgh="1"/><b/></r>');
    expect(text).toBe('<r><sms ="1"/><b/></r>');
    expect(notes).toEqual([{ kind: 'run', what: 'tag', chars: 13, line: 1 }]);
  });

  it('closes a cut DOCTYPE: its quote and its internal subset', () => {
    const doctype = '<!DOCTYPE a [<!ENTITY e "long value">]><a/>';
    // "D" decides the declaration; the content counted starts at "OCTYPE".
    expect(run(new XmlSizeGuard(6), doctype).text).toBe('<!DOCTYPE><a/>');
    expect(run(new XmlSizeGuard(12), doctype).text).toBe('<!DOCTYPE a [<!]><a/>');
    expect(run(new XmlSizeGuard(22), doctype).text).toBe('<!DOCTYPE a [<!ENTITY e ""]><a/>');
  });

  it('counts the newlines it drops, for the parser\'s line numbers', () => {
    const guard = new XmlSizeGuard(2);
    const { segments } = run(guard, '<a>\n\n\nxx\n\n</a>\n<b/>');
    // Two of the five newlines of the text run are passed on, three dropped.
    expect(segments.at(-1)?.droppedLinesBefore).toBe(3);
    expect(segments.map((segment) => segment.text).join('')).toBe('<a>\n\n</a>\n<b/>');
  });
});
