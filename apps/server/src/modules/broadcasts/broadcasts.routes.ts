import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  Audience,
  AudienceQuery,
  Broadcast,
  BroadcastList,
  FollowerTags,
  NewBroadcast,
  Problem,
  type BroadcastTarget,
} from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { BroadcastDeps } from './ports.ts';
import {
  cancelBroadcast,
  createBroadcast,
  getBroadcast,
  listBroadcasts,
  listFollowerTags,
  measureAudience,
  requestFollowerSync,
} from './use-cases/manage-broadcasts.ts';

export interface BroadcastRoutesDeps extends BroadcastDeps {
  resolveTenant: (slug: string) => Promise<{ id: string }>;
  /** A province admin, else 401/403. */
  authenticateAdmin: (request: FastifyRequest, tenantId: string) => Promise<{ id: string }>;
}

const TenantParams = Type.Object({ tenant: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 }) });
const BroadcastParams = Type.Object({ tenant: TenantParams.properties.tenant, id: Type.String({ format: 'uuid' }) });
const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })),
});
const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

const list = (raw: string | undefined): string[] =>
  (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

function targetOf(query: { communes?: string; tags?: string }): BroadcastTarget {
  const communes = list(query.communes);
  if (communes.length > 0) return { communes };
  const tags = list(query.tags);
  if (tags.length > 0) return { tags };
  return { all: true };
}

/**
 * The province admin's announcements to the followers of its Zalo OA, under
 * `/console/admin/broadcasts`: list, compose (now or scheduled), progress, cancel; the audience a
 * target reaches; the followers' tags; a fresh read of the followers from Zalo.
 */
export function broadcastRoutes(deps: BroadcastRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    const base = '/api/v1/:tenant/console/admin/broadcasts';

    app.get(
      base,
      {
        schema: {
          tags: ['console'],
          summary: 'Broadcasts of the province, newest first, with delivery statistics',
          params: TenantParams,
          response: { 200: BroadcastList, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return { items: await listBroadcasts(deps, tenant.id) };
      },
    );

    app.post(
      base,
      {
        schema: {
          tags: ['console'],
          summary: 'Compose a broadcast to followers (sent now or at scheduledAt)',
          params: TenantParams,
          headers: IdempotencyHeaders,
          body: NewBroadcast,
          response: { 201: Broadcast, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticateAdmin(request, tenant.id);
        const result = await createBroadcast(
          deps,
          tenant.id,
          { officerId: officer.id },
          request.body,
          request.headers['idempotency-key'],
        );
        return reply.status(result.status).send(result.body);
      },
    );

    app.get(
      `${base}/audience`,
      {
        schema: {
          tags: ['console'],
          summary: 'How many followers a target reaches now (communes or tags, comma-separated; neither = all)',
          params: TenantParams,
          querystring: AudienceQuery,
          response: { 200: Audience, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return measureAudience(deps, tenant.id, targetOf(request.query));
      },
    );

    app.get(
      `${base}/tags`,
      {
        schema: {
          tags: ['console'],
          summary: "The followers' tags with how many followers carry each",
          params: TenantParams,
          response: { 200: FollowerTags, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return { tags: await listFollowerTags(deps, tenant.id) };
      },
    );

    app.post(
      `${base}/followers/sync`,
      {
        schema: {
          tags: ['console'],
          summary: "Read the OA's followers again from Zalo (tags, shared addresses) in the background",
          params: TenantParams,
          response: { 202: Type.Object({ queued: Type.Literal(true) }), ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticateAdmin(request, tenant.id);
        await requestFollowerSync(deps, tenant.id, { officerId: officer.id });
        return reply.status(202).send({ queued: true as const });
      },
    );

    app.get(
      `${base}/:id`,
      {
        schema: {
          tags: ['console'],
          summary: 'One broadcast with its delivery statistics',
          params: BroadcastParams,
          response: { 200: Broadcast, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await deps.authenticateAdmin(request, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return getBroadcast(deps, tenant.id, request.params.id);
      },
    );

    app.post(
      `${base}/:id/cancel`,
      {
        schema: {
          tags: ['console'],
          summary: 'Cancel a scheduled or sending broadcast (recipients not yet sent are not sent)',
          params: BroadcastParams,
          response: { 200: Broadcast, ...problems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticateAdmin(request, tenant.id);
        return cancelBroadcast(deps, tenant.id, { officerId: officer.id }, request.params.id);
      },
    );
  };
}
