import Fastify, { type FastifyInstance } from 'fastify';
import { graphRoutes, MiniAppIdentity, miniAppScriptRoutes } from './mini-app.ts';
import { simOptions, type ZaloSimOptions } from './options.ts';

export { defaultSimApp, simOptions, type ZaloSimOptions } from './options.ts';
export type { MiniAppUser } from './mini-app.ts';
export type { ZaloEnvelope } from './envelope.ts';

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
  /** Registers the simulator's routes on a Fastify instance (under the caller's prefix). */
  register(app: FastifyInstance): Promise<void>;
}

/** A simulator with its state in memory: one Zalo app, its users and their tokens. */
export function createZaloSim(overrides: Partial<ZaloSimOptions> = {}): ZaloSim {
  const options = simOptions(overrides);
  const miniApp = new MiniAppIdentity(options);
  return {
    options,
    miniApp,
    async register(app) {
      // Zalo answers its own faults in its envelope; the host application's error pages do not apply.
      app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
        const status = error.statusCode ?? 500;
        return reply.status(status).send({ error: status >= 500 ? -1 : -201, message: error.message });
      });
      await app.register(graphRoutes(miniApp, options), { prefix: simHostPaths.graph });
      await app.register(miniAppScriptRoutes(miniApp), { prefix: '/_sim' });
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
  const app = Fastify({ logger: false });
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
