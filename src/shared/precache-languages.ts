/**
 * Which build files exist once per language (the prerendered pages, the content pack, the search index):
 * the service worker caches those for the reader's language only (src/sw/sw.ts) and the benchmark counts
 * what one reader downloads (scripts/bench). The shells are not among them: every reader gets both, so a
 * language switched to offline still opens.
 */
import { isPageLanguage, PAGES_DIR, type PageLanguage } from './prerendered-pages.ts';

const PER_LANGUAGE = [
  new RegExp(`^/?${PAGES_DIR}/(fr|en)/(?!_shell\\.html$)`),
  /^\/?assets\/content-(fr|en)-[\w-]+\.json$/,
  /^\/?assets\/search-index-(fr|en)-[\w-]+\.js$/,
];

export function languageOfBuildFile(url: string): PageLanguage | undefined {
  for (const pattern of PER_LANGUAGE) {
    const lang = pattern.exec(url)?.[1];
    if (isPageLanguage(lang)) return lang;
  }
  return undefined;
}
