import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { TenantParams, ZaloChannelSettings, ZaloConnectStarted } from '@motcua/contracts';
import { adminProblems, type TenantAdminRoutesDeps } from './admin-http.ts';
import { disconnectZalo } from './use-cases/disconnect-zalo.ts';
import { finishZaloConnect, type ZaloConnectOutcome } from './use-cases/finish-zalo-connect.ts';
import { startZaloConnect } from './use-cases/start-zalo-connect.ts';
import type { ZaloOauth } from './zalo-connection.ts';

export interface ZaloConnectRoutesDeps extends Omit<TenantAdminRoutesDeps, 'authenticate'> {
  zaloOauth: ZaloOauth;
  /** This server's public address (`MOTCUA_PUBLIC_URL`); unset, the address the request came to. */
  publicUrl: string | undefined;
}

/** What Zalo appends to the redirect URI (zalo-platform.md §2); other parameters are ignored. */
const ConsentCallbackQuery = Type.Object({
  code: Type.Optional(Type.String({ maxLength: 2048 })),
  oa_id: Type.Optional(Type.String({ maxLength: 64 })),
  state: Type.Optional(Type.String({ maxLength: 256 })),
  error: Type.Optional(Type.String({ maxLength: 256 })),
});

function publicBase(deps: ZaloConnectRoutesDeps, request: { protocol: string; host: string }): string {
  return (deps.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}

/** The console's channel settings, told how the connection went (`#/admin/channels?zalo=…`). */
function consoleChannelsUrl(base: string, outcome: ZaloConnectOutcome): string {
  const query = new URLSearchParams(outcome.ok ? { zalo: 'connected' } : { zalo: 'error', code: outcome.code });
  return `${base}/console/#/admin/channels?${query.toString()}`;
}

/**
 * Connecting the province's Zalo OA from the console (OAuth v4 with PKCE, zalo-platform.md §2): an
 * admin starts it, Zalo's consent page sends the browser back to the public callback, which
 * exchanges the code for the first token pair and returns the browser to the console.
 */
export function zaloConnectRoutes(deps: ZaloConnectRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    app.post(
      '/api/v1/:tenant/console/admin/channels/zalo/connect',
      {
        schema: {
          tags: ['admin'],
          summary: 'Start connecting the Zalo OA: the URL of Zalo’s consent page to send the browser to',
          params: TenantParams,
          response: { 200: ZaloConnectStarted, ...adminProblems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const admin = await deps.authenticateAdmin(request, tenant.id);
        reply.header('cache-control', 'no-store');
        return startZaloConnect(deps, tenant, admin.id, publicBase(deps, request));
      },
    );

    app.get(
      '/api/v1/:tenant/channels/zalo/oauth/callback',
      {
        // The query holds a one-time code and state: keep the URL out of the request log.
        logLevel: 'warn',
        schema: {
          tags: ['channels'],
          summary: 'Zalo’s redirect after the OA admin’s consent; redirects to the console’s channel settings',
          params: TenantParams,
          querystring: ConsentCallbackQuery,
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const { code, oa_id: oaId, state, error } = request.query;
        const outcome = await finishZaloConnect(deps, tenant.id, { code, oaId, state, error }, request.id);
        if (!outcome.ok) {
          request.log.warn(
            { tenant: tenant.slug, code: outcome.code, zaloError: outcome.zaloError },
            'Zalo OA not connected',
          );
        }
        reply.header('cache-control', 'no-store');
        return reply.redirect(consoleChannelsUrl(publicBase(deps, request), outcome), 302);
      },
    );

    app.delete(
      '/api/v1/:tenant/console/admin/channels/zalo/connection',
      {
        schema: {
          tags: ['admin'],
          summary: 'Disconnect the Zalo OA: forget its tokens',
          params: TenantParams,
          response: { 200: ZaloChannelSettings, ...adminProblems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const admin = await deps.authenticateAdmin(request, tenant.id);
        reply.header('cache-control', 'no-store');
        return disconnectZalo(deps, tenant.id, { officerId: admin.id, requestId: request.id });
      },
    );
  };
}
