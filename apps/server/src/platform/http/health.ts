import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type pg from 'pg';
import { errorCatalog } from '@motcua/contracts';
import { problemBody, sendProblem } from './error-handler.ts';

export interface Readiness {
  /** True once migrations ran and, in roles that run it, the job runner started. */
  isReady(): boolean;
}

const Status = Type.Object({ status: Type.String() });

/** `/healthz`: the process is alive. `/readyz`: it can serve (database reachable, boot finished). */
export function registerHealth(app: FastifyInstance, pool: pg.Pool, readiness: Readiness): void {
  app.get('/healthz', { schema: { hide: true, response: { 200: Status } } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    if (!readiness.isReady()) {
      reply.header('retry-after', '2');
      return sendProblem(reply, problemBody(request, 'SERVICE.UNAVAILABLE', errorCatalog['SERVICE.UNAVAILABLE'].vi));
    }
    try {
      await pool.query('select 1');
    } catch {
      reply.header('retry-after', '5');
      return sendProblem(reply, problemBody(request, 'SERVICE.UNAVAILABLE', errorCatalog['SERVICE.UNAVAILABLE'].vi));
    }
    return { status: 'ready' };
  });
}
