import type { FastifyInstance } from 'fastify';
import type { Db } from '../db';

export interface HealthBody {
  status: 'ok' | 'error';
  version: string;
  db: 'ok' | 'error';
}

/**
 * GET /api/v1/health: liveness + database reachability, for uptime checks and
 * the app's "server reachable" indicator. Never cached: a stale "ok" is worse
 * than none.
 */
export function registerHealthRoute(app: FastifyInstance, deps: { db: Db; version: string }): void {
  app.get('/api/v1/health', async (request, reply): Promise<HealthBody> => {
    reply.header('cache-control', 'no-store');
    try {
      // A real round trip through SQLite: fails if the handle was closed or the file is unreadable.
      const row = deps.db.prepare('SELECT 1 AS ok').get() as { ok: number } | undefined;
      if (row?.ok !== 1) throw new Error('unexpected result from SELECT 1');
      return { status: 'ok', version: deps.version, db: 'ok' };
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unavailable');
      reply.code(503);
      return { status: 'error', version: deps.version, db: 'error' };
    }
  });
}
