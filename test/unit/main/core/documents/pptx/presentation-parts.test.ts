/**
 * The PresentationML parts read without a package: the slide list of presentation.xml and the
 * comments and authors of a slide, legacy as in the corpus's testComment.pptx and modern threaded.
 */
import { describe, expect, it } from 'vitest';
import { slideList } from '../../../../../../main/core/documents/pptx/presentation-slides.js';
import { commentAuthors, slideComments } from '../../../../../../main/core/documents/pptx/slide-comments.js';
import { corpusZipEntries } from '../corpus-document.js';

async function corpusPart(path: string, part: string): Promise<Uint8Array> {
  const entry = (await corpusZipEntries(path)).find((candidate) => candidate.name === part);
  if (!entry || typeof entry.data === 'string') {
    throw new Error(`${path} has no ${part}`);
  }
  return entry.data;
}

describe('slideList', () => {
  it('takes r:id, not the slide number in id, in list order, ignores the master list, and counts past the limit', () => {
    const xml = '<p:presentation xmlns:p="p" xmlns:r="r"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>' +
      '<p:sldIdLst><p:sldId id="257" r:id="rId7"/><p:sldId id="256" r:id="rId2"/></p:sldIdLst></p:presentation>';
    expect(slideList(xml)).toEqual({ ids: ['rId7', 'rId2'], count: 2 });
    expect(slideList(xml, 1)).toEqual({ ids: ['rId7'], count: 2 });
  });

  it('reads the corpus presentation', async () => {
    expect(slideList(await corpusPart('pptx/tika/testComment.pptx', 'ppt/presentation.xml'))).toEqual({ ids: ['rId2'], count: 1 });
  });
});

describe('slide comments', () => {
  it('reads legacy comments with their numbered authors', async () => {
    const authors = commentAuthors(await corpusPart('pptx/tika/testComment.pptx', 'ppt/commentAuthors.xml'));
    expect([...authors]).toEqual([['0', 'Michael McCandless']]);
    const comments = slideComments(await corpusPart('pptx/tika/testComment.pptx', 'ppt/comments/comment1.xml'), authors, 'slide 1');
    expect(comments).toEqual([{ where: 'slide 1', author: 'Michael McCandless', date: '2011-09-17T08:45:16', kind: 'comment', text: 'Here is a comment' }]);
  });

  it('reads a modern comment of two paragraphs and its reply; an unknown author is left empty (constructed)', () => {
    const xml = '<p188:cmLst xmlns:a="a" xmlns:p188="p"><p188:cm id="{1}" authorId="{X}" created="2024-01-02T03:04:05.678Z">' +
      '<p188:replyLst><p188:reply id="{2}" authorId="{A}" created="2024-01-03T00:00:00Z"><p188:txBody><a:p><a:r><a:t>Done</a:t></a:r></a:p></p188:txBody></p188:reply></p188:replyLst>' +
      '<p188:txBody><a:p><a:r><a:t>First</a:t></a:r></a:p><a:p><a:r><a:t>Second</a:t></a:r></a:p></p188:txBody></p188:cm></p188:cmLst>';
    expect(slideComments(xml, new Map([['{A}', 'Ann']]), 'slide 3')).toEqual([
      { where: 'slide 3', author: '', date: '2024-01-02T03:04:05.678Z', kind: 'comment', text: 'First\nSecond' },
      { where: 'slide 3', author: 'Ann', date: '2024-01-03T00:00:00Z', kind: 'reply', text: 'Done' },
    ]);
  });
});
