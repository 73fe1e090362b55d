import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Problem } from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import { withSystemTx, type Database } from '../../platform/db/database.ts';
import { adminUnits } from '../../platform/db/schema/index.ts';
import type { Tenant } from './tenants.repo.ts';

export interface AdminUnitsRoutesDeps {
  database: Database;
  resolveTenant: (slug: string) => Promise<Tenant>;
}

const collator = new Intl.Collator('vi');

const AdminUnitItem = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Union([Type.Literal('province'), Type.Literal('commune')]),
  unitType: Type.String(),
});

/**
 * The 2025 administrative units for address pickers: the provinces, or the communes and wards of
 * one province (`parent` = its code). Reference data, the same for every tenant; cached by clients.
 */
export function adminUnitsRoutes(deps: AdminUnitsRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/admin-units',
      {
        schema: {
          tags: ['reference'],
          summary: 'Provinces, or the communes and wards of a province (?parent=<province code>)',
          params: Type.Object({ tenant: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 }) }),
          querystring: Type.Object({ parent: Type.Optional(Type.String({ pattern: '^[0-9]{2}$' })) }),
          response: { 200: Type.Object({ items: Type.Array(AdminUnitItem) }), 400: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        await deps.resolveTenant(request.params.tenant);
        const parent = request.query.parent;
        const rows = await withSystemTx(deps.database, (tx) =>
          tx
            .select({
              code: adminUnits.code,
              name: adminUnits.fullName,
              kind: adminUnits.kind,
              unitType: adminUnits.unitType,
            })
            .from(adminUnits)
            .where(
              parent === undefined
                ? eq(adminUnits.kind, 'province')
                : and(eq(adminUnits.kind, 'commune'), eq(adminUnits.provinceCode, parent)),
            ),
        );
        rows.sort((a, b) => collator.compare(a.name, b.name));
        reply.header('cache-control', 'public, max-age=86400');
        return {
          items: rows.map((r) => ({
            code: r.code,
            name: r.name,
            level: r.kind === 'province' ? ('province' as const) : ('commune' as const),
            unitType: r.unitType,
          })),
        };
      },
    );
  };
}
