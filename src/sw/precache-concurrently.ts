/// <reference lib="webworker" />
/**
 * The install's download of the common precache, several files at a time.
 *
 * Workbox's own install stores its entries one at a time (workbox#2528: hundreds of requests at once exhausted
 * Chromium's resources; its concurrent option, workbox#2880, never landed). Each file then costs a full round
 * trip on its own: a first visit on Lighthouse's mobile network (150 ms round trip, 1.6 Mbit/s) took 20 s to
 * work offline for the ~110 files of a French reader (`npm run bench:offline`), most of it waiting, not
 * downloading. A few downloads at once use the connections a browser opens to one server anyway (six over
 * HTTP/1.1) and stay far from that limit.
 *
 * Each entry goes through the controller's own strategy, as Workbox's install sends it (same request, same cache
 * key, same plugins, same checks of the answer), so routing, activation and cleanup stay Workbox's.
 */
import type { PrecacheController, PrecacheEntry } from 'workbox-precaching';

/**
 * Downloads at once for the common precache. The language's edition downloads beside them (src/sw/sw.ts), one
 * file at a time: together six, the connections Chromium opens to one HTTP/1.1 origin.
 */
export const PRECACHE_CONCURRENCY = 5;

/** How Workbox fetches an entry: a revisioned URL bypasses the HTTP cache, a hashed file name may use it. */
export function cacheModeOf(entry: PrecacheEntry | string): RequestCache {
  return typeof entry !== 'string' && entry.revision ? 'reload' : 'default';
}

/**
 * Stores every entry of `controller` not stored yet, `concurrency` at a time. Rejects with the first failure
 * (the install then fails and the worker in place keeps serving), starting no new download after it.
 */
export async function precacheConcurrently(
  controller: PrecacheController,
  entries: readonly (PrecacheEntry | string)[],
  event: ExtendableEvent,
  concurrency = PRECACHE_CONCURRENCY,
): Promise<void> {
  const modes = new Map<string, RequestCache>();
  for (const entry of entries) {
    const url = typeof entry === 'string' ? entry : entry.url;
    modes.set(new URL(url, self.location.href).href, cacheModeOf(entry));
  }
  const queue = [...controller.getURLsToCacheKeys()];
  let failed = false;
  const downloader = async (): Promise<void> => {
    for (let next = queue.shift(); next && !failed; next = queue.shift()) {
      const [url, cacheKey] = next;
      const request = new Request(url, {
        integrity: controller.getIntegrityForCacheKey(cacheKey),
        cache: modes.get(url) ?? 'default',
        credentials: 'same-origin',
      });
      try {
        await Promise.all(controller.strategy.handleAll({ params: { cacheKey }, request, event }));
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, downloader));
}
