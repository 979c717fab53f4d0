/** What the app's search components use of the engine, once its lazy chunk has loaded. */
import type { SearchResult } from './engine/types';

export type { SearchKind, SearchResult, Snippet } from './engine/types';

export interface Searcher {
  search(query: string): SearchResult[];
  /** Close names from the index, for a query that found nothing. */
  suggest(query: string): string[];
}

/** Router state of a navigation to the search page. */
export interface SearchNavigationState {
  /** Opened by typing into another field: take the focus, start from that field's text (handoff.ts). */
  handoff?: number;
  /** The search page's own field wrote this URL (as the typing pauses): the field already shows it. */
  fromField?: boolean;
}
