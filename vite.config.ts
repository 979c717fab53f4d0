/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPackPlugin } from './scripts/vite-content-pack-plugin.ts';
import { webManifest } from './scripts/web-manifest.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const appVersion = (process.env.npm_package_version ?? '0.0.0').trim();

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
  },
  plugins: [
    react(),
    contentPackPlugin(`${root}content`),
    VitePWA({
      // Registration is ours (src/pwa/register-service-worker.ts) so the update prompt can wait for the user.
      injectRegister: false,
      registerType: 'prompt',
      strategies: 'generateSW',
      manifest: webManifest,
      // favicon.svg and the manifest icons are matched by globPatterns: listing them again (includeAssets,
      // includeManifestIcons) would put them twice in the precache manifest.
      includeAssets: ['apple-touch-icon.png', 'robots.txt'],
      includeManifestIcons: false,
      workbox: {
        // Manifest screenshots (~220 KB gz) only serve the browser's install sheet, which is shown online:
        // not precached, so the offline budget goes to the guide and its search index.
        globPatterns: ['**/*.{js,css,html,svg}', 'icons/*.png'],
        // Deep links typed into the address bar while offline: the shell answers every navigation.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/robots\.txt$/],
        // The new worker waits for the user's "reload" (never in the middle of a form).
        skipWaiting: false,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // Background Sync relay for the team sync (an extra trigger; the outbox lives in IndexedDB).
        importScripts: ['sw-sync.js'],
      },
      devOptions: { enabled: false },
    }),
  ],
  // Module workers, so the seed worker can load the content pack lazily like the page does.
  worker: { format: 'es', plugins: () => [contentPackPlugin(`${root}content`)] },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          // Timeouts only catch hangs (speed is for the benchmarks): a loaded 2-core CI box is slow, not stuck.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          // Property tests run thousands of requests or store operations: slow on a loaded machine, not stuck.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // Real Chromium against the real server and build: run after `npm run build`, one file at a time.
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
