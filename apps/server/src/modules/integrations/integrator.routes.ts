import { createHash } from 'node:crypto';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApplicationLookup, ApplicationParams, type ApiKeyScope } from '@motcua/contracts';
import type { FastifyRequest } from 'fastify';
import { readApplicationView } from '../applications/index.ts';
import type { IntegrationActor } from './ports.ts';
import {
  problems,
  registerExportRoute,
  registerWebhookRoutes,
  type IntegrationRoutesDeps,
  type RouteGuard,
} from './routes-shared.ts';
import { authenticateIntegrator } from './use-cases/authenticate-integrator.ts';

export interface IntegratorRoutesDeps extends IntegrationRoutesDeps {
  /** Requests a minute per API key. */
  ratePerMinute: number;
}

/** The OpenAPI security requirement of integrator routes (`integratorKey`: HTTP bearer). */
const security = [{ integratorKey: [] }];

/**
 * The rate-limit bucket of a request: its API key (hashed, so a guessed prefix cannot drain
 * another integrator's allowance), or its address when it has none.
 */
function rateKey(request: FastifyRequest): string {
  const authorization = request.headers.authorization;
  if (authorization === undefined) return `ip:${request.ip}`;
  return `key:${createHash('sha256').update(authorization).digest('base64url')}`;
}

/**
 * The integrators' API under `/api/v1/{tenant}/integrations`: `Authorization: Bearer <API key>`,
 * each route needing one scope, rate-limited per key. Any dossier of the province by its code
 * (`applications:read`), the export in the national portal's coding (`applications:export`), and
 * webhook endpoints with their delivery logs (`webhooks:manage`).
 */
export function integratorRoutes(deps: IntegratorRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    await app.register(fastifyRateLimit, { global: false });
    const config = { rateLimit: { max: deps.ratePerMinute, timeWindow: '1 minute', keyGenerator: rateKey } };
    const guard = (scope: ApiKeyScope): RouteGuard => ({
      tag: 'integrations',
      config,
      security,
      authenticate: async (request, tenantId): Promise<IntegrationActor> => {
        const integrator = await authenticateIntegrator(deps, request.headers.authorization, tenantId, scope);
        return { kind: 'integrator', id: integrator.keyId };
      },
    });
    // RFC 6750: a refused bearer token says which scheme the route expects.
    app.addHook('onSend', async (_request, reply) => {
      if (reply.statusCode === 401) reply.header('www-authenticate', 'Bearer realm="motcua"');
    });
    const base = '/api/v1/:tenant/integrations';

    const read = guard('applications:read');
    app.get(
      `${base}/applications/:code`,
      {
        config,
        schema: {
          tags: ['integrations'],
          security,
          summary: 'Any dossier of the province by its code, without its look-up key (read-only)',
          params: ApplicationParams,
          response: { 200: ApplicationLookup, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await read.authenticate(request, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return readApplicationView(
          { database: deps.database, clock: { now: deps.now } },
          { tenant, code: request.params.code },
        );
      },
    );

    registerExportRoute(app, deps, `${base}/applications/export`, guard('applications:export'));
    registerWebhookRoutes(app, deps, `${base}/webhooks`, guard('webhooks:manage'));
  };
}
