/**
 * `npm run bench:search` (issue #3): the engines side by side in Node (this search, Fuse.js, a naive scan),
 * then keystroke → results rendered in Chromium with 4× CPU throttling. The browser part needs a build.
 */
import { existsSync } from 'node:fs';
import { measureSearch, printSearch } from './search';
import { measureSearchBrowser, printSearchBrowser } from './search-browser';

printSearch(measureSearch());
if (existsSync('dist/index.html')) printSearchBrowser(await measureSearchBrowser());
else console.log('\nNo build in dist/: run `npm run build` for the Chromium half (keystroke → results).');
