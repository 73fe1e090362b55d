import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateOfficerBody,
  IdParams,
  OfficerAdminItem,
  OfficerList,
  OfficerListQuery,
  Problem,
  TenantParams,
  UpdatedOfficer,
  UpdateOfficerBody,
} from '@motcua/contracts';
import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Tenant } from '../tenants/index.ts';
import type { Authenticate } from './officer-auth.ts';
import { addOfficer } from './use-cases/add-officer.ts';
import { listOfficers } from './use-cases/list-officers.ts';
import { updateOfficer } from './use-cases/update-officer.ts';

export interface OfficerAdminRoutesDeps {
  database: Database;
  keyProvider: KeyProvider;
  resolveTenant: (slug: string) => Promise<Tenant>;
  now: () => Date;
  /** See `createAdminAuth`. */
  authenticateAdmin: Authenticate;
}

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** The admin's officer editor: list, add, change (roles, password, TOTP, active). */
export function officerAdminRoutes(deps: OfficerAdminRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/console/admin/officers',
      {
        schema: {
          tags: ['admin'],
          summary: 'The province’s officers with their roles',
          params: TenantParams,
          querystring: OfficerListQuery,
          response: { 200: OfficerList, ...problems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        return listOfficers(deps.database, tenant.id, request.query);
      },
    );

    app.post(
      '/api/v1/:tenant/console/admin/officers',
      {
        schema: {
          tags: ['admin'],
          summary: 'Add an officer with roles on units (password policy applies)',
          params: TenantParams,
          body: CreateOfficerBody,
          response: { 201: OfficerAdminItem, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const admin = await deps.authenticateAdmin(request, tenant.id);
        const officer = await addOfficer(deps, tenant.id, request.body, { officerId: admin.id, requestId: request.id });
        return reply.status(201).send(officer);
      },
    );

    app.patch(
      '/api/v1/:tenant/console/admin/officers/:id',
      {
        schema: {
          tags: ['admin'],
          summary: 'Change an officer; enabling TOTP returns its provisioning URI once',
          params: IdParams,
          body: UpdateOfficerBody,
          response: { 200: UpdatedOfficer, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const admin = await deps.authenticateAdmin(request, tenant.id);
        reply.header('cache-control', 'no-store');
        return updateOfficer(deps, tenant.id, request.params.id, request.body, {
          officerId: admin.id,
          requestId: request.id,
        });
      },
    );
  };
}
