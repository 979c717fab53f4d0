/** `npm run bench`: every benchmark, side by side in one run. Needs a build (`npm run build`). */
import { existsSync } from 'node:fs';
import { measureBundle, printBundle } from './bundle';
import { measureContactsBrowser, printContactsBrowser } from './contacts-browser';
import { measureLighthouse, printLighthouse } from './lighthouse';
import { measureSearch, printSearch } from './search';
import { measureSearchBrowser, printSearchBrowser } from './search-browser';
import { measureSyncBrowser, printSyncBrowser } from './sync-browser';
import { measureSyncServer, printSyncServer } from './sync-server';
import { measureVaultBrowser, printVaultBrowser } from './vault-browser';

if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}
printBundle(await measureBundle());
for (const path of ['/', '/guide/2-4-2']) printLighthouse(path, await measureLighthouse(path));
printSearch(measureSearch());
printSearchBrowser(await measureSearchBrowser());
printSyncServer(await measureSyncServer());
printSyncBrowser(await measureSyncBrowser());
printContactsBrowser(await measureContactsBrowser());
printVaultBrowser(await measureVaultBrowser());
