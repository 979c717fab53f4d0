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

/** The passage that matched, under a result's title, in the language of the document it comes from. */
export function ResultSnippet({ snippet, lang }: { snippet: Snippet; lang: string }) {
  if (!snippet.text) return null;
  return (
    <p className="search-result__snippet" lang={lang}>
      <MarkedText {...snippet} />
    </p>
  );
}
