/*
 * Imported into the Workbox-generated service worker (vite.config.ts, workbox.importScripts). Background Sync
 * is only an extra trigger for the team sync: when the browser fires the 'limits-sync' tag (network back),
 * the open pages are asked to sync; the outbox itself stays in IndexedDB, sent by the page's sync client.
 */
self.addEventListener('sync', (event) => {
  if (event.tag !== 'limits-sync') return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((clients) => {
      for (const client of clients) client.postMessage({ type: 'limits-sync' });
    }),
  );
});
