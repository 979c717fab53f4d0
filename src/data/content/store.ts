/**
 * The content of each language, in memory: loaded once from the build's pack asset (assets/content-<lang>-<hash>.json,
 * precached by the service worker), or provided synchronously (the prerender in Node, tests). Nothing is stored
 * on the device: the pack is already in the service worker's cache, a second copy in IndexedDB only cost a
 * seeding pass and space.
 */
import type { ContentLanguage, ContentPack } from '../../content/schema';
import { buildContentIndex, type ContentIndex } from './build-index';

/** A pack that could not be fetched or read. The page's error element shows it. */
export class ContentLoadError extends Error {
  constructor(lang: ContentLanguage, detail: string) {
    super(`Content (${lang}) could not be loaded: ${detail}`);
    this.name = 'ContentLoadError';
  }
}

const loaded = new Map<ContentLanguage, ContentIndex>();
const pending = new Map<ContentLanguage, Promise<ContentIndex>>();
const used = new Set<ContentLanguage>();

async function fetchPack(lang: ContentLanguage): Promise<ContentPack> {
  // Imported here, not at the top: the prerender (Node) and tests provide packs and never need the URLs.
  const { default: urls } = await import('virtual:content-pack/urls');
  let response: Response;
  try {
    response = await fetch(urls[lang]);
  } catch (error) {
    throw new ContentLoadError(lang, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new ContentLoadError(lang, `HTTP ${response.status} for ${urls[lang]}`);
  let pack: unknown;
  try {
    pack = await response.json();
  } catch (error) {
    throw new ContentLoadError(lang, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  // The build validated the pack and the file name carries its hash: this only catches a wrong answer (an HTML
  // fallback page, another language's file), not content errors.
  if (typeof pack !== 'object' || pack === null || (pack as { lang?: unknown }).lang !== lang) {
    throw new ContentLoadError(lang, `${urls[lang]} is not the ${lang} content pack`);
  }
  return pack as ContentPack;
}

/**
 * The content of a language: fetched and indexed once; concurrent calls share one request. A failure rejects
 * every waiting caller and is not kept, so the next call tries again.
 */
export function loadContent(lang: ContentLanguage): Promise<ContentIndex> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let request = pending.get(lang);
  if (!request) {
    request = fetchPack(lang).then(
      (pack) => {
        pending.delete(lang);
        const index = buildContentIndex(pack);
        loaded.set(lang, index);
        return index;
      },
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, request);
  }
  return request;
}

/** The content of a language if it is already in memory. */
export function peekContent(lang: ContentLanguage): ContentIndex | undefined {
  return loaded.get(lang);
}

/** Puts an already compiled pack in memory, synchronously (the prerender at build time, tests). */
export function provideContent(lang: ContentLanguage, pack: ContentPack): void {
  if (pack.lang !== lang) throw new Error(`provideContent('${lang}') was given the ${pack.lang} pack`);
  loaded.set(lang, buildContentIndex(pack));
}

/** Records that a page read a language's content (useContent): the prerender asks which packs a page needs. */
export function markContentUsed(lang: ContentLanguage): void {
  used.add(lang);
}

/** The languages whose content was read by useContent since the last resetContentUsage(). */
export function contentUsedLanguages(): ContentLanguage[] {
  return [...used].sort();
}

export function resetContentUsage(): void {
  used.clear();
}

/** Forgets every loaded language (tests of the loading itself). */
export function forgetContentForTests(): void {
  loaded.clear();
  pending.clear();
  used.clear();
}
