import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiKey, ApiKeyList, CreatedApiKey, IntegrationIdParams, NewApiKey, TenantParams } from '@motcua/contracts';
import type { Authenticate } from '../identity/index.ts';
import {
  IdempotencyHeaders,
  problems,
  registerExportRoute,
  registerWebhookRoutes,
  type IntegrationRoutesDeps,
  type RouteGuard,
} from './routes-shared.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './use-cases/manage-api-keys.ts';

export interface ConsoleIntegrationRoutesDeps extends IntegrationRoutesDeps {
  /** A province admin, else 401/403 (see `createAdminAuth`). */
  authenticateAdmin: Authenticate;
}

/**
 * The province admin's integrations under `/console/admin/integrations`: API keys (create: the key
 * is shown once; revoke), webhook endpoints with their delivery logs and replay, and the export.
 */
export function consoleIntegrationRoutes(deps: ConsoleIntegrationRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    const base = '/api/v1/:tenant/console/admin/integrations';
    const guard: RouteGuard = {
      tag: 'console',
      authenticate: async (request, tenantId) => ({
        kind: 'officer',
        id: (await deps.authenticateAdmin(request, tenantId)).id,
      }),
    };

    app.get(
      `${base}/keys`,
      {
        schema: {
          tags: ['console'],
          summary: 'API keys of the province (never the keys themselves)',
          params: TenantParams,
          response: { 200: ApiKeyList, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return { items: await listApiKeys(deps, tenant.id) };
      },
    );

    app.post(
      `${base}/keys`,
      {
        schema: {
          tags: ['console'],
          summary: 'Create an API key with scopes; the key is in this answer only',
          params: TenantParams,
          headers: IdempotencyHeaders,
          body: NewApiKey,
          response: { 201: CreatedApiKey, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const admin = await deps.authenticateAdmin(request, tenant.id);
        const created = await createApiKey(deps, tenant.id, admin.id, request.body, request.headers['idempotency-key']);
        return reply.status(201).header('cache-control', 'no-store').send(created);
      },
    );

    app.post(
      `${base}/keys/:id/revoke`,
      {
        schema: {
          tags: ['console'],
          summary: 'Revoke an API key: its next request is refused',
          params: IntegrationIdParams,
          response: { 200: ApiKey, ...problems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const admin = await deps.authenticateAdmin(request, tenant.id);
        return revokeApiKey(deps, tenant.id, admin.id, request.params.id);
      },
    );

    registerWebhookRoutes(app, deps, `${base}/webhooks`, guard);
    registerExportRoute(app, deps, `${base}/export`, guard);
  };
}
