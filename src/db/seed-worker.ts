/**
 * Dedicated worker that seeds the content tables, so parsing the content pack and writing ~400 rows (two languages) to
 * IndexedDB never blocks the main thread (first visit on a cheap phone). Pages see the rows through
 * Dexie's live queries, which Dexie propagates across the worker boundary.
 */
import meta from 'virtual:content-pack/meta';
import { loadBundledPacks } from './bundled-packs';
import { getDb } from './db';
import { ensureContentSeeded } from './seed-content';
import type { SeedWorkerMessage } from './seed-worker-messages';

// The app's TypeScript lib is DOM; this file only uses the dedicated-worker subset below.
const scope = self as unknown as {
  postMessage: (message: SeedWorkerMessage) => void;
  addEventListener: (type: 'message', listener: () => void) => void;
};

scope.addEventListener('message', () => {
  ensureContentSeeded(
    getDb(),
    { version: meta.version, langs: meta.langs },
    () => loadBundledPacks(meta.langs),
    (done, total) => scope.postMessage({ type: 'progress', done, total }),
  ).then(
    (result) => scope.postMessage({ type: 'done', result }),
    (error: unknown) =>
      scope.postMessage({
        type: 'error',
        name: (error as { name?: string } | null)?.name ?? 'Error',
        innerName: (error as { inner?: { name?: string } } | null)?.inner?.name,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
