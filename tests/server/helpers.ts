import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../../server/app';
import { openDatabase, runMigrations, type Db } from '../../server/db';
import { sqliteStores, type SqliteStores } from '../../server/store/sqlite-stores';

/** Big enough (> compression threshold) and very compressible, like a real bundle. */
export const APP_JS = `export const guide = ${JSON.stringify(
  Array.from({ length: 400 }, (_, i) => `Étape ${i}: appeler le référent`),
)};\nconsole.log(guide.length);\n`;

export const INDEX_HTML =
  '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>LIMITS Terrain</title>' +
  '<script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>\n';

/** A prerendered page of the fake build: says which page and language it is (src/shared/prerendered-pages.ts). */
export function pageHtml(lang: 'fr' | 'en', name: string): string {
  return `<!doctype html><html lang="${lang}"><head><title>${name}</title></head><body><main><h1>${lang}:${name}</h1></main></body></html>\n`;
}

const FAKE_PAGES = ['index', 'guide/2-4-2', '_shell'];

// Smallest valid PNG (1x1 transparent), so content sniffing would agree with the extension.
const ICON_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export function makeTempDir(prefix = 'limits-server-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A miniature Vite + vite-plugin-pwa build output. */
export function writeFakeDist(distDir: string): void {
  fs.mkdirSync(path.join(distDir, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(distDir, 'icons'), { recursive: true });
  fs.writeFileSync(path.join(distDir, 'index.html'), INDEX_HTML);
  for (const lang of ['fr', 'en'] as const) {
    for (const name of FAKE_PAGES) {
      const file = path.join(distDir, 'pages', lang, `${name}.html`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, pageHtml(lang, name));
    }
  }
  fs.writeFileSync(path.join(distDir, 'assets', 'app-abc123.js'), APP_JS);
  fs.writeFileSync(path.join(distDir, 'sw.js'), "importScripts('workbox-1a2b3c4d.js');\n");
  fs.writeFileSync(path.join(distDir, 'workbox-1a2b3c4d.js'), 'self.workbox = {};\n');
  fs.writeFileSync(
    path.join(distDir, 'manifest.webmanifest'),
    JSON.stringify({ name: 'LIMITS Terrain', start_url: '/', display: 'standalone' }),
  );
  fs.writeFileSync(path.join(distDir, 'icons', 'icon-192.png'), ICON_PNG);
  // A public/robots.txt from the front end must lose against the server's own.
  fs.writeFileSync(path.join(distDir, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  fs.writeFileSync(path.join(distDir, '.env'), 'SECRET=1\n');
}

export interface TestServer {
  app: FastifyInstance;
  db: Db;
  /** The stores the app runs on: SQLite on `db`. */
  stores: SqliteStores;
  baseUrl: string;
  port: number;
  tmpDir: string;
  distDir: string;
  dataDir: string;
  close: () => Promise<void>;
}

/**
 * A real server on 127.0.0.1 with a real SQLite file, in a fresh temp dir.
 * `beforeListen` can add test-only routes (e.g. one that throws).
 */
export async function startTestServer(
  options: Partial<
    Pick<BuildAppOptions, 'trustProxy' | 'version' | 'rateLimit' | 'logger' | 'connections' | 'quotas' | 'stats'>
  > & {
    beforeListen?: (app: FastifyInstance) => void;
  } = {},
): Promise<TestServer> {
  const tmpDir = makeTempDir();
  const distDir = path.join(tmpDir, 'dist');
  const dataDir = path.join(tmpDir, 'data');
  writeFakeDist(distDir);
  const db = openDatabase(dataDir);
  runMigrations(db);
  const { beforeListen, ...appOptions } = options;
  const stores = sqliteStores(db);
  const app = await buildApp({ distDir, stores, logger: false, version: '9.9.9-test', ...appOptions });
  beforeListen?.(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address !== 'object') throw new Error('server has no TCP address');
  return {
    app,
    db,
    stores,
    port: address.port,
    baseUrl: `http://127.0.0.1:${address.port}`,
    tmpDir,
    distDir,
    dataDir,
    async close() {
      // Every test awaits its requests, so whatever connection is still open is idle keep-alive or an unread
      // body: end them, so that closing can never hang a test (Fastify only ends idle ones by itself).
      const closing = app.close();
      app.server.closeAllConnections();
      await closing;
      if (db.open) db.close();
      fs.rmSync(tmpDir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Bytes exactly as sent on the wire (not decompressed, unlike fetch). */
  body: Buffer;
}

/** GET without any automatic decompression, to inspect what really crossed the wire. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}
