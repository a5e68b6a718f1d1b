import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../support/corpus.js';
import { describeQuery } from '../../../../shared/query/describe-query.js';
import { QUERY_HELP, queryHelpMarkdown } from '../../../../shared/query/query-help.js';
import { parseSearchQuery } from '../../../../shared/query/query-parser.js';
import { FIELD_NAMES } from '../../../../shared/query/query-fields.js';

const entries = QUERY_HELP.flatMap((section) => section.entries);

describe('query help', () => {
  it.each(entries.map((entry) => [entry.example]))('example %j parses and can be described', (example) => {
    const result = parseSearchQuery(example);
    expect(result).toMatchObject({ ok: true });
    if (result.ok && result.query) {
      expect(describeQuery(result.query).length).toBeGreaterThan(0);
    }
  });

  it('mentions every field and every operator', () => {
    const text = JSON.stringify(QUERY_HELP);
    for (const name of FIELD_NAMES) {
      expect(text).toContain(`${name}:`);
    }
    for (const operator of ['AND', 'OR', 'NOT', '-', 'NEAR/', '"', '*', '..']) {
      expect(text).toContain(operator);
    }
  });

  it('renders as Markdown tables for the README', () => {
    const markdown = queryHelpMarkdown();
    expect(markdown).toContain('### Words and phrases');
    expect(markdown).toContain('| `from:WORD` | `from:lay` |');
    expect(markdown.split('\n').filter((line) => line.startsWith('| `'))).toHaveLength(entries.length);
  });

  it('is what the README says, word for word', () => {
    const readme = readFileSync(`${REPO_ROOT}/README.md`, 'utf8');
    const section = /<!-- query-help:start -->\n([\s\S]*?)\n<!-- query-help:end -->/.exec(readme)?.[1];
    expect(section).toBe(queryHelpMarkdown().replace(/\n+$/, ''));
  });
});
