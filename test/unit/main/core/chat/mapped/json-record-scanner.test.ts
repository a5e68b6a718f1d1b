import { describe, expect, it } from 'vitest';
import { JsonRecordScanner, type JsonPiece } from '../../../../../../main/core/chat/mapped/json-record-scanner.js';

function scan(text: string, path: string[], pieceSize: number, maxChars = 1000, jsonLines = false): JsonPiece[] {
  const scanner = new JsonRecordScanner(path, maxChars, jsonLines);
  const out: JsonPiece[] = [];
  for (let i = 0; i < text.length; i += pieceSize) {
    out.push(...scanner.push(text.slice(i, i + pieceSize)));
  }
  return [...out, ...scanner.finish()];
}

function records(pieces: JsonPiece[]): unknown[] {
  return pieces.map((piece) => (piece.kind === 'record' ? JSON.parse(piece.text) : piece));
}

describe('JsonRecordScanner', () => {
  it('finds the array at a path, past strings that look like structure', () => {
    const text = '{"name": "a ] } [ \\" {", "other": [{"x": 1}], "chat": {"messages": [{"t": "}"}, {"t": "\\"]"}, 3, "s"]}, "messages": [9]}';
    for (const size of [1, 5, 1000]) {
      expect(records(scan(text, ['chat', 'messages'], size))).toEqual([{ t: '}' }, { t: '"]' }, 3, 's']);
    }
  });

  it('reports where each record starts', () => {
    const pieces = scan('{"m": [\n {"a": 1},\n\n {"a":\n 2}\n]}', ['m'], 3);
    expect(pieces.map((piece) => (piece.kind === 'record' ? [piece.index, piece.line] : piece))).toEqual([
      [0, 2],
      [1, 4],
    ]);
  });

  it('reads a top-level array, concatenated objects and JSON Lines', () => {
    expect(records(scan('[{"a":1},{"a":2}]', [], 2))).toEqual([{ a: 1 }, { a: 2 }]);
    expect(records(scan('{\n "a": 1\n}\n{\n "a": 2\n}\n', [], 4))).toEqual([{ a: 1 }, { a: 2 }]);
    const lines = scan('{"a":1}\n{"a": 2\n{"a":3}\n\n', [], 3);
    expect(lines.map((piece) => (piece.kind === 'record' ? [piece.line, piece.text] : piece))).toEqual([
      [1, '{"a":1}'],
      [2, '{"a": 2'],
      [3, '{"a":3}'],
    ]);
  });

  it('skips text that is not JSON, an over-long record, and reports a record cut short', () => {
    expect(scan('hello\n{\n"a": 1}', [], 2)).toEqual([
      { kind: 'problem', line: 1, message: 'line 1 is not JSON; skipped' },
      { kind: 'record', text: '{\n"a": 1}', index: 0, line: 2 },
    ]);
    expect(scan('{"m": [{"a": "0123456789"}, {"b": 1}]}', ['m'], 4, 10)).toEqual([
      { kind: 'problem', line: 1, message: 'record 1 (line 1) is 19 characters, over the limit of 10; skipped' },
      { kind: 'record', text: '{"b": 1}', index: 1, line: 1 },
    ]);
    expect(scan('{"m": [{"a": 1}, {"b": ', ['m'], 4)).toEqual([
      { kind: 'record', text: '{"a": 1}', index: 0, line: 1 },
      { kind: 'problem', line: 1, message: 'the file ends inside record 2 (started on line 1); it is cut short' },
    ]);
    expect(scan('{"n": []}', ['m'], 4)).toEqual([{ kind: 'problem', line: 1, message: 'no array of messages at "m"' }]);
  });
});
