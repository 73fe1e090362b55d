import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { LookupKindList, CivicLookupQuery, LookupParams, LookupResult, Problem, TenantParams } from '@motcua/contracts';
import type { Tenant } from '../tenants/index.ts';
import { listLookupKinds, lookUp, type LookupDeps } from './use-cases/look-up.ts';

export interface LookupRoutesDeps extends LookupDeps {
  resolveTenant: (slug: string) => Promise<Tenant>;
  /** Look-ups allowed per client and minute (default 30): plates and licence numbers must not be enumerable. */
  lookupsPerMinute?: number;
}

/** The public civic look-ups (API.md § Civic look-ups; docs/lookups.md). */
export function lookupRoutes(deps: LookupRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    await app.register(fastifyRateLimit, { global: false });

    app.get(
      '/api/v1/:tenant/lookups',
      {
        schema: {
          tags: ['lookups'],
          summary: 'The civic look-ups of the province and whether each has data',
          params: TenantParams,
          response: { 200: LookupKindList, 400: Problem, 404: Problem },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        return { items: await listLookupKinds(deps, tenant.id) };
      },
    );

    app.get(
      '/api/v1/:tenant/lookups/:kind',
      {
        config: { rateLimit: { max: deps.lookupsPerMinute ?? 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['lookups'],
          summary: 'Look up land prices by street, traffic fines by plate, or a driving licence by number',
          params: LookupParams,
          querystring: CivicLookupQuery,
          response: { 200: LookupResult, 400: Problem, 404: Problem, 422: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const result = await lookUp(deps, tenant.id, request.params.kind, request.query.q);
        reply.header('cache-control', 'private, no-store');
        return result;
      },
    );
  };
}
