import { describe, expect, it } from 'vitest';
import { packPages, readPagesBundle, unpackPages, type PagesBundle } from './pages-bundle';

/** A shell and pages shaped like the prerendered ones: a shared head and layout around a page's own main. */
const head = (title: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="UTF-8" /><script>(function(){/* preferences */})();</script>` +
  `<meta name="viewport" content="width=device-width, initial-scale=1" /><title>${title}</title>` +
  `<link rel="stylesheet" crossorigin href="/assets/content-styles-abc.css"></head>`;
const layout = (main: string, active: string) =>
  `<body><div id="root" data-page="page"><div class="app"><header class="app-bar"><a class="app-bar__brand" href="/">` +
  `<span class="app-bar__name">LIMITS Terrain</span></a></header><main id="main" class="app-main">${main}</main>` +
  `<nav class="bottom-nav" aria-label="Navigation principale"><ul>` +
  ['guide', 'vocabulary', 'schemes', 'finder', 'contacts']
    .map(
      (item) =>
        `<li><a class="bottom-nav__item${item === active ? ' active" aria-current="page' : ''}" href="/${item}">` +
        `<span class="bottom-nav__label">${item}</span></a></li>`,
    )
    .join('') +
  `</ul></nav></div></div><script defer src="/assets/boot-123.js"></script></body></html>`;
const shell = head('LIMITS Terrain') + layout('', '');
const page = (n: number) =>
  head(`Section ${n} · LIMITS Terrain`) +
  layout(`<article><h1>Section ${n}</h1><p>Texte propre à la section ${n}, « é » et 🌍.</p></article>`, 'guide');

describe('the pages bundle: pages stored as their differences from the shell', () => {
  it.each<[string, Record<string, string>]>([
    ['pages shaped like the prerendered ones', { 'pages/fr/a.html': page(1), 'pages/fr/b.html': page(2) }],
    ['the shell itself', { 'pages/fr/_copy.html': shell }],
    ['a page sharing nothing with the shell', { 'pages/fr/x.html': '<p>nothing in common</p>' }],
    ['text without a tag', { 'pages/fr/t.html': 'plain text, no tag at all' }],
    ['an empty page', { 'pages/fr/e.html': '' }],
    ['a page that ends inside a shared run', { 'pages/fr/cut.html': shell.slice(0, 150) }],
    ['a page that starts mid-tag', { 'pages/fr/mid.html': shell.slice(7) }],
  ])('unpacks %s to exactly what was packed', (_, pages) => {
    const bundle = readPagesBundle(JSON.parse(JSON.stringify(packPages(shell, pages))));
    expect(unpackPages(bundle)).toEqual(pages);
  });

  it('stores the shared layout as references, so the bundle is far smaller than the pages', () => {
    const pages = Object.fromEntries(Array.from({ length: 50 }, (_, n) => [`pages/fr/${n}.html`, page(n)]));
    const bundle = packPages(shell, pages);
    const parts = bundle.pages['pages/fr/1.html'] ?? [];
    expect(parts.filter((part) => typeof part !== 'string').length).toBeGreaterThanOrEqual(3);
    // What is left as text is the page's own: its title, the active tab and its main.
    expect(parts.filter((part) => typeof part === 'string').join('')).not.toContain('viewport');
    // Raw sizes: on pages this small gzip alone does well; the gzip figure on the real edition is the bench's.
    expect(JSON.stringify(bundle).length).toBeLessThan(JSON.stringify(pages).length * 0.4);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a plain map of pages (the old format)', { 'pages/fr/a.html': '<p>a</p>' }],
    ['no shared text', { pages: {} }],
    ['pages that are not a map', { shared: 'abc', pages: [] }],
    ['parts that are not a list', { shared: 'abc', pages: { 'a.html': 'abc' } }],
    ['a reference past the shared text', { shared: 'abc', pages: { 'a.html': [[0, 4]] } }],
    ['an empty reference', { shared: 'abc', pages: { 'a.html': [[1, 1]] } }],
    ['a negative reference', { shared: 'abc', pages: { 'a.html': [[-1, 2]] } }],
    ['a reference that is not two integers', { shared: 'abc', pages: { 'a.html': [[0, 1.5]] } }],
    ['a part of another type', { shared: 'abc', pages: { 'a.html': [42] } }],
  ])('refuses %s: a damaged download must not become cached pages', (_, value) => {
    expect(() => readPagesBundle(value)).toThrow(/Not a pages bundle/);
  });

  it('accepts a bundle with no pages', () => {
    const empty: PagesBundle = { shared: shell, pages: {} };
    expect(unpackPages(readPagesBundle(empty))).toEqual({});
  });
});
