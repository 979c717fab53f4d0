import { describe, expect, it } from 'vitest';
import { languageFromAcceptLanguage, pageFile, pickPageLanguage, readCookie, shellFile } from './prerendered-pages';

describe('pageFile: the prerendered file of a URL path', () => {
  it.each([
    ['fr', '/', 'pages/fr/index.html'],
    ['en', '/', 'pages/en/index.html'],
    ['fr', '/guide', 'pages/fr/guide.html'],
    ['fr', '/guide/', 'pages/fr/guide.html'],
    ['en', '/guide/2-4-2', 'pages/en/guide/2-4-2.html'],
    ['fr', '/vocabulary/nourrice', 'pages/fr/vocabulary/nourrice.html'],
    ['fr', '/table-1', 'pages/fr/table-1.html'],
  ] as const)('%s %s → %s', (lang, path, file) => {
    expect(pageFile(lang, path)).toBe(file);
  });

  it.each([
    '/../etc/passwd',
    '/guide/..',
    '/guide//x',
    '/Guide',
    '/guide/2 4',
    '/%2e%2e/x',
    '/guide/x.html',
    '//x',
    '',
  ])('has no page for %j (never a path outside pages/)', (path) => {
    expect(pageFile('fr', path)).toBeUndefined();
  });

  it('names one shell per language', () => {
    expect(shellFile('fr')).toBe('pages/fr/_shell.html');
    expect(shellFile('en')).toBe('pages/en/_shell.html');
  });
});

describe('the reader’s language', () => {
  it.each([
    [undefined, 'fr'],
    ['', 'fr'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,en;q=0.8,fr;q=0.5', 'en'],
    ['de-DE,fr;q=0.8,en;q=0.5', 'fr'],
    ['en;q=0.4,fr;q=0.9', 'fr'],
    ['fr-CA', 'fr'],
    ['de,es', 'fr'],
    ['en;q=0,fr;q=0.1', 'fr'],
    ['EN-us', 'en'],
  ] as const)('Accept-Language %j → %s', (header, lang) => {
    expect(languageFromAcceptLanguage(header)).toBe(lang);
  });

  it.each([
    ['lt-lang=en', 'fr-FR', 'en'],
    ['a=1; lt-lang=fr; b=2', 'en-GB', 'fr'],
    ['lt-lang=de', 'en-GB', 'en'],
    [undefined, 'en-GB', 'en'],
    ['xlt-lang=en', 'fr', 'fr'],
  ] as const)('cookie %j with Accept-Language %j → %s (the app’s choice first)', (cookie, accept, lang) => {
    expect(pickPageLanguage(cookie, accept)).toBe(lang);
  });

  it('reads one cookie among several', () => {
    expect(readCookie('a=1; lt-lang=en ; c=3', 'lt-lang')).toBe('en');
    expect(readCookie('a=1', 'lt-lang')).toBeUndefined();
    expect(readCookie(undefined, 'lt-lang')).toBeUndefined();
  });
});
