import type { FastifyInstance } from 'fastify';
import type { Config } from './config/config.ts';
import type { Clock } from './platform/clock.ts';
import type { KeyProvider } from './platform/crypto/key-provider.ts';
import type { Database } from './platform/db/database.ts';
import { createOaTokenStore, ZALO_HOSTS, zaloOaConnector } from './modules/channels/index.ts';
import { createAdminAuth, createOfficerAuth } from './modules/identity/index.ts';
import { readZaloCredentials, zaloConnectRoutes, type Tenant } from './modules/tenants/index.ts';

export interface ZaloConnectWiring {
  database: Database;
  keyProvider: KeyProvider;
  clock: Clock;
  resolveTenant: (slug: string) => Promise<Tenant>;
  config: { publicUrl: string | undefined; zaloHosts?: Config['zaloHosts'] | undefined };
  /** The simulator mounted in demo mode: its prefix and the path standing for Zalo's OAuth host. */
  simulator?: { prefix: string; oauthPath?: string } | undefined;
}

/** This process's own loopback address once it listens (to reach the mounted simulator). */
function ownBase(app: FastifyInstance): string {
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return `http://127.0.0.1:${String(port)}`;
}

/**
 * "Connect the province's Zalo OA" from the console: the tenants module's routes, given Zalo's
 * OAuth v4 from the channels module. Zalo's OAuth host is `MOTCUA_ZALO_OAUTH_URL`, else in demo
 * mode the mounted simulator (the admin's browser reaches it at this server's public address, this
 * server at its loopback one), else Zalo's.
 */
export async function registerZaloConnect(app: FastifyInstance, wiring: ZaloConnectWiring): Promise<void> {
  const configured = wiring.config.zaloHosts ?? {};
  const sim = wiring.simulator;
  const simOauth = sim?.oauthPath === undefined ? undefined : `${sim.prefix}${sim.oauthPath}`;
  const oauthHost = (): string =>
    configured.oauth ?? (simOauth === undefined ? ZALO_HOSTS.oauth : `${ownBase(app)}${simOauth}`);
  const consentHost = (publicBase: string): string =>
    configured.oauth ?? (simOauth === undefined ? ZALO_HOSTS.oauth : `${publicBase}${simOauth}`);
  const now = (): Date => wiring.clock.now();
  const tokens = createOaTokenStore({
    database: wiring.database,
    keyProvider: wiring.keyProvider,
    hosts: () => ({ ...ZALO_HOSTS, ...configured, oauth: oauthHost() }),
    credentials: (tenantId) =>
      readZaloCredentials({ database: wiring.database, keyProvider: wiring.keyProvider }, tenantId),
    now,
  });
  await app.register(
    zaloConnectRoutes({
      database: wiring.database,
      keyProvider: wiring.keyProvider,
      resolveTenant: wiring.resolveTenant,
      now,
      authenticateAdmin: createAdminAuth(createOfficerAuth({ database: wiring.database, now })),
      zaloOauth: zaloOaConnector({ oauthHost, consentHost, tokens }),
      publicUrl: wiring.config.publicUrl,
    }),
  );
}
