/** Pure helpers of the results list: grouping by kind, and a snippet cut into plain and marked parts. */
import type { SearchKind, SearchResult, Snippet } from './types';

export interface ResultGroup {
  kind: SearchKind;
  /** Best first, as the engine ranked them. */
  results: SearchResult[];
  /** Score of the group's best result: the groups are ordered by it. */
  top: number;
}

/** Results grouped by kind, the group holding the best result first (the answer is at the top of the page). */
export function groupResults(results: SearchResult[]): ResultGroup[] {
  const groups = new Map<SearchKind, ResultGroup>();
  for (const result of results) {
    const group = groups.get(result.kind);
    if (group) {
      group.results.push(result);
      group.top = Math.max(group.top, result.score);
    } else groups.set(result.kind, { kind: result.kind, results: [result], top: result.score });
  }
  // Stable: equal tops keep the engine's order.
  return [...groups.values()].sort((a, b) => b.top - a.top);
}

export interface SnippetPart {
  text: string;
  marked: boolean;
}

/** The snippet as runs of text, the matched words marked; overlapping or out-of-range highlights are ignored. */
export function snippetParts({ text, highlights }: Snippet): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
