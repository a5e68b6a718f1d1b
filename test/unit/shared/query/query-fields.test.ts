import { describe, expect, it } from 'vitest';
import { TEXT_FIELDS, VALUE_FIELDS } from '../../../../shared/query/query-ast.js';
import { closestName, FIELD_NAMES, fieldKind, valueMatchesAny, wildcardPattern } from '../../../../shared/query/query-fields.js';

describe('query fields', () => {
  it('knows every field of the syntax tree, plus has, date, before and after, in any case', () => {
    for (const field of TEXT_FIELDS) {
      expect(fieldKind(field)).toEqual({ kind: 'text', field });
    }
    for (const field of VALUE_FIELDS) {
      expect(fieldKind(field.toUpperCase())).toEqual({ kind: 'value', field });
    }
    expect(fieldKind('Has')).toEqual({ kind: 'has' });
    expect(['date', 'before', 'after'].map((name) => fieldKind(name)?.kind)).toEqual(['date', 'date', 'date']);
    expect(fieldKind('sender')).toBeNull();
    expect(FIELD_NAMES).toHaveLength(TEXT_FIELDS.length + VALUE_FIELDS.length + 4);
  });

  it('suggests a field for slips of the keyboard only', () => {
    expect(closestName('form', FIELD_NAMES)).toBe('from');
    expect(closestName('FROMM', FIELD_NAMES)).toBe('from');
    expect(closestName('subjet', FIELD_NAMES)).toBe('subject');
    expect(closestName('custodain', FIELD_NAMES)).toBe('custodian');
    expect(closestName('exemptoin', FIELD_NAMES)).toBe('exemption');
    expect(closestName('xyz', FIELD_NAMES)).toBeNull();
    expect(closestName('re', FIELD_NAMES)).toBeNull();
    expect(closestName('http', FIELD_NAMES)).toBeNull();
  });

  it('matches wildcards over whole values, ignoring case, with regex characters literal', () => {
    expect(wildcardPattern('chat*').test('Chat-Message')).toBe(true);
    expect(wildcardPattern('*mail').test('personal-email')).toBe(true);
    expect(wildcardPattern('mail').test('email')).toBe(false);
    expect(wildcardPattern('a.b').test('axb')).toBe(false);
    expect(wildcardPattern('(b)(5)').test('(b)(5)')).toBe(true);
    expect(valueMatchesAny('*', ['email'])).toBe(true);
    expect(valueMatchesAny('x*', ['email', 'document'])).toBe(false);
  });
});
