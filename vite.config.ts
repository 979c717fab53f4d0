/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPackPlugin } from './scripts/vite-content-pack-plugin.ts';
import { prerenderPlugin } from './scripts/vite-prerender-plugin.ts';
import { bootChunks } from './scripts/vite-boot-chunks-plugin.ts';
import { compileHintsPlugin } from './scripts/vite-compile-hints-plugin.ts';
import { webManifest } from './scripts/web-manifest.ts';
import { ON_DEMAND_GLOBS } from './src/shared/on-demand-assets.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const boot = bootChunks();
const appVersion = (process.env.npm_package_version ?? '0.0.0').trim();

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
  },
  plugins: [
    react(),
    boot.plugin,
    compileHintsPlugin(),
    contentPackPlugin(`${root}content`),
    // Writes dist/pages/ in writeBundle, before vite-plugin-pwa makes the precache manifest in closeBundle.
    prerenderPlugin(root),
    VitePWA({
      // Registration is ours (src/platform/pwa/register-service-worker.ts) so the update prompt can wait for the user.
      injectRegister: false,
      registerType: 'prompt',
      // Our own worker (src/sw/sw.ts): it answers each URL with its own prerendered page.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      manifest: webManifest,
      includeAssets: [],
      includeManifestIcons: false,
      injectManifest: {
        // Scripts, styles, and each language's edition (its pages bundle and content pack;
        // src/shared/precache-languages.ts), which the worker fetches for the reader's language only. Not the
        // pages one by one nor the shells (the bundle holds them: its shared text is the shell), not the icons and
        // screenshots (the browser fetches those itself for its install sheet, online), not index.html (the
        // prerender's template). The tab's icon is in (favicon.png, 1.8 KB): every page links it.
        globPatterns: ['**/*.{js,css,html,svg,json}', 'favicon.png'],
        globIgnores: [
          'index.html',
          'sw.js',
          'manifest.webmanifest',
          'screenshots/**',
          'icons/**',
          // The PNG made from it is the tab's icon (index.html).
          'favicon.svg',
          'pages/**',
          // Coordinator-only code, cached at first use instead (src/shared/on-demand-assets.ts).
          ...ON_DEMAND_GLOBS,
        ],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  resolve: {
    // React Router's package resolves to its development build (the same code with its dev warnings on) under
    // every export condition; the app ships its production build. Tests keep the warnings.
    alias: process.env.VITEST
      ? []
      : [{ find: /^react-router$/, replacement: `${root}node_modules/react-router/dist/production/index.mjs` }],
  },
  build: {
    target: 'es2022',
    // Two stylesheets: `content-styles` (the design system and every light page: guide, vocabulary, schemes,
    // checklists, settings…), linked from index.html and so from every page, and `app-styles` (contacts,
    // referrals, finder, dashboard), which the prerender links only from the pages whose markup uses it
    // (scripts/vite-prerender-plugin.ts) and Vite's preload helper loads before those chunks render elsewhere.
    // One stylesheet of 39 KB held a cold start's first frame back: the app's median 374–417 → 327 ms with the
    // content pages' 26 KB (npm run bench:coldstart). Per-chunk files cost the precache ~300 B gz each, over
    // its budget; uPlot's CSS stays with its on-demand chunk (src/shared/on-demand-assets.ts).
    cssCodeSplit: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'content-styles',
              test: /src\/(?!features\/(contacts|dashboard|finder|referrals)\/).*\.css$/,
            },
            {
              name: 'app-styles',
              test: /src\/features\/(contacts|dashboard|finder|referrals)\/.*\.css$/,
            },
            ...boot.groups,
          ],
        },
      },
    },
    sourcemap: false,
    reportCompressedSize: false,
  },
  test: {
    // Vitest keeps one core for itself by default; its main process mostly waits, so on a 2-core CI box that
    // halved the unit and server runs for nothing (measured: 451 s with one worker, 325 s with two).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Processes, not threads: Node's BroadcastChannel crosses worker threads, so one file's "lock every
          // tab" message locked another file's vault (seen as a contact page showing the unlock screen).
          pool: 'forks',
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
          pool: 'threads',
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
