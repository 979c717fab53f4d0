/**
 * The pages bundle: every prerendered page of one language in one precached file, which the service worker
 * unpacks into one cache entry per page (src/sw/sw.ts). Pure (no DOM, no Node): the build packs with it, the
 * service worker and the tests unpack with it.
 *
 * Each page is stored as its differences from the language's app shell: the runs it shares with the shell (the
 * head, the inline preferences script, the app bar, the bottom navigation, the boot script) become `[start, end]`
 * references into `shared`, the rest stays text. gzip alone cannot do this: its 32 KB window sees the previous
 * page's copy of the layout but still pays ~50 bytes for each, 132 times; references cost a few bytes. Measured on
 * the French edition: 114.4 KB gz as a plain map of pages, 98.7 KB packed (`npm run bench:bundle`).
 */

/** Text of the page's own, or the `[start, end)` slice of the bundle's shared text. */
export type PagePart = string | [start: number, end: number];

export interface PagesBundle {
  /** The text pages are packed against (the language's shell). */
  shared: string;
  /** Page file (`pages/fr/guide/2-4-2.html`) → its parts, in order. */
  pages: Record<string, PagePart[]>;
}

/** Runs shorter than this stay text: a reference costs ~14 characters of JSON before compression. */
const MIN_REFERENCE = 40;
/** Matches are looked up by the characters that follow a tag's `<` in both texts. */
const KEY_LENGTH = 24;

/** Where each tag of `shared` starts, by its first KEY_LENGTH characters. */
function tagIndex(shared: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let at = shared.indexOf('<'); at >= 0; at = shared.indexOf('<', at + 1)) {
    const key = shared.slice(at, at + KEY_LENGTH);
    if (key.length < KEY_LENGTH) break;
    const starts = index.get(key);
    if (starts) starts.push(at);
    else index.set(key, [at]);
  }
  return index;
}

function commonLength(a: string, aAt: number, b: string, bAt: number): number {
  let n = 0;
  while (aAt + n < a.length && bAt + n < b.length && a.charCodeAt(aAt + n) === b.charCodeAt(bAt + n)) n++;
  return n;
}

/** One page as parts: greedy, the longest run of `shared` that starts at each tag of the page. */
function packPage(html: string, shared: string, index: Map<string, number[]>): PagePart[] {
  const parts: PagePart[] = [];
  let text = '';
  let at = 0;
  while (at < html.length) {
    let best = 0;
    let bestStart = 0;
    if (html.charCodeAt(at) === 60 /* < */) {
      for (const start of index.get(html.slice(at, at + KEY_LENGTH)) ?? []) {
        const length = commonLength(shared, start, html, at);
        if (length > best) [best, bestStart] = [length, start];
      }
    }
    if (best >= MIN_REFERENCE) {
      if (text) parts.push(text);
      text = '';
      parts.push([bestStart, bestStart + best]);
      at += best;
    } else {
      const next = html.indexOf('<', at + 1);
      const end = next < 0 ? html.length : next;
      text += html.slice(at, end);
      at = end;
    }
  }
  if (text) parts.push(text);
  return parts;
}

export function packPages(shared: string, pages: Readonly<Record<string, string>>): PagesBundle {
  const index = tagIndex(shared);
  const packed: Record<string, PagePart[]> = {};
  for (const [file, html] of Object.entries(pages)) packed[file] = packPage(html, shared, index);
  return { shared, pages: packed };
}

export function unpackPage(bundle: PagesBundle, parts: readonly PagePart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : bundle.shared.slice(part[0], part[1]))).join('');
}

export function unpackPages(bundle: PagesBundle): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const [file, parts] of Object.entries(bundle.pages)) pages[file] = unpackPage(bundle, parts);
  return pages;
}

const isPart = (part: unknown, sharedLength: number): part is PagePart =>
  typeof part === 'string' ||
  (Array.isArray(part) &&
    part.length === 2 &&
    part.every((n) => Number.isInteger(n)) &&
    0 <= (part[0] as number) &&
    (part[0] as number) < (part[1] as number) &&
    (part[1] as number) <= sharedLength);

/**
 * A downloaded bundle, checked before anything is cached from it: a damaged file must fail the install (the old
 * worker keeps serving), never store broken pages. Hand-written rather than zod: the service worker carries it.
 */
export function readPagesBundle(value: unknown): PagesBundle {
  const fail = (why: string): never => {
    throw new Error(`Not a pages bundle: ${why}`);
  };
  if (typeof value !== 'object' || value === null) return fail('not an object');
  const { shared, pages } = value as { shared?: unknown; pages?: unknown };
  if (typeof shared !== 'string') return fail('no shared text');
  if (typeof pages !== 'object' || pages === null || Array.isArray(pages)) return fail('no pages');
  for (const [file, parts] of Object.entries(pages)) {
    if (!Array.isArray(parts) || !parts.every((part) => isPart(part, shared.length))) fail(`bad parts for ${file}`);
  }
  return { shared, pages: pages as Record<string, PagePart[]> };
}
