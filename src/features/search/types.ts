/** What the app's search components use of the engine, once its lazy chunk has loaded. */
import type { SearchLanguage, SearchResult } from './engine/types';

export type { SearchKind, SearchLanguage, SearchResult, Snippet } from './engine/types';

export interface Searcher {
  /** Both languages' content; `lang` (the reader's) comes first and wins when an entry matches in both. */
  search(query: string, lang: SearchLanguage): SearchResult[];
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
