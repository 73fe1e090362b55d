import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CreateUnitBody, IdParams, TenantParams, UnitItem, UnitList, UpdateUnitBody } from '@motcua/contracts';
import { adminProblems, type TenantAdminRoutesDeps } from './admin-http.ts';
import { createUnit } from './use-cases/create-unit.ts';
import { listProvinceUnits } from './use-cases/list-province-units.ts';
import { updateUnit } from './use-cases/update-unit.ts';

/** Units: the list every officer's console needs, and the admin's editor. */
export function unitRoutes(deps: TenantAdminRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/console/units',
      {
        schema: {
          tags: ['console'],
          summary: 'The units of the province (any signed-in officer)',
          params: TenantParams,
          response: { 200: UnitList, ...adminProblems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticate(request, tenant.id);
        return listProvinceUnits(deps.database, tenant.id);
      },
    );

    app.get(
      '/api/v1/:tenant/console/admin/units',
      {
        schema: {
          tags: ['admin'],
          summary: 'The units of the province, for the admin’s editor',
          params: TenantParams,
          response: { 200: UnitList, ...adminProblems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        return listProvinceUnits(deps.database, tenant.id);
      },
    );

    app.post(
      '/api/v1/:tenant/console/admin/units',
      {
        schema: {
          tags: ['admin'],
          summary: 'Add a unit (its e-ID must follow the agency code format and be new in the province)',
          params: TenantParams,
          body: CreateUnitBody,
          response: { 201: UnitItem, ...adminProblems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const admin = await deps.authenticateAdmin(request, tenant.id);
        const unit = await createUnit(deps, tenant.id, request.body, { officerId: admin.id, requestId: request.id });
        return reply.status(201).send(unit);
      },
    );

    app.patch(
      '/api/v1/:tenant/console/admin/units/:id',
      {
        schema: {
          tags: ['admin'],
          summary: 'Rename a unit, change its short name or address, or move it under another parent',
          params: IdParams,
          body: UpdateUnitBody,
          response: { 200: UnitItem, ...adminProblems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const admin = await deps.authenticateAdmin(request, tenant.id);
        return updateUnit(deps, tenant.id, request.params.id, request.body, {
          officerId: admin.id,
          requestId: request.id,
        });
      },
    );
  };
}
