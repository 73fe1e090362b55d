import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  LookupDataset,
  LookupDatasetList,
  LookupImportBody,
  LookupParams,
  Problem,
  TenantParams,
} from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { ImportRejectedError, ValidationError } from '../../platform/errors.ts';
import { importLookupDataset, listLookupDatasets } from './use-cases/import-lookup-dataset.ts';
import type { LookupDeps } from './use-cases/look-up.ts';

export interface LookupAdminRoutesDeps extends LookupDeps {
  resolveTenant: (slug: string) => Promise<{ id: string }>;
  /** A province admin, else 401/403. */
  authenticateAdmin: (request: FastifyRequest, tenantId: string) => Promise<{ id: string; username: string }>;
}

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })),
});
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 413: Problem, 422: Problem };

/** An import with bad rows as a 422 naming every line (the CLI prints the same list). */
function asProblem(error: unknown): unknown {
  if (!(error instanceof ImportRejectedError)) return error;
  const errors = error.problems.map((p) => ({ pointer: '/body/csv', message: `Dòng ${String(p.line)}: ${p.message}` }));
  const detail = `Tệp có ${String(errors.length)} dòng lỗi; chưa có dòng nào được nhập. Hãy sửa các dòng được nêu rồi nhập lại.`;
  return new ValidationError(detail, errors, error.code);
}

/**
 * The province admin's civic look-up data under `/console/admin/lookups`: the datasets with their
 * source, date, importer, rows and sample flag, and a CSV upload that replaces one kind's dataset.
 */
export function lookupAdminRoutes(deps: LookupAdminRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/console/admin/lookups',
      {
        schema: {
          tags: ['console'],
          summary: 'Civic look-up datasets of the province and the CSV columns each import expects',
          params: TenantParams,
          response: { 200: LookupDatasetList, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return { items: await listLookupDatasets(deps, tenant.id) };
      },
    );

    app.post(
      '/api/v1/:tenant/console/admin/lookups/:kind',
      {
        bodyLimit: 25 * 1024 * 1024,
        schema: {
          tags: ['console'],
          summary: "Replace the province's dataset of one look-up kind with a CSV file (all rows checked first)",
          params: LookupParams,
          headers: IdempotencyHeaders,
          body: LookupImportBody,
          response: { 201: LookupDataset, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticateAdmin(request, tenant.id);
        const { csv, source, sample = false } = request.body;
        const dataset = await importLookupDataset(deps, tenant.id, request.params.kind, {
          csv,
          source,
          sample,
          by: { officerId: officer.id, username: officer.username },
          idempotencyKey: request.headers['idempotency-key'],
        }).catch((error: unknown) => {
          throw asProblem(error);
        });
        return reply.status(201).send(dataset);
      },
    );
  };
}
