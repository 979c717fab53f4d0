/**
 * Shapes shared by the search engine: the documents it indexes, the serialized index it ships and the results it
 * returns. Pure data, so the index can be built in Node at build time and loaded in the browser.
 */

export type SearchKind = 'term' | 'scheme' | 'section' | 'checklist' | 'table';

/** Language of a document's text: the index holds both content packs, each entry once per language. */
export type SearchLanguage = 'en' | 'fr';

/**
 * Every searchable field, most important first. The order is the field's number in the serialized index, so
 * append new fields at the end (and bump INDEX_VERSION).
 */
export const SEARCH_FIELDS = [
  'terms',
  'acronym',
  'title',
  'variants',
  'nameFr',
  'nameEn',
  'gloss',
  'headings',
  'summary',
  'definition',
  'whoFor',
  'offers',
  'steps',
  'responses',
  'access',
  'details',
  'context',
  'body',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** One thing a result can open: a term, a scheme, a guide section (or an example/callout in it), a checklist, a Table 1 factor. */
export interface SearchDocument {
  /**
   * "term:nourrice", "scheme:cej", "section:2-4-2", "section:2-1-1#example-lille-forum-theatre", "table:minor-money"…
   * The same in both languages: an entry's two documents share it, and a search returns each entry once.
   */
  id: string;
  kind: SearchKind;
  /** The language of the pack the document comes from. */
  lang: SearchLanguage;
  /** Plain text, as the result list shows it. */
  title: string;
  /** The app route that opens the exact place, anchor included. */
  url: string;
  /** Plain text values per field (lists keep one value per item, so each can match on its own). */
  fields: Partial<Record<SearchField, string[]>>;
  /** Inclusive age range of a scheme's public: a number typed in the query ("17", "25 ans") matches inside it. */
  ages?: [number, number];
}

export interface Snippet {
  text: string;
  /** [start, end) offsets in `text` of the words that matched the query. */
  highlights: [number, number][];
}

export interface SearchResult {
  id: string;
  kind: SearchKind;
  /**
   * Language of the document shown (the page to open should show that language): the reader's whenever its
   * document matched, else the one that did.
   */
  lang: SearchLanguage;
  /** In the reader's language whenever the entry exists in it, even when only the other language matched. */
  title: string;
  titleLang: SearchLanguage;
  url: string;
  score: number;
  snippet: Snippet;
  /**
   * [start, end) offsets in `title` of the words that matched: a term found by its headword or a variant
   * ("chuf" → Guetteur / chouf) shows why in its title, as the snippet leaves the title's fields out.
   */
  titleHighlights: [number, number][];
}

export interface SearchOptions {
  /** Maximum number of results (default 20). */
  limit?: number;
  /**
   * The reader's language (the interface's): its documents rank first when both languages match about as well,
   * and an entry matched in both languages is returned in this one. A query that only matches the other
   * language still finds its entry, in that language.
   */
  lang?: SearchLanguage;
}
