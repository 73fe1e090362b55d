import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NoticeList, NoticeListQuery, Problem } from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { listNotices } from './use-cases/list-notices.ts';

export interface NotificationRoutesDeps {
  database: Database;
  resolveTenant: (slug: string) => Promise<{ id: string }>;
  /** A province admin, else 401/403. */
  authenticateAdmin: (request: FastifyRequest, tenantId: string) => Promise<unknown>;
}

const TenantParams = Type.Object({ tenant: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 }) });

/** `GET /console/admin/notices`: citizen notices by delivery state, with their delivery records. */
export function notificationRoutes(deps: NotificationRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/console/admin/notices',
      {
        schema: {
          tags: ['console'],
          summary: 'Citizen notices by delivery state (dead letters by default), newest first',
          params: TenantParams,
          querystring: NoticeListQuery,
          response: { 200: NoticeList, 401: Problem, 403: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return listNotices(deps.database, tenant.id, request.query);
      },
    );
  };
}
