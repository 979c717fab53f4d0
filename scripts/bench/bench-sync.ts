/**
 * `npm run bench:sync` (issues #4, #14), side by side in one run: server ingest vs a raw insert loop, open and
 * closed loop load, on SQLite and (with LT_BENCH_PG_URL) on PostgreSQL; then, in Chromium, pushing 1 000 pending
 * contacts, saving a contact and the first render of a list of 10 000. The Chromium parts need a build
 * (`npm run build`).
 */
import { existsSync } from 'node:fs';
import { measureContactsBrowser, printContactsBrowser } from './contacts-browser';
import { measureSyncBrowser, printSyncBrowser } from './sync-browser';
import { measureAndPrintSyncServers } from './sync-server';

await measureAndPrintSyncServers();
if (existsSync('dist/index.html')) {
  printSyncBrowser(await measureSyncBrowser());
  printContactsBrowser(await measureContactsBrowser());
} else {
  console.log('\nNo build in dist/: run `npm run build` for the Chromium half (push, save, list).');
}
