/** `npm run bench`: every benchmark, side by side in one run. Needs a build (`npm run build`). */
import { existsSync } from 'node:fs';
import { measureBundle, printBundle } from './bundle';
import { measureColdStart, printColdStart } from './cold-start';
import { measureContactsBrowser, printContactsBrowser } from './contacts-browser';
import { measureOfflineReady, printOfflineReady } from './offline-ready';
import {
  measureLighthouseRoutes,
  measureWithOpenerPolicy,
  printLighthouse,
  printLighthouseSummary,
  printOpenerPolicyCost,
} from './lighthouse';
import { measureSearch, printSearch } from './search';
import { measureSearchBrowser, printSearchBrowser } from './search-browser';
import { measureSyncBrowser, printSyncBrowser } from './sync-browser';
import { measureStatsBench, printStatsBench } from './stats';
import { measureAndPrintSyncServers } from './sync-server';
import { measureVaultBrowser, printVaultBrowser } from './vault-browser';

if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}
// First visit and cold start (issue #11): each figure beside its target, MET or MISSED.
const bundle = await measureBundle();
printBundle(bundle);
const lighthouse = await measureLighthouseRoutes();
for (const figures of lighthouse) printLighthouse(figures);
const withOpenerPolicy = await measureWithOpenerPolicy();
const coldStart = await measureColdStart();
printColdStart(coldStart);
console.log('\n==== Issue #11 targets, side by side ====');
printBundle(bundle, { files: false });
printLighthouseSummary(lighthouse);
printOpenerPolicyCost(lighthouse, withOpenerPolicy);
printColdStart(coldStart);
// How soon a first visit on a phone's network works offline (information).
printOfflineReady(await measureOfflineReady());

printSearch(measureSearch());
printSearchBrowser(await measureSearchBrowser());
await measureAndPrintSyncServers();
printSyncBrowser(await measureSyncBrowser());
printContactsBrowser(await measureContactsBrowser());
printVaultBrowser(await measureVaultBrowser());
for (const figures of await measureStatsBench()) printStatsBench(figures);
