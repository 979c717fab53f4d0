import { describe, expect, it } from 'vitest';
import { isPagesBundle, languageOfBuildFile, pagesBundleFile } from './precache-languages';

describe("a language's edition: what only its readers download", () => {
  it.each([
    ['assets/pages-fr-d49a3203.json', 'fr'],
    ['/assets/pages-en-982d620d.json', 'en'],
    ['assets/content-fr-aa539105.json', 'fr'],
    // Its app shell too: a French phone never downloads the English one.
    ['pages/fr/_shell.html', 'fr'],
    ['/pages/en/_shell.html', 'en'],
    // Every reader's files.
    ['assets/index-CQ7hxJYg.js', undefined],
    ['assets/style-CK3TBvgq.css', undefined],
    ['pages/de/_shell.html', undefined],
    ['pages/fr/guide.html', undefined],
    ['assets/pages-de-12345678.json', undefined],
  ])('%s → %s', (url, lang) => {
    expect(languageOfBuildFile(url)).toBe(lang);
  });

  it('names and recognises the pages bundle', () => {
    expect(pagesBundleFile('fr', 'abc123')).toBe('assets/pages-fr-abc123.json');
    expect(isPagesBundle('/assets/pages-fr-abc123.json')).toBe(true);
    expect(isPagesBundle('pages/fr/_shell.html')).toBe(false);
  });
});
