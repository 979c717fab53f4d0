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
      // A real write through SQLite, committed: "ok" must mean syncs can be stored (issue #13: health said ok
      // while every write failed on a full disk). One small row, rewritten in place.
      deps.db
        .prepare(
          "INSERT INTO meta (key, value) VALUES ('health_checked_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .run(new Date().toISOString());
      return { status: 'ok', version: deps.version, db: 'ok' };
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unavailable');
      reply.code(503);
      return { status: 'error', version: deps.version, db: 'error' };
    }
  });
}
