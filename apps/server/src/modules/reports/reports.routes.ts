import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ConsoleStats, Problem, StatsQuery, TenantParams } from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Authenticate } from '../identity/index.ts';
import type { Tenant } from '../tenants/index.ts';
import { getConsoleStats } from './use-cases/get-console-stats.ts';
import { renderStatsWorkbook, workbookFileName, XLSX_TYPE } from './use-cases/render-stats-workbook.ts';

export interface ReportRoutesDeps {
  database: Database;
  clock: Clock;
  resolveTenant: (slug: string) => Promise<Tenant>;
  authenticate: Authenticate;
}

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 422: Problem };

/** The console dashboard and its Excel export. */
export function reportRoutes(deps: ReportRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/console/stats',
      {
        schema: {
          tags: ['console'],
          summary: 'Dashboard figures of the officer’s units for a period of Vietnam local days',
          params: TenantParams,
          querystring: StatsQuery,
          response: { 200: ConsoleStats, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return (await getConsoleStats(deps, { tenant, officer, query: request.query })).stats;
      },
    );

    app.get(
      '/api/v1/:tenant/console/stats.xlsx',
      {
        schema: {
          tags: ['console'],
          summary: 'The same figures as an Excel workbook',
          params: TenantParams,
          querystring: StatsQuery,
          response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        const { stats, unitName } = await getConsoleStats(deps, { tenant, officer, query: request.query });
        const workbook = await renderStatsWorkbook(stats, { provinceName: tenant.name, unitName });
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', `attachment; filename="${workbookFileName(stats)}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(workbook);
      },
    );
  };
}
