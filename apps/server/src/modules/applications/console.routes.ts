import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApplicationStateView, Problem, SubmitApplicationBody } from '@motcua/contracts';
import { actionList, type Action, type Status, statuses } from '@motcua/workflow';
import { Type, type TSchema } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import type { ObjectStore } from '../attachments/index.ts';
import { readDocument } from './use-cases/read-document.ts';
import type { Authenticate } from '../identity/index.ts';
import type { Tenant } from '../tenants/index.ts';
import { listInbox } from './use-cases/list-inbox.ts';
import { recordWalkIn } from './use-cases/record-walk-in.ts';
import { performAction } from './use-cases/perform-action.ts';

export interface ConsoleRoutesDeps {
  database: Database;
  clock: Clock;
  keyProvider: KeyProvider;
  store: ObjectStore;
  resolveTenant: (slug: string) => Promise<Tenant>;
  authenticate: Authenticate;
}

/** A schema accepting exactly these strings (the handler narrows the validated value). */
function literalUnion(values: readonly string[]): TSchema {
  return Type.Union(values.map((v) => Type.Literal(v)));
}

const Params = Type.Object({
  tenant: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 }),
  code: Type.String({ minLength: 10, maxLength: 80 }),
  action: literalUnion(actionList.filter((a) => a !== 'withdraw')),
});

const ActionBody = Type.Object({
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  payload: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  revision: Type.Optional(Type.Integer({ minimum: 1 })),
});

const InboxQuery = Type.Object({
  status: Type.Optional(literalUnion(Object.keys(statuses))),
  procedure: Type.Optional(Type.String({ maxLength: 64 })),
  channel: Type.Optional(Type.String({ maxLength: 20 })),
  due: Type.Optional(Type.Union([Type.Literal('soon'), Type.Literal('overdue')])),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 40, pattern: '^[0-9A-Za-z.\\-]+$' })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** Officers' dossier routes (API.md § Officers): the inbox and every workflow action. */
export function consoleRoutes(deps: ConsoleRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.post(
      '/api/v1/:tenant/console/applications/:code/actions/:action',
      {
        schema: {
          tags: ['console'],
          summary:
            'Apply a workflow action to a dossier (accept, refuse, request_supplement, transfer, approve, complete…)',
          params: Params,
          body: ActionBody,
          headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })) }),
          response: { 200: ApplicationStateView, ...problems },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        return performAction(deps, {
          tenant,
          code: request.params.code,
          action: request.params.action as Action,
          actor: { kind: 'officer', officerId: officer.id, roles: officer.roles },
          ...(request.body.reason ? { reason: request.body.reason } : {}),
          ...(request.body.payload ? { payload: request.body.payload } : {}),
          ...(request.body.revision ? { expectedRevision: request.body.revision } : {}),
          idempotencyKey: request.headers['idempotency-key'],
          requestId: request.id,
        });
      },
    );

    app.post(
      '/api/v1/:tenant/console/applications',
      {
        schema: {
          tags: ['console'],
          summary: 'Counter intake: record a walk-in dossier and accept it at once (receipt printed at the desk)',
          params: Type.Object({ tenant: Params.properties.tenant }),
          headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 100 })) }),
          body: SubmitApplicationBody,
          response: {
            201: Type.Object({ state: ApplicationStateView, lookupKey: Type.String(), receiptUrl: Type.String() }),
            ...problems,
          },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        const result = await recordWalkIn(deps, {
          tenant,
          body: request.body,
          officer: { kind: 'officer', officerId: officer.id, roles: officer.roles },
          idempotencyKey: request.headers['idempotency-key'],
          requestId: request.id,
        });
        const receiptUrl = `/api/v1/${tenant.slug}/applications/${result.state.code}/receipt.pdf?key=${result.lookupKey}`;
        return reply.status(201).send({ ...result, receiptUrl });
      },
    );

    app.get(
      '/api/v1/:tenant/console/applications/:code/documents/:uploadId',
      {
        schema: {
          tags: ['console'],
          summary: 'Open a file of a dossier (every read is audit-logged)',
          params: Type.Object({
            tenant: Params.properties.tenant,
            code: Params.properties.code,
            uploadId: Type.String({ format: 'uuid' }),
          }),
          querystring: Type.Object({
            variant: Type.Union([Type.Literal('file'), Type.Literal('thumbnail')], { default: 'file' }),
          }),
          response: {
            200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }),
            401: Problem,
            403: Problem,
            404: Problem,
          },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        const content = await readDocument(deps, {
          tenant,
          code: request.params.code,
          uploadId: request.params.uploadId,
          variant: request.query.variant,
          officer,
          requestId: request.id,
        });
        const extension = content.contentType === 'application/pdf' ? 'pdf' : 'jpg';
        return reply
          .type(content.contentType)
          .header('content-disposition', `attachment; filename="${request.params.uploadId}.${extension}"`)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "sandbox; default-src 'none'")
          .header('cache-control', 'private, no-store')
          .send(content.bytes);
      },
    );

    app.get(
      '/api/v1/:tenant/console/applications',
      {
        schema: {
          tags: ['console'],
          summary: 'The inbox: dossiers held by the officer’s units, soonest due first, with counts per status',
          params: Type.Object({ tenant: Params.properties.tenant }),
          querystring: InboxQuery,
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        const unitIds = [...new Set(officer.roles.filter((r) => r.role !== 'admin').map((r) => r.unitId))];
        return listInbox(deps, tenant, unitIds, {
          ...(request.query.status ? { status: request.query.status as Status } : {}),
          ...(request.query.procedure ? { procedureCode: request.query.procedure } : {}),
          ...(request.query.channel ? { channel: request.query.channel } : {}),
          ...(request.query.due ? { due: request.query.due } : {}),
          ...(request.query.q ? { codePrefix: request.query.q } : {}),
          limit: request.query.limit,
          offset: request.query.offset,
        });
      },
    );
  };
}
