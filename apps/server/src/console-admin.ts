import type { FastifyInstance } from 'fastify';
import type { Clock } from './platform/clock.ts';
import type { KeyProvider } from './platform/crypto/key-provider.ts';
import type { Database } from './platform/db/database.ts';
import { broadcastRoutes } from './modules/broadcasts/index.ts';
import { catalogAdminRoutes } from './modules/catalog/index.ts';
import { hasOaToken } from './modules/channels/index.ts';
import { consoleChatRoutes } from './modules/chatbot/index.ts';
import { createAdminAuth, createOfficerAuth, officerAdminRoutes } from './modules/identity/index.ts';
import { lookupAdminRoutes } from './modules/lookups/index.ts';
import { notificationRoutes } from './modules/notifications/index.ts';
import { reportRoutes } from './modules/reports/index.ts';
import { readZaloCredentials, tenantAdminRoutes, type Tenant } from './modules/tenants/index.ts';

export interface ConsoleAdminDeps {
  database: Database;
  clock: Clock;
  keyProvider: KeyProvider;
  resolveTenant: (slug: string) => Promise<Tenant>;
}

/**
 * The console's dashboard and administration routes: reports for every officer (within their
 * units), and the province admin's editors for units, calendar, channels, officers and catalogue,
 * and the notices that could not be delivered; the live chat with citizens the bot handed over;
 * the announcements to the OA's followers; the civic look-up datasets.
 */
export async function registerConsoleAdmin(app: FastifyInstance, deps: ConsoleAdminDeps): Promise<void> {
  const now = (): Date => deps.clock.now();
  const authenticate = createOfficerAuth({ database: deps.database, now });
  const authenticateAdmin = createAdminAuth(authenticate);
  const base = { database: deps.database, resolveTenant: deps.resolveTenant, now };
  await app.register(reportRoutes({ ...base, clock: deps.clock, authenticate }));
  await app.register(tenantAdminRoutes({ ...base, keyProvider: deps.keyProvider, authenticate, authenticateAdmin }));
  await app.register(officerAdminRoutes({ ...base, keyProvider: deps.keyProvider, authenticateAdmin }));
  await app.register(catalogAdminRoutes({ ...base, authenticateAdmin }));
  await app.register(notificationRoutes({ ...base, authenticateAdmin }));
  await app.register(consoleChatRoutes({ ...base, authenticate }));
  await app.register(lookupAdminRoutes({ ...base, authenticateAdmin }));
  await app.register(
    broadcastRoutes({
      ...base,
      authenticateAdmin,
      connected: async (tenantId) =>
        (await readZaloCredentials({ database: deps.database, keyProvider: deps.keyProvider }, tenantId)) !==
          undefined && (await hasOaToken(deps.database, tenantId)),
    }),
  );
}
