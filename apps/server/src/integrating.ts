import type { FastifyInstance } from 'fastify';
import type { TaskList } from 'graphile-worker';
import type { Config } from './config/config.ts';
import { createAdminAuth, createOfficerAuth } from './modules/identity/index.ts';
import {
  consoleIntegrationRoutes,
  httpWebhookSender,
  integratorRoutes,
  parseAllowList,
  webhookTasks,
  type WebhookSettings,
} from './modules/integrations/index.ts';
import type { Tenant } from './modules/tenants/index.ts';
import type { Clock } from './platform/clock.ts';
import type { KeyProvider } from './platform/crypto/key-provider.ts';
import type { Database } from './platform/db/database.ts';

/** The settings the integrations read, with their defaults when the caller has none. */
export type IntegrationsConfigPart = Pick<Config, 'mode'> & Partial<Pick<Config, 'integrations'>>;

const DEFAULTS: Config['integrations'] = {
  webhookAllowHosts: [],
  webhookMaxFailures: 10,
  webhookMaxFailingHours: 24,
  webhookTimeoutMs: 10_000,
  apiKeyRatePerMinute: 600,
};

/** Where webhooks may go and when an endpoint that keeps failing is switched off. */
export function webhookSettings(config: IntegrationsConfigPart): WebhookSettings {
  const integrations = config.integrations ?? DEFAULTS;
  return {
    httpsOnly: config.mode === 'production',
    allowList: parseAllowList(integrations.webhookAllowHosts),
    timeoutMs: integrations.webhookTimeoutMs,
    disable: {
      maxFailures: integrations.webhookMaxFailures,
      maxFailingMs: integrations.webhookMaxFailingHours * 3_600_000,
    },
  };
}

export interface IntegrationWiring {
  database: Database;
  keyProvider: KeyProvider;
  clock: Clock;
  resolveTenant: (slug: string) => Promise<Tenant>;
  config: IntegrationsConfigPart;
}

/**
 * The integrations' HTTP side: the integrators' API (`/api/v1/{tenant}/integrations`, API keys) and
 * the province admin's screens (`/console/admin/integrations`).
 */
export async function registerIntegrations(app: FastifyInstance, wiring: IntegrationWiring): Promise<void> {
  const deps = {
    database: wiring.database,
    keyProvider: wiring.keyProvider,
    now: () => wiring.clock.now(),
    resolveTenant: wiring.resolveTenant,
    webhooks: webhookSettings(wiring.config),
  };
  const authenticate = createOfficerAuth({ database: wiring.database, now: deps.now });
  await app.register(
    integratorRoutes({
      ...deps,
      ratePerMinute: (wiring.config.integrations ?? DEFAULTS).apiKeyRatePerMinute,
    }),
  );
  await app.register(consoleIntegrationRoutes({ ...deps, authenticateAdmin: createAdminAuth(authenticate) }));
}

/** The webhook jobs: dossier events become deliveries, and deliveries are sent (over HTTP). */
export function integrationTasks(wiring: {
  database: Database;
  keyProvider: KeyProvider;
  now: () => Date;
  config: IntegrationsConfigPart;
}): TaskList {
  const webhooks = webhookSettings(wiring.config);
  return webhookTasks({
    database: wiring.database,
    keyProvider: wiring.keyProvider,
    now: wiring.now,
    webhooks,
    sender: httpWebhookSender(webhooks, webhooks.timeoutMs),
  });
}
