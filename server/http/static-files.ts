import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageFile, pickPageLanguage, shellFile } from '../../src/shared/prerendered-pages';
import { errorCodeForStatus, sendError } from './errors';

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';
export const CACHE_SHORT = 'public, max-age=86400';

// workbox-<hash>.js is content-hashed by vite-plugin-pwa like /assets/*, so it
// can be cached forever: a new build references a new file name from sw.js.
const HASHED_WORKBOX = /^workbox-[0-9a-f]{8,}\.js$/i;
// Files whose URL never changes between releases: the browser must revalidate
// them every time or users get stuck on an old shell / service worker.
const UNHASHED_ENTRY_POINTS = new Set(['sw.js', 'registerSW.js']);

/** Cache-Control for a file of the build, given its path relative to the dist root (posix). */
export function cacheControlFor(relativePath: string): string {
  const base = path.posix.basename(relativePath);
  if (relativePath.startsWith('assets/') || HASHED_WORKBOX.test(base)) return CACHE_IMMUTABLE;
  const ext = path.posix.extname(base).toLowerCase();
  if (ext === '.html' || ext === '.webmanifest' || UNHASHED_ENTRY_POINTS.has(base)) {
    return CACHE_REVALIDATE;
  }
  // Icons, favicon, screenshots: stable names, rarely changed; a day of staleness is fine.
  return CACHE_SHORT;
}

function pathnameOf(request: FastifyRequest): string {
  const url = request.raw.url ?? '/';
  const end = url.indexOf('?');
  return end === -1 ? url : url.slice(0, end);
}

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/**
 * A browser navigation to a client-side route (a deep link such as
 * /guide/2-4-2), as opposed to a request for a file. Only these get the SPA
 * shell: answering index.html for a missing script or image would make the
 * browser parse HTML as JS/CSS and hide the real 404.
 */
export function isSpaNavigation(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const accept = request.headers.accept ?? '';
  if (!accept.toLowerCase().includes('text/html')) return false;
  const pathname = pathnameOf(request);
  if (isApiPath(pathname) || pathname === '/assets' || pathname.startsWith('/assets/')) return false;
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !lastSegment.includes('.');
}

export interface StaticFilesOptions {
  distDir: string;
}

/**
 * Serves the Vite build and owns the "nothing matched" answer for non-API
 * paths: SPA shell for navigations, 405 for other methods, JSON 404 otherwise.
 */
export async function registerStaticFiles(app: FastifyInstance, { distDir }: StaticFilesOptions): Promise<void> {
  const root = path.resolve(distDir);

  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // Looked up per request (not globbed at start-up) so a rebuild of dist/
    // while the server runs is picked up.
    wildcard: true,
    // We set Cache-Control ourselves; send's default (max-age=0) would win otherwise.
    cacheControl: false,
    // Nothing in a build starts with a dot; if something does (.env copied by
    // mistake) it must not be served.
    dotfiles: 'ignore',
    // /api/* is never a file, even if a directory of that name lands in dist.
    allowedPath: (pathname) => !isApiPath(pathname),
    // "/" is a page like any other (below): never the bare template index.html.
    index: false,
    // @fastify/static 10 passes the Fastify reply (not the raw response).
    setHeaders(reply: FastifyReply, filePath: string) {
      const relative = path.relative(root, filePath).split(path.sep).join('/');
      reply.header('cache-control', cacheControlFor(relative));
      if (relative.toLowerCase().endsWith('.webmanifest')) {
        reply.header('content-type', 'application/manifest+json; charset=utf-8');
      }
    },
  });

  /**
   * The URL's own prerendered page (src/shared/prerendered-pages.ts) in the reader's language, else that
   * language's app shell. False when the build has neither (no prerendered build in distDir).
   */
  async function sendPage(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const lang = pickPageLanguage(request.headers.cookie, request.headers['accept-language']);
    const own = pageFile(lang, pathnameOf(request));
    const file = own && (await isFile(path.join(root, own))) ? own : shellFile(lang);
    if (!(await isFile(path.join(root, file)))) return false;
    // The same URL answers in French or English: caches must key on what chose the language.
    reply.header('vary', 'Cookie, Accept-Language');
    reply.header('content-language', lang);
    // Through sendFile (not a hand-written read) so pages get the same ETag/304 handling and Cache-Control
    // (no-cache, from setHeaders) as any file of the build.
    await reply.sendFile(file);
    return true;
  }

  // "/" is a directory for the static plugin (index: false): the home page is answered like every page.
  app.get('/', async (request, reply) => {
    if (await sendPage(request, reply)) return reply;
    return sendError(reply, 404, { error: errorCodeForStatus(404), message: 'Nothing at /' });
  });

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = pathnameOf(request);

    if (request.method !== 'GET' && request.method !== 'HEAD' && !isApiPath(pathname)) {
      // Every non-API path is (potentially) a static file or an app route: both read-only.
      reply.header('allow', 'GET, HEAD');
      return sendError(reply, 405, {
        error: errorCodeForStatus(405),
        message: `${request.method} is not allowed on ${pathname}; use GET or HEAD`,
      });
    }

    // Checked first: if sendFile found no file here, inside the 404 handler, Fastify would answer a bare
    // text/plain 404 instead of our JSON one.
    if (isSpaNavigation(request) && (await sendPage(request, reply))) return reply;

    return sendError(reply, 404, {
      error: errorCodeForStatus(404),
      message: isApiPath(pathname) ? `No API endpoint at ${request.method} ${pathname}` : `Nothing at ${pathname}`,
    });
  });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(file)).isFile();
  } catch {
    return false;
  }
}
