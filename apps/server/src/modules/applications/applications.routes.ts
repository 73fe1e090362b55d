import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ApplicationLookup,
  ApplicationStateView,
  SupplementBody,
  ApplicationParams,
  LookupQuery,
  Problem,
  SubmitApplicationBody,
  SubmitApplicationResponse,
  TenantParams,
} from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Tenant } from '../tenants/index.ts';
import { lookupApplication } from './use-cases/lookup-application.ts';
import { performAction } from './use-cases/perform-action.ts';
import { renderReceiptPdf } from './use-cases/render-receipt-pdf.ts';
import { submitApplication } from './use-cases/submit-application.ts';

export interface ApplicationRoutesDeps {
  database: Database;
  clock: Clock;
  resolveTenant: (slug: string) => Promise<Tenant>;
  /** The public address printed in links; else taken from the request. */
  publicUrl: string | undefined;
  /** Largest total of one dossier's files. */
  applicationMaxBytes?: number;
  /** Look-ups allowed per client and minute. */
  lookupsPerMinute?: number;
  /** Signs the QR token of a receipt (the receipts module); without it receipts carry no QR. */
  signQr?: (tenant: Tenant, code: string, key: string, issuedAt: Date) => Promise<string>;
}

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })),
});

/** Public dossier routes (API.md § Filing a dossier, § Looking up a dossier). */
export function applicationRoutes(deps: ApplicationRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    await app.register(fastifyRateLimit, { global: false });

    app.post(
      '/api/v1/:tenant/applications',
      {
        schema: {
          tags: ['dossiers'],
          summary: 'File a dossier online',
          params: TenantParams,
          headers: IdempotencyHeaders,
          body: SubmitApplicationBody,
          response: { 201: SubmitApplicationResponse, 400: Problem, 404: Problem, 409: Problem, 422: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const base = deps.publicUrl ?? `${request.protocol}://${request.host}`;
        const result = await submitApplication(deps, {
          tenant,
          body: request.body,
          idempotencyKey: request.headers['idempotency-key'],
          requestId: request.id,
          trackingUrl: (code, key) => `${base}/?tenant=${tenant.slug}&track=${encodeURIComponent(code)}&key=${key}`,
        });
        return reply.status(201).send(result.body);
      },
    );

    app.post(
      '/api/v1/:tenant/applications/:code/supplements',
      {
        config: { rateLimit: { max: deps.lookupsPerMinute ?? 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['dossiers'],
          summary: 'Send the documents a supplement request (Mẫu 02) asked for',
          params: ApplicationParams,
          querystring: LookupQuery,
          headers: IdempotencyHeaders,
          body: SupplementBody,
          response: { 200: ApplicationStateView, 400: Problem, 404: Problem, 409: Problem, 422: Problem },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        return performAction(deps, {
          tenant,
          code: request.params.code,
          action: 'receive_supplement',
          actor: { kind: 'citizen' },
          lookupKey: request.query.key,
          documents: request.body.attachments,
          ...(request.body.note ? { reason: request.body.note } : {}),
          idempotencyKey: request.headers['idempotency-key'],
          requestId: request.id,
        });
      },
    );

    app.post(
      '/api/v1/:tenant/applications/:code/withdrawal',
      {
        config: { rateLimit: { max: deps.lookupsPerMinute ?? 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['dossiers'],
          summary: 'Ask to withdraw the dossier (status 7); an officer then stops it',
          params: ApplicationParams,
          querystring: LookupQuery,
          headers: IdempotencyHeaders,
          response: { 202: ApplicationStateView, 400: Problem, 404: Problem, 409: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const state = await performAction(deps, {
          tenant,
          code: request.params.code,
          action: 'withdraw',
          actor: { kind: 'citizen' },
          lookupKey: request.query.key,
          idempotencyKey: request.headers['idempotency-key'],
          requestId: request.id,
        });
        return reply.status(202).send(state);
      },
    );

    app.get(
      '/api/v1/:tenant/applications/:code/receipt.pdf',
      {
        config: { rateLimit: { max: deps.lookupsPerMinute ?? 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['dossiers'],
          summary: 'The receipt (Mẫu 01, A5 PDF) with its signed QR',
          params: ApplicationParams,
          querystring: LookupQuery,
          produces: ['application/pdf'],
          response: {
            200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'application/pdf' }),
            400: Problem,
            404: Problem,
            409: Problem,
            429: Problem,
          },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const sign = deps.signQr;
        const base = deps.publicUrl ?? `${request.protocol}://${request.host}`;
        const pdf = await renderReceiptPdf(deps, {
          tenant,
          code: request.params.code,
          key: request.query.key,
          qrUrl: async (code, key, issuedAt) => (sign ? `${base}/q/${await sign(tenant, code, key, issuedAt)}` : base),
        });
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="bien-nhan-${request.params.code}.pdf"`)
          .header('cache-control', 'private, no-store')
          .send(pdf);
      },
    );

    app.get(
      '/api/v1/:tenant/applications/:code',
      {
        config: { rateLimit: { max: deps.lookupsPerMinute ?? 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['dossiers'],
          summary: 'Look a dossier up with the code and key printed on its receipt',
          params: ApplicationParams,
          querystring: LookupQuery,
          response: { 200: ApplicationLookup, 400: Problem, 404: Problem, 429: Problem },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const sign = deps.signQr;
        const base = deps.publicUrl ?? `${request.protocol}://${request.host}`;
        return lookupApplication(deps, {
          tenant,
          code: request.params.code,
          key: request.query.key,
          ...(sign
            ? {
                qrUrl: async (code: string, key: string, issuedAt: Date) =>
                  `${base}/q/${await sign(tenant, code, key, issuedAt)}`,
              }
            : {}),
        });
      },
    );
  };
}
