/**
 * `npm run bench:sync` (issue #4), side by side in one run: server ingest vs a raw better-sqlite3 loop and
 * 100 concurrent connections (autocannon); then, in Chromium, pushing 1 000 pending contacts, saving a contact
 * and the first render of a list of 10 000. The Chromium parts need a build (`npm run build`).
 */
import { existsSync } from 'node:fs';
import { measureContactsBrowser, printContactsBrowser } from './contacts-browser';
import { measureSyncBrowser, printSyncBrowser } from './sync-browser';
import { measureSyncServer, printSyncServer } from './sync-server';

printSyncServer(await measureSyncServer());
if (existsSync('dist/index.html')) {
  printSyncBrowser(await measureSyncBrowser());
  printContactsBrowser(await measureContactsBrowser());
} else {
  console.log('\nNo build in dist/: run `npm run build` for the Chromium half (push, save, list).');
}
