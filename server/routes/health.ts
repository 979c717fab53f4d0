import type { FastifyInstance } from 'fastify';
import type { StoreKind, Stores } from '../store/stores';

export interface HealthBody {
  status: 'ok' | 'error';
  version: string;
  /** The database this instance really uses. */
  db: StoreKind;
  /** Whether a committed write just succeeded: "ok" must mean syncs can be stored. */
  writable: boolean;
}

/**
 * GET /api/v1/health: liveness + a real write through the stores, for uptime checks, load balancers (an instance
 * whose database refuses writes answers 503 and leaves the rotation) and the app's "server reachable" indicator.
 * Never cached: a stale "ok" is worse than none.
 */
export function registerHealthRoute(app: FastifyInstance, deps: { stores: Stores; version: string }): void {
  app.get('/api/v1/health', async (request, reply): Promise<HealthBody> => {
    reply.header('cache-control', 'no-store');
    const { kind } = deps.stores;
    try {
      await deps.stores.checkWritable();
      return { status: 'ok', version: deps.version, db: kind, writable: true };
    } catch (error) {
      request.log.error({ err: error }, 'health check: database cannot write');
      reply.code(503);
      return { status: 'error', version: deps.version, db: kind, writable: false };
    }
  });
}
