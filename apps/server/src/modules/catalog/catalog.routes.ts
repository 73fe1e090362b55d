import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  Problem,
  ProcedureDetail,
  ProcedureList,
  ProcedureListQuery,
  ProcedureParams,
  TenantParams,
} from '@motcua/contracts';
import type { Tenant } from '../tenants/index.ts';
import type { CatalogCache } from './catalog-cache.ts';
import { getProcedure } from './use-cases/get-procedure.ts';
import { listProcedures } from './use-cases/list-procedures.ts';

export interface CatalogRoutesDeps {
  resolveTenant: (slug: string) => Promise<Tenant>;
  catalog: CatalogCache;
}

const problems = { 400: Problem, 404: Problem };

/** Public catalogue routes (API.md § Catalogue). */
export function catalogRoutes(deps: CatalogRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/procedures',
      {
        schema: {
          tags: ['catalogue'],
          summary: 'Search or list the procedures of a province',
          params: TenantParams,
          querystring: ProcedureListQuery,
          response: { 200: ProcedureList, ...problems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        return listProcedures(await deps.catalog.get(tenant), request.query);
      },
    );
    app.get(
      '/api/v1/:tenant/procedures/:code',
      {
        schema: {
          tags: ['catalogue'],
          summary: 'The current published version of a procedure',
          params: ProcedureParams,
          response: { 200: ProcedureDetail, ...problems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        return getProcedure(await deps.catalog.get(tenant), request.params.code);
      },
    );
  };
}
