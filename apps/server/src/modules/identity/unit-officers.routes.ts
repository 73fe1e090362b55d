import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Problem, TenantParams, UnitOfficerList, UnitOfficersQuery } from '@motcua/contracts';
import type { Database } from '../../platform/db/database.ts';
import type { Authenticate } from './officer-auth.ts';
import { listUnitOfficers } from './use-cases/list-unit-officers.ts';

export interface UnitOfficersRoutesDeps {
  database: Database;
  resolveTenant: (slug: string) => Promise<{ id: string }>;
  authenticate: Authenticate;
}

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** The officers of a unit, for its own officers (the assign action); the admin's editor has the full list. */
export function unitOfficersRoutes(deps: UnitOfficersRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/console/officers',
      {
        schema: {
          tags: ['console'],
          summary: 'The active officers of a unit with their roles on it (names only), for officers of that unit',
          params: TenantParams,
          querystring: UnitOfficersQuery,
          response: { 200: UnitOfficerList, ...problems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        return listUnitOfficers(deps.database, officer, request.query);
      },
    );
  };
}
