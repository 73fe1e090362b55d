import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ApplicationParams,
  ConsoleFeedbackList,
  ConsoleFeedbackQuery,
  FeedbackBody,
  FeedbackGiven,
  LookupQuery,
  Problem,
  TenantParams,
} from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Authenticate } from '../identity/index.ts';
import type { Tenant } from '../tenants/index.ts';
import { giveFeedback } from './use-cases/give-feedback.ts';
import { listFeedback } from './use-cases/list-feedback.ts';

export interface FeedbackRoutesDeps {
  database: Database;
  clock: Clock;
  resolveTenant: (slug: string) => Promise<Tenant>;
  authenticate: Authenticate;
  /** Ratings allowed per client and minute (as many as look-ups by default). */
  ratingsPerMinute?: number;
}

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })),
});

/** Satisfaction ratings (QĐ 766): the citizen's one rating per dossier, and the officers' list. */
export function feedbackRoutes(deps: FeedbackRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    await app.register(fastifyRateLimit, { global: false });

    app.post(
      '/api/v1/:tenant/applications/:code/feedback',
      {
        config: { rateLimit: { max: deps.ratingsPerMinute ?? 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['dossiers'],
          summary: 'Rate the handling of a dossier once its result was handed over (one rating per dossier)',
          params: ApplicationParams,
          querystring: LookupQuery,
          headers: IdempotencyHeaders,
          body: FeedbackBody,
          response: { 201: FeedbackGiven, 400: Problem, 404: Problem, 409: Problem, 422: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const given = await giveFeedback(deps, {
          tenant,
          code: request.params.code,
          key: request.query.key,
          body: request.body,
          idempotencyKey: request.headers['idempotency-key'],
        });
        return reply.status(201).send(given);
      },
    );

    app.get(
      '/api/v1/:tenant/console/feedback',
      {
        schema: {
          tags: ['console'],
          summary: 'Ratings of the dossiers received by the officer’s units, newest first, paged',
          params: TenantParams,
          querystring: ConsoleFeedbackQuery,
          response: { 200: ConsoleFeedbackList, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 422: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return listFeedback(deps, { tenant, officer, query: request.query });
      },
    );
  };
}
