/** The body's Text / HTML switch rendered to static HTML: text first, the switch only when there is HTML. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RecordBody } from '../../../../../renderer/features/review/record-body.js';

describe('record body', () => {
  it('opens on the text, with a switch to the HTML version when there is one', () => {
    const html = renderToStaticMarkup(createElement(RecordBody, { record: { body: 'Budget attached.', html: '<p>Budget <b>attached</b>.</p><img src="http://t.example/p.gif">' } }));
    expect(html).toContain('data-view="text"');
    expect(html).toContain('<pre class="record-body" data-testid="record-body">Budget attached.</pre>');
    expect(html).toMatch(/<button[^>]*aria-pressed="true"[^>]*data-testid="record-view-text"[^>]*>Text<\/button>/);
    expect(html).toMatch(/<button[^>]*aria-pressed="false"[^>]*data-testid="record-view-html"[^>]*>HTML<\/button>/);
    // Nothing of the HTML part reaches the page until it is asked for, and then only in the frame.
    expect(html).not.toContain('t.example');
    expect(html).not.toContain('iframe');
  });

  it('shows no switch for a record without HTML', () => {
    const html = renderToStaticMarkup(createElement(RecordBody, { record: { body: '', html: '  ' } }));
    expect(html).not.toContain('record-view-html');
    expect(html).toContain('(no text)');
  });
});
