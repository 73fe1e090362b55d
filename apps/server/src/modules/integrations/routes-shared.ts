import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreatedWebhookEndpoint,
  DeliveryParams,
  ExportDocument,
  ExportQuery,
  IntegrationIdParams,
  NewWebhookEndpoint,
  Problem,
  TenantParams,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookDeliveryQuery,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointUpdate,
} from '@motcua/contracts';
import type { Readable } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Tenant } from '../tenants/index.ts';
import { csvStream, jsonStream } from './export-format.ts';
import type { IntegrationActor, IntegrationsDeps } from './ports.ts';
import type { Resolve } from './url-check.ts';
import { exportApplications, exportPeriod } from './use-cases/export-applications.ts';
import { listDeliveries, replayDelivery } from './use-cases/manage-deliveries.ts';
import { createEndpoint, getEndpoint, listEndpoints, updateEndpoint } from './use-cases/manage-webhooks.ts';

export type TypeboxApp = Parameters<FastifyPluginAsyncTypebox>[0];

export interface IntegrationRoutesDeps extends IntegrationsDeps {
  resolveTenant: (slug: string) => Promise<Tenant>;
  /** Host name resolution for URL checks (tests pass their own). */
  resolve?: Resolve;
}

/** How a group of routes authenticates (an officer's session or an API key) and is documented. */
export interface RouteGuard {
  authenticate: (request: FastifyRequest, tenantId: string) => Promise<IntegrationActor>;
  tag: string;
  /** Per-route options such as the API key's rate limit. */
  config?: Record<string, unknown>;
  security?: Record<string, string[]>[];
}

export const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })),
});

/** Webhook endpoints and their delivery logs under `base` (`…/webhooks`), for officers or integrators alike. */
export function registerWebhookRoutes(app: TypeboxApp, deps: IntegrationRoutesDeps, base: string, guard: RouteGuard) {
  const common = { ...(guard.config ? { config: guard.config } : {}) };
  const doc = { tags: [guard.tag], ...(guard.security ? { security: guard.security } : {}) };
  const enter = async (request: FastifyRequest, slug: string) => {
    const tenant = await deps.resolveTenant(slug);
    return { tenant, actor: await guard.authenticate(request, tenant.id) };
  };

  app.get(
    base,
    {
      ...common,
      schema: {
        ...doc,
        summary: 'Webhook endpoints',
        params: TenantParams,
        response: { 200: WebhookEndpointList, ...problems },
      },
    },
    async (request, reply) => {
      const { tenant } = await enter(request, request.params.tenant);
      reply.header('cache-control', 'private, no-store');
      return { items: await listEndpoints(deps, tenant.id) };
    },
  );

  app.post(
    base,
    {
      ...common,
      schema: {
        ...doc,
        summary: 'Add a webhook endpoint; its signing secret is in this answer only',
        params: TenantParams,
        headers: IdempotencyHeaders,
        body: NewWebhookEndpoint,
        response: { 201: CreatedWebhookEndpoint, ...problems },
      },
    },
    async (request, reply) => {
      const { tenant, actor } = await enter(request, request.params.tenant);
      const created = await createEndpoint(deps, tenant.id, actor, request.body, request.headers['idempotency-key']);
      return reply.status(201).header('cache-control', 'no-store').send(created);
    },
  );

  app.get(
    `${base}/:id`,
    {
      ...common,
      schema: {
        ...doc,
        summary: 'One webhook endpoint',
        params: IntegrationIdParams,
        response: { 200: WebhookEndpoint, ...problems },
      },
    },
    async (request) => {
      const { tenant } = await enter(request, request.params.tenant);
      return getEndpoint(deps, tenant.id, request.params.id);
    },
  );

  app.patch(
    `${base}/:id`,
    {
      ...common,
      schema: {
        ...doc,
        summary: 'Change the URL, events or description, or switch deliveries off and on',
        params: IntegrationIdParams,
        body: WebhookEndpointUpdate,
        response: { 200: WebhookEndpoint, ...problems },
      },
    },
    async (request) => {
      const { tenant, actor } = await enter(request, request.params.tenant);
      return updateEndpoint(deps, tenant.id, actor, request.params.id, request.body);
    },
  );

  app.get(
    `${base}/:id/deliveries`,
    {
      ...common,
      schema: {
        ...doc,
        summary: 'The delivery log of an endpoint, newest first',
        params: IntegrationIdParams,
        querystring: WebhookDeliveryQuery,
        response: { 200: WebhookDeliveryList, ...problems },
      },
    },
    async (request, reply) => {
      const { tenant } = await enter(request, request.params.tenant);
      reply.header('cache-control', 'private, no-store');
      return listDeliveries(deps, tenant.id, request.params.id, request.query);
    },
  );

  app.post(
    `${base}/:id/deliveries/:deliveryId/replay`,
    {
      ...common,
      schema: {
        ...doc,
        summary: 'Send a delivery again with the same delivery id and body',
        params: DeliveryParams,
        headers: IdempotencyHeaders,
        response: { 200: WebhookDelivery, ...problems },
      },
    },
    async (request) => {
      const { tenant, actor } = await enter(request, request.params.tenant);
      const { id, deliveryId } = request.params;
      return replayDelivery(deps, tenant.id, actor, id, deliveryId, request.headers['idempotency-key']);
    },
  );
}

/** The dossier export at `path`: CSV (default) or JSON, streamed. */
export function registerExportRoute(app: TypeboxApp, deps: IntegrationRoutesDeps, path: string, guard: RouteGuard) {
  app.get(
    path,
    {
      ...(guard.config ? { config: guard.config } : {}),
      schema: {
        tags: [guard.tag],
        ...(guard.security ? { security: guard.security } : {}),
        summary: 'Dossiers submitted in a period, in the national portal’s status coding (CSV or JSON)',
        params: TenantParams,
        querystring: ExportQuery,
        produces: ['text/csv', 'application/json'],
        response: {
          // Streamed, never serialised: JSON as this schema, or CSV with the same columns (docs/integration.md).
          200: Type.Unsafe<Readable>({ ...ExportDocument, description: 'application/json, or text/csv (default)' }),
          ...problems,
        },
      },
    },
    async (request, reply) => {
      const tenant = await deps.resolveTenant(request.params.tenant);
      await guard.authenticate(request, tenant.id);
      const period = exportPeriod(request.query, deps.now());
      const rows = exportApplications(deps, tenant.id, period);
      const json = request.query.format === 'json';
      return reply
        .type(json ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="ho-so-${period.from}_${period.to}.${json ? 'json' : 'csv'}"`,
        )
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(json ? jsonStream(period, rows) : csvStream(rows));
    },
  );
}
