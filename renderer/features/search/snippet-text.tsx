/**
 * A search snippet with its hits in `<mark>`. The snippet is split into text runs by the shared
 * `splitSnippet`, so record text is never interpreted as HTML.
 */
import { splitSnippet } from '../../../shared/model/search.js';

export function SnippetText({ snippet }: { snippet: string }) {
  return (
    <span className="snippet">
      {splitSnippet(snippet).map((run, index) => (run.hit ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
    </span>
  );
}
