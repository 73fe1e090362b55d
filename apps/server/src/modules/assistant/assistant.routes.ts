import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApplicationParams, DocumentReading, DossierReadings, LookupQuery, Problem } from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Authenticate } from '../identity/index.ts';
import type { Tenant } from '../tenants/index.ts';
import { getUploadReading } from './use-cases/get-upload-reading.ts';
import { listDossierReadings } from './use-cases/list-dossier-readings.ts';

export interface AssistantRoutesDeps {
  resolveTenant: (slug: string) => Promise<Tenant>;
  database: Database;
  keyProvider: KeyProvider;
  authenticate: Authenticate;
  /** Reads with a dossier's look-up key allowed per client and minute (as many as look-ups). */
  lookupsPerMinute?: number;
}

/** The header carrying the upload's token (a header, so it stays out of access logs). */
export const UPLOAD_TOKEN_HEADER = 'x-upload-token';

const TenantParam = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 });
const UploadParams = Type.Object({ tenant: TenantParam, uploadId: Type.String({ format: 'uuid' }) });
const TokenHeaders = Type.Object({ [UPLOAD_TOKEN_HEADER]: Type.String({ minLength: 16, maxLength: 64 }) });
const noStore = 'private, no-store';

/** Reading back what the assistant read from a photo: the uploader's app, the counter, the dossier views. */
export function assistantRoutes(deps: AssistantRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    // Route `rateLimit` settings do nothing unless the plugin is registered in this context.
    if (!app.hasDecorator('rateLimit')) await app.register(fastifyRateLimit, { global: false });

    app.get(
      '/api/v1/:tenant/uploads/:uploadId/reading',
      {
        schema: {
          tags: ['dossiers'],
          summary:
            'The document check of a declared photo and, for an ID card, the proposed form fields (header x-upload-token from the upload’s answer)',
          params: UploadParams,
          headers: TokenHeaders,
          response: { 200: DocumentReading, 400: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const reading = await getUploadReading(deps, {
          tenantId: tenant.id,
          uploadId: request.params.uploadId,
          token: request.headers[UPLOAD_TOKEN_HEADER],
        });
        return reply.header('cache-control', noStore).send(reading);
      },
    );

    app.get(
      '/api/v1/:tenant/console/uploads/:uploadId/reading',
      {
        schema: {
          tags: ['console'],
          summary: 'Counter intake: the proposed fields of a photo the officer scanned (its token; audit-logged)',
          params: UploadParams,
          headers: TokenHeaders,
          response: { 200: DocumentReading, 400: Problem, 401: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        const reading = await getUploadReading(deps, {
          tenantId: tenant.id,
          uploadId: request.params.uploadId,
          token: request.headers[UPLOAD_TOKEN_HEADER],
          officer: { id: officer.id, requestId: request.id },
        });
        return reply.header('cache-control', noStore).send(reading);
      },
    );

    app.get(
      '/api/v1/:tenant/console/applications/:code/readings',
      {
        schema: {
          tags: ['console'],
          summary: 'What was read from the dossier’s photos: document checks and proposed fields (audit-logged)',
          params: Type.Object({ tenant: TenantParam, code: Type.String({ minLength: 10, maxLength: 80 }) }),
          response: { 200: DossierReadings, 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        const readings = await listDossierReadings(deps, {
          tenantId: tenant.id,
          code: request.params.code,
          reader: { officer },
          requestId: request.id,
        });
        return reply.header('cache-control', noStore).send(readings);
      },
    );

    app.get(
      '/api/v1/:tenant/applications/:code/readings',
      {
        config: { rateLimit: { max: deps.lookupsPerMinute ?? 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['dossiers'],
          summary:
            'What was read from the dossier’s photos (document checks and proposed ID-card fields), for the holder of its look-up key (audit-logged)',
          params: ApplicationParams,
          querystring: LookupQuery,
          response: { 200: DossierReadings, 400: Problem, 404: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const readings = await listDossierReadings(deps, {
          tenantId: tenant.id,
          code: request.params.code,
          reader: { key: request.query.key },
          requestId: request.id,
        });
        return reply.header('cache-control', noStore).send(readings);
      },
    );
  };
}
