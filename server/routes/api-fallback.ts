import type { FastifyInstance, HTTPMethods } from 'fastify';
import { HttpError } from '../http/errors';

const METHODS: readonly HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Catch-all for /api/*: keeps unknown API URLs out of the static handler and
 * the SPA fallback, and tells apart "no such endpoint" (404) from "endpoint
 * exists, wrong method" (405 + Allow), which Fastify does not do by itself.
 */
export function registerApiFallback(app: FastifyInstance): void {
  app.all('/api/*', async (request) => {
    const url = request.raw.url ?? '/';
    const pathname = url.split('?', 1)[0] ?? url;
    const allowed = METHODS.filter((method) => {
      const match = app.findRoute({ method, url: pathname });
      // A match carrying a '*' param is this catch-all itself, not a real endpoint.
      return match !== null && !Object.hasOwn(match.params as object, '*');
    });
    if (allowed.length > 0) {
      throw new HttpError(405, `${request.method} is not allowed on ${pathname}`, {
        headers: { allow: allowed.join(', ') },
      });
    }
    throw new HttpError(404, `No API endpoint at ${request.method} ${pathname}`);
  });
}
