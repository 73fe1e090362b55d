import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  Problem,
  ProcedureDefinition,
  ProcedureParams,
  ProcedureSource,
  ProcedureVersionList,
  PublishVersionResult,
} from '@motcua/contracts';
import type { Database } from '../../platform/db/database.ts';
import type { Authenticate } from '../identity/index.ts';
import type { Tenant } from '../tenants/index.ts';
import { getProcedureSource } from './use-cases/get-procedure-source.ts';
import { listProcedureVersions } from './use-cases/list-procedure-versions.ts';
import { publishProcedure } from './use-cases/publish-procedure.ts';

export interface CatalogAdminRoutesDeps {
  database: Database;
  resolveTenant: (slug: string) => Promise<Tenant>;
  now: () => Date;
  /** A signed-in admin of the province; other officers get 403. */
  authenticateAdmin: Authenticate;
}

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** The catalogue editor: publish immutable procedure versions and list them. */
export function catalogAdminRoutes(deps: CatalogAdminRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.post(
      '/api/v1/:tenant/console/admin/procedures/:code/versions',
      {
        schema: {
          tags: ['admin'],
          summary: 'Publish a new version of a procedure (nothing is published when the content is unchanged)',
          params: ProcedureParams,
          body: ProcedureDefinition,
          response: { 200: PublishVersionResult, 201: PublishVersionResult, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const admin = await deps.authenticateAdmin(request, tenant.id);
        const result = await publishProcedure(deps, tenant.id, request.params.code, request.body, {
          officerId: admin.id,
          requestId: request.id,
        });
        return reply.status(result.published ? 201 : 200).send(result);
      },
    );

    app.get(
      '/api/v1/:tenant/console/admin/procedures/:code',
      {
        schema: {
          tags: ['admin'],
          summary: 'The current version’s full definition (keywords and unit e-IDs included), for the editor',
          params: ProcedureParams,
          response: { 200: ProcedureSource, ...problems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        return getProcedureSource(deps.database, tenant.id, request.params.code);
      },
    );

    app.get(
      '/api/v1/:tenant/console/admin/procedures/:code/versions',
      {
        schema: {
          tags: ['admin'],
          summary: 'The published versions of a procedure, newest first',
          params: ProcedureParams,
          response: { 200: ProcedureVersionList, ...problems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        return listProcedureVersions(deps.database, tenant.id, request.params.code);
      },
    );
  };
}
