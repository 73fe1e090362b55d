import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PutZaloChannelBody, TenantParams, ZaloChannelSettings } from '@motcua/contracts';
import { adminProblems, type TenantAdminRoutesDeps } from './admin-http.ts';
import { getZaloChannel } from './use-cases/get-zalo-channel.ts';
import { updateZaloChannel } from './use-cases/update-zalo-channel.ts';

/** The province's Zalo OA credentials: ids readable, secrets write-only. */
export function channelRoutes(deps: TenantAdminRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/console/admin/channels/zalo',
      {
        schema: {
          tags: ['admin'],
          summary: 'The Zalo OA ids and whether its secrets are stored (secrets are never returned)',
          params: TenantParams,
          response: { 200: ZaloChannelSettings, ...adminProblems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        reply.header('cache-control', 'no-store');
        return getZaloChannel(deps.database, tenant.id);
      },
    );

    app.put(
      '/api/v1/:tenant/console/admin/channels/zalo',
      {
        schema: {
          tags: ['admin'],
          summary: 'Store the Zalo OA ids and, when given, new secrets (sealed with the province key)',
          params: TenantParams,
          body: PutZaloChannelBody,
          response: { 200: ZaloChannelSettings, ...adminProblems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const admin = await deps.authenticateAdmin(request, tenant.id);
        reply.header('cache-control', 'no-store');
        return updateZaloChannel(deps, tenant.id, request.body, { officerId: admin.id, requestId: request.id });
      },
    );
  };
}
