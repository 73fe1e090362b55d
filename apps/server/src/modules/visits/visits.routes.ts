import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ApplicationParams,
  BookVisitBody,
  BookVisitResponse,
  ConsoleVisitList,
  ConsoleVisitsQuery,
  LookupQuery,
  Problem,
  TenantParams,
  VisitPlan,
} from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Authenticate } from '../identity/index.ts';
import type { Tenant } from '../tenants/index.ts';
import { bookVisit } from './use-cases/book-visit.ts';
import { cancelVisit } from './use-cases/cancel-visit.ts';
import { getVisitPlan } from './use-cases/get-visit-plan.ts';
import { listDayVisits } from './use-cases/list-day-visits.ts';

export interface VisitRoutesDeps {
  database: Database;
  clock: Clock;
  resolveTenant: (slug: string) => Promise<Tenant>;
  authenticate: Authenticate;
  /** Requests per client and minute on each public route (as many as look-ups by default). */
  requestsPerMinute?: number;
}

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })),
});

/** The one planned visit to the desk: the citizen's plan and booking, and the officers' day list. */
export function visitRoutes(deps: VisitRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    await app.register(fastifyRateLimit, { global: false });
    const limited = { rateLimit: { max: deps.requestsPerMinute ?? 30, timeWindow: '1 minute' } };
    const url = '/api/v1/:tenant/applications/:code/visit';

    app.get(
      url,
      {
        config: limited,
        schema: {
          tags: ['dossiers'],
          summary: 'The visit to the desk: where, what to bring, the fee, the booking and the free slots',
          params: ApplicationParams,
          querystring: LookupQuery,
          response: { 200: VisitPlan, 400: Problem, 404: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        reply.header('cache-control', 'private, no-store');
        return getVisitPlan(deps, { tenant, code: request.params.code, key: request.query.key });
      },
    );

    app.put(
      url,
      {
        config: limited,
        schema: {
          tags: ['dossiers'],
          summary: 'Book a slot, or move the booking to another one',
          params: ApplicationParams,
          querystring: LookupQuery,
          headers: IdempotencyHeaders,
          body: BookVisitBody,
          response: { 200: BookVisitResponse, 400: Problem, 404: Problem, 409: Problem, 422: Problem, 429: Problem },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        return bookVisit(deps, {
          tenant,
          code: request.params.code,
          key: request.query.key,
          start: request.body.start,
          idempotencyKey: request.headers['idempotency-key'],
        });
      },
    );

    app.delete(
      url,
      {
        config: limited,
        schema: {
          tags: ['dossiers'],
          summary: 'Cancel the booking (nothing booked is fine)',
          params: ApplicationParams,
          querystring: LookupQuery,
          response: { 204: Type.Null(), 400: Problem, 404: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await cancelVisit(deps, { tenant, code: request.params.code, key: request.query.key });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/:tenant/console/visits',
      {
        schema: {
          tags: ['console'],
          summary: 'The day’s booked visits at the officer’s units, earliest first',
          params: TenantParams,
          querystring: ConsoleVisitsQuery,
          response: { 200: ConsoleVisitList, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return listDayVisits(deps, { tenant, officer, date: request.query.date });
      },
    );
  };
}
