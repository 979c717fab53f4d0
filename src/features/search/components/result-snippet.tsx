import { CONTENT_LANGUAGE } from '../../../lib/content-language';
import { snippetParts } from '../group-results';
import type { Snippet } from '../types';

/** Text with the words the query matched in `<mark>` (also bold: not colour alone). */
export function MarkedText({ text, highlights }: Snippet) {
  return (
    <>
      {snippetParts({ text, highlights }).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}

/** The passage that matched, under a result's title. */
export function ResultSnippet({ snippet }: { snippet: Snippet }) {
  if (!snippet.text) return null;
  return (
    <p className="search-result__snippet" lang={CONTENT_LANGUAGE}>
      <MarkedText {...snippet} />
    </p>
  );
}
