/**
 * Which build files exist once per language — a language's edition: its prerendered pages (one bundle file,
 * assets/pages-<lang>-<hash>.json, that the service worker unpacks into one cache entry per page, its app shell
 * included: src/shared/pages-bundle.ts) and its content pack. The service worker caches an edition for the
 * reader's language only (src/sw/sw.ts) and the benchmark counts what one reader downloads (scripts/bench): a
 * French phone needs no English pages. The search index is one file for both languages (the search is
 * bilingual), in every reader's precache. The shell's own file (pages/<lang>/_shell.html) is the server's.
 */
import { isPageLanguage, type PageLanguage } from './prerendered-pages.ts';

const PAGES_BUNDLE = /^\/?assets\/pages-(fr|en)-[\w-]+\.json$/;
const PER_LANGUAGE = [PAGES_BUNDLE, /^\/?assets\/content-(fr|en)-[\w-]+\.json$/, /^\/?pages\/(fr|en)\/_shell\.html$/];

export function languageOfBuildFile(url: string): PageLanguage | undefined {
  for (const pattern of PER_LANGUAGE) {
    const lang = pattern.exec(url)?.[1];
    if (isPageLanguage(lang)) return lang;
  }
  return undefined;
}

/** The file name of a language's pages bundle (the build writes it, the service worker unpacks it). */
export function pagesBundleFile(lang: PageLanguage, hash: string): string {
  return `assets/pages-${lang}-${hash}.json`;
}

export function isPagesBundle(url: string): boolean {
  return PAGES_BUNDLE.test(url);
}
