import Fastify, { type FastifyInstance } from 'fastify';
import { guardHost, releaseHangs } from './host-guards.ts';
import { graphRoutes, type MiniAppIdentity, miniAppScriptRoutes } from './mini-app.ts';
import { oauthRoutes } from './oauth.ts';
import { messageRoutes } from './openapi-messages.ts';
import { userRoutes } from './openapi-users.ts';
import { simOptions, type ZaloSimOptions } from './options.ts';
import { scriptRoutes } from './scripting.ts';
import { scriptUserRoutes } from './scripting-users.ts';
import { createSimState, type SimState } from './sim-state.ts';
import { uploadRoutes } from './uploads.ts';
import { znsRoutes } from './zns.ts';

export { defaultSimApp, simOptions, type ZaloSimOptions } from './options.ts';
export type { MiniAppUser } from './mini-app.ts';
export type { ZaloEnvelope } from './envelope.ts';
export type { SimState } from './sim-state.ts';
export type { FaultSpec } from './faults.ts';
export type { WebhookDelivery } from './webhooks.ts';
export { webhookMac } from './webhooks.ts';

/**
 * Zalo's hosts as paths of the simulator: a client pointed at `<base>/graph` instead of
 * `https://graph.zalo.me` sends the same requests.
 */
export const simHostPaths = {
  graph: '/graph',
  openapi: '/openapi',
  oauth: '/oauth',
  business: '/business',
} as const;

export interface ZaloSim {
  readonly options: ZaloSimOptions;
  readonly miniApp: MiniAppIdentity;
  /** Tokens, users, conversations, ZNS, webhooks, faults and the clock, for tests that script in-process. */
  readonly state: SimState;
  /** Registers the simulator's routes on a Fastify instance (under the caller's prefix). */
  register(app: FastifyInstance): Promise<void>;
}

/** Mounts one Zalo host: its fault and rate-limit hooks, then its routes. */
function host(state: SimState, path: string, rate: boolean, routes: ((app: FastifyInstance) => Promise<void>)[]) {
  return async function register(app: FastifyInstance): Promise<void> {
    guardHost(app, state, path, { rate });
    for (const register of routes) await app.register(register);
  };
}

/** A simulator with its state in memory: one Zalo app, its OA, users, tokens and webhooks. */
export function createZaloSim(overrides: Partial<ZaloSimOptions> = {}): ZaloSim {
  const state = createSimState(simOptions(overrides));
  const { options, miniApp } = state;
  return {
    options,
    miniApp,
    state,
    async register(app) {
      // Zalo answers its own faults in its envelope; the host application's error pages do not apply.
      app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
        const status = error.statusCode ?? 500;
        return reply.status(status).send({ error: status >= 500 ? -1 : -201, message: error.message });
      });
      app.addHook('preClose', async () => {
        releaseHangs(state);
        state.feed.close();
      });
      app.addHook('onClose', async () => state.webhooks.close());
      const paths = simHostPaths;
      await app.register(host(state, paths.graph, false, [graphRoutes(miniApp, options)]), { prefix: paths.graph });
      await app.register(host(state, paths.oauth, false, [oauthRoutes(state.tokens, options)]), {
        prefix: paths.oauth,
      });
      // §6: the rate limit counts OA API calls (OpenAPI and the business host), not OAuth.
      await app.register(
        host(state, paths.openapi, true, [messageRoutes(state), userRoutes(state), uploadRoutes(state)]),
        {
          prefix: paths.openapi,
        },
      );
      await app.register(host(state, paths.business, true, [znsRoutes(state)]), { prefix: paths.business });
      await app.register(
        async (scope) => {
          await scope.register(miniAppScriptRoutes(miniApp));
          await scope.register(scriptRoutes(state));
          await scope.register(scriptUserRoutes(state));
        },
        { prefix: '/_sim' },
      );
    },
  };
}

export interface RunningZaloSim {
  sim: ZaloSim;
  /** The simulator's root URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Base URLs standing in for Zalo's hosts. */
  hosts: Record<keyof typeof simHostPaths, string>;
  close(): Promise<void>;
}

/** Starts the simulator alone on a loopback port (tests, or a separate process). */
export async function startZaloSim(
  overrides: Partial<ZaloSimOptions> = {},
  listen: { host?: string; port?: number } = {},
): Promise<RunningZaloSim> {
  const sim = createZaloSim(overrides);
  // Hanging-request faults must not hold `close()` up.
  const app = Fastify({ logger: false, forceCloseConnections: true });
  await app.register(async (scope) => sim.register(scope));
  await app.listen({ host: listen.host ?? '127.0.0.1', port: listen.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://${listen.host ?? '127.0.0.1'}:${String(port)}`;
  return { sim, url, hosts: simHosts(url), close: () => app.close() };
}

export function simHosts(base: string): Record<keyof typeof simHostPaths, string> {
  return {
    graph: `${base}${simHostPaths.graph}`,
    openapi: `${base}${simHostPaths.openapi}`,
    oauth: `${base}${simHostPaths.oauth}`,
    business: `${base}${simHostPaths.business}`,
  };
}
