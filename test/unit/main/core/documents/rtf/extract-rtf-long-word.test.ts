/**
 * One 100 MB word in an RTF document: it used to cost 1.75 GB and 16–21 s and lose the whole
 * body. Alone in its file so the process's peak memory is this test's. The bounds are loose on
 * purpose (ten times what it takes): they catch a reader that holds the word, not a slow machine.
 */
import { describe, expect, it } from 'vitest';
import { extractRtf } from '../../../../../../main/core/documents/rtf/extract-rtf.js';
import { MAX_WORD_BYTES } from '../../../../../../main/core/mail/outlook/rtf-tokens.js';

describe('an RTF document with a 100 MB word', () => {
  it('keeps the text before and after it and the first MiB of the word, with one warning, in bounded memory and time', () => {
    const head = Buffer.from('{\\rtf1\\ansi hello ', 'latin1');
    const tail = Buffer.from(' afterword\\par}', 'latin1');
    const rtf = Buffer.alloc(head.length + 100 * 1024 * 1024 + tail.length, 'x');
    head.copy(rtf, 0);
    tail.copy(rtf, rtf.length - tail.length);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();

    const parts = extractRtf(rtf);

    const seconds = (performance.now() - started) / 1000;
    const peakGrowth = process.resourceUsage().maxRSS * 1024 - rssBefore;
    expect(parts.body).toBe(`hello ${'x'.repeat(MAX_WORD_BYTES)} afterword\r\n`);
    expect(parts.problems).toEqual([
      { where: '', severity: 'warning', message: 'a word of more than 1 MiB with no space (data, not prose) cut to the first 1 MiB; the text around read as usual' },
    ]);
    expect(peakGrowth).toBeLessThan(300 * 1024 * 1024);
    expect(seconds).toBeLessThan(15);
  }, 60_000);
});
