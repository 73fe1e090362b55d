import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Problem } from '@motcua/contracts';
import { statusLabel, statuses, type Status } from '@motcua/workflow';
import { Type } from '@sinclair/typebox';
import { and, desc, eq } from 'drizzle-orm';
import { withTx, type Database } from '../../platform/db/database.ts';
import { applications, procedureVersions } from '../../platform/db/schema/index.ts';
import type { SignedInCitizen } from '../identity/index.ts';
import type { Tenant } from '../tenants/index.ts';

export interface CitizenApplicationsRoutesDeps {
  database: Database;
  resolveTenant: (slug: string) => Promise<Tenant>;
  authenticateCitizen: (
    headers: Record<string, string | string[] | undefined>,
    tenantId: string,
  ) => Promise<SignedInCitizen>;
}

const MyApplication = Type.Object({
  code: Type.String(),
  key: Type.String(),
  procedure: Type.Object({ code: Type.String(), name: Type.String() }),
  status: Type.Integer(),
  statusLabel: Type.String(),
  submittedAt: Type.String(),
  dueAt: Type.Union([Type.String(), Type.Null()]),
});

/** "Hồ sơ của tôi": the dossiers filed under the signed-in citizen's phone number, newest first. */
export function citizenApplicationsRoutes(deps: CitizenApplicationsRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/citizen/applications',
      {
        schema: {
          tags: ['citizens'],
          summary: 'The signed-in citizen’s dossiers (newest 100), with their look-up keys',
          params: Type.Object({ tenant: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 }) }),
          response: { 200: Type.Object({ items: Type.Array(MyApplication) }), 401: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const citizen = await deps.authenticateCitizen(request.headers, tenant.id);
        const rows = await withTx(deps.database, tenant.id, (tx) =>
          tx
            .select({
              code: applications.code,
              key: applications.lookupKey,
              procedureCode: applications.procedureCode,
              procedureName: procedureVersions.name,
              status: applications.status,
              submittedAt: applications.submittedAt,
              dueAt: applications.dueAt,
              rescheduledDueAt: applications.rescheduledDueAt,
            })
            .from(applications)
            .innerJoin(
              procedureVersions,
              and(
                eq(procedureVersions.tenantId, applications.tenantId),
                eq(procedureVersions.id, applications.procedureVersionId),
              ),
            )
            .where(and(eq(applications.tenantId, tenant.id), eq(applications.citizenId, citizen.id)))
            .orderBy(desc(applications.submittedAt))
            .limit(100),
        );
        reply.header('cache-control', 'private, no-store');
        return {
          items: rows.map((row) => {
            const status = row.status as Status;
            const due = row.rescheduledDueAt ?? row.dueAt;
            return {
              code: row.code,
              key: row.key,
              procedure: { code: row.procedureCode, name: row.procedureName },
              status: statuses[status].code,
              statusLabel: statusLabel(status),
              submittedAt: row.submittedAt.toISOString(),
              dueAt: due ? due.toISOString() : null,
            };
          }),
        };
      },
    );
  };
}
