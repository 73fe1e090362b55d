import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ChatReplyBody,
  ChatThreadList,
  ChatThreadParams,
  ChatThreadsQuery,
  ChatThreadView,
  Problem,
  TenantParams,
} from '@motcua/contracts';
import type { Database } from '../../platform/db/database.ts';
import type { Authenticate } from '../identity/index.ts';
import type { Tenant } from '../tenants/index.ts';
import { closeChat, getChat, listChats, replyToChat } from './use-cases/console-chats.ts';

export interface ConsoleChatRoutesDeps {
  database: Database;
  now: () => Date;
  resolveTenant: (slug: string) => Promise<Tenant>;
  authenticate: Authenticate;
}

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** The console's live chat: conversations the bot handed to an officer, and the officers' replies. */
export function consoleChatRoutes(deps: ConsoleChatRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.get(
      '/api/v1/:tenant/console/chats',
      {
        schema: {
          tags: ['console'],
          summary: 'Conversations handed to an officer, most recent first, paged',
          params: TenantParams,
          querystring: ChatThreadsQuery,
          response: { 200: ChatThreadList, ...errors },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        const { status = 'open', page = 1, pageSize = 20 } = request.query;
        reply.header('cache-control', 'private, no-store');
        return listChats(deps, { tenant, officer, status, page, pageSize, requestId: request.id });
      },
    );

    app.get(
      '/api/v1/:tenant/console/chats/:id',
      {
        schema: {
          tags: ['console'],
          summary: 'One conversation with its messages',
          params: ChatThreadParams,
          response: { 200: ChatThreadView, ...errors },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return getChat(deps, { tenant, officer, threadId: request.params.id, requestId: request.id });
      },
    );

    app.post(
      '/api/v1/:tenant/console/chats/:id/messages',
      {
        schema: {
          tags: ['console'],
          summary: 'Reply to the citizen; sent through the chat channel (Zalo OA)',
          params: ChatThreadParams,
          body: ChatReplyBody,
          response: { 201: ChatThreadView, ...errors, 409: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        const view = await replyToChat(deps, {
          tenant,
          officer,
          threadId: request.params.id,
          text: request.body.text,
          requestId: request.id,
        });
        return reply.status(201).send(view);
      },
    );

    app.post(
      '/api/v1/:tenant/console/chats/:id/close',
      {
        schema: {
          tags: ['console'],
          summary: 'End the conversation with the officer; the bot answers again',
          params: ChatThreadParams,
          response: { 200: ChatThreadView, ...errors },
        },
      },
      async (request) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const officer = await deps.authenticate(request, tenant.id);
        return closeChat(deps, { tenant, officer, threadId: request.params.id, requestId: request.id });
      },
    );
  };
}
