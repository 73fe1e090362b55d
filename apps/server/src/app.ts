import { existsSync } from 'node:fs';
import fastifyCors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from './config/config.ts';
import type { Database } from './platform/db/database.ts';
import { registerErrorHandling } from './platform/http/error-handler.ts';
import { registerHealth, type Readiness } from './platform/http/health.ts';
import { registerMetrics } from './platform/http/metrics.ts';
import { registerSecurityHeaders } from './platform/http/security-headers.ts';
import { newId } from './platform/ids.ts';
import type { Logger } from './platform/logger.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import {
  applicationRoutes,
  citizenApplicationsRoutes,
  consoleDossierRoutes,
  consoleRoutes,
  lookupApplication,
} from './modules/applications/index.ts';
import { attachmentRoutes, createObjectStore, type ObjectStore } from './modules/attachments/index.ts';
import { assistantRoutes } from './modules/assistant/index.ts';
import { feedbackRoutes } from './modules/feedback/index.ts';
import { visitRoutes } from './modules/visits/index.ts';
import {
  authenticateCitizen,
  citizenRoutes,
  createOfficerAuth,
  identityRoutes,
  registerCookies,
  zaloGraphClient,
} from './modules/identity/index.ts';
import { masterKeyProvider, type KeyProvider } from './platform/crypto/key-provider.ts';
import { catalogRoutes, createCatalogCache } from './modules/catalog/index.ts';
import { createQrTokenService, receiptRoutes } from './modules/receipts/index.ts';
import { AppError } from './platform/errors.ts';
import {
  adminUnitsRoutes,
  brandingRoutes,
  createTenantResolver,
  readZaloCredentials,
} from './modules/tenants/index.ts';
import { registerConsoleAdmin } from './console-admin.ts';
import { zaloWebhookRoutes } from './modules/channels/index.ts';
import { registerZaloConnect } from './zalo-connect.ts';
import { registerIntegrations } from './integrating.ts';
import { lookupRoutes } from './modules/lookups/index.ts';

/** A built web app to serve: its URL prefix and the folder of its production build. */
export interface WebRoot {
  prefix: string;
  dir: string;
}

export interface AppDeps {
  config: Pick<
    Config,
    'searchRefreshMs' | 'mode' | 'publicUrl' | 'masterKey' | 'storage' | 'uploadMaxBytes' | 'applicationMaxBytes'
  > &
    Partial<Pick<Config, 'zaloGraphUrl' | 'corsOrigins' | 'zaloHosts' | 'integrations'>>;
  /** Tests pass a store in a temporary directory. */
  objectStore?: ObjectStore;
  clock?: Clock;
  keyProvider?: KeyProvider;
  database: Database;
  logger: Logger;
  readiness?: Readiness;
  webRoots?: readonly WebRoot[];
  /**
   * The Zalo simulator, mounted in demo mode under `prefix`; Mini App sign-in then talks to its
   * graph host unless `config.zaloGraphUrl` says otherwise; connecting the OA, its OAuth host
   * (`oauthPath`) unless `config.zaloHosts.oauth` does.
   */
  simulator?: { prefix: string; graphPath: string; oauthPath?: string; register(app: FastifyInstance): Promise<void> };
}

const ZALO_GRAPH_URL = 'https://graph.zalo.me';

/** Where a reverse proxy may sit (proxy-addr names: 127/8 and ::1, 169.254/16, 10/8, 172.16/12, 192.168/16, fc00::/7). */
const TRUSTED_PROXIES = 'loopback, linklocal, uniquelocal';

/** Remembers each key's answer for `ttlMs` (a failed read is not remembered). */
function cachedFor<T>(ttlMs: number, read: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return (key) => {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && now - hit.at < ttlMs) return hit.value;
    const value = read(key);
    entries.set(key, { at: now, value });
    value.catch(() => entries.delete(key));
    return value;
  };
}

/** Where Mini App sign-in reaches Zalo's graph host: configured, the mounted simulator, or Zalo. */
function zaloGraphBase(app: FastifyInstance, deps: AppDeps): () => string {
  const configured = deps.config.zaloGraphUrl;
  const simulator = deps.simulator;
  if (configured !== undefined || simulator === undefined) return () => configured ?? ZALO_GRAPH_URL;
  return () => {
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return `http://127.0.0.1:${String(port)}${simulator.prefix}${simulator.graphPath}`;
  };
}

const csp = {
  defaultSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  scriptSrc: ["'self'"],
  connectSrc: ["'self'"],
  frameAncestors: ["'self'"],
};

async function registerDocs(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Một Cửa API',
        version: '1.0.0',
        description: 'Public API of Một Cửa: catalogue, filing, look-up. Errors are application/problem+json.',
      },
      tags: [
        { name: 'catalogue', description: 'Danh mục thủ tục hành chính' },
        { name: 'dossiers', description: 'Nộp và tra cứu hồ sơ' },
        { name: 'integrations', description: 'Tích hợp: khoá API, webhook, kết xuất hồ sơ (docs/integration.md)' },
        { name: 'lookups', description: 'Tra cứu giá đất, phạt nguội, giấy phép lái xe' },
      ],
      components: {
        securitySchemes: { integratorKey: { type: 'http', scheme: 'bearer', description: 'API key (mc_…)' } },
      },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

async function registerWebRoots(app: FastifyInstance, roots: readonly WebRoot[], logger: Logger): Promise<void> {
  let decorated = false;
  for (const root of roots) {
    if (!existsSync(root.dir)) {
      logger.warn({ prefix: root.prefix }, 'web app not built; run npm run build:web');
      continue;
    }
    await app.register(fastifyStatic, {
      root: root.dir,
      prefix: root.prefix,
      decorateReply: !decorated,
      wildcard: true,
      index: ['index.html'],
    });
    decorated = true;
  }
}

/** Builds the HTTP application. Tests call this with their own database and no listening socket. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const loggerInstance: FastifyBaseLogger = deps.logger;
  const app = Fastify({
    loggerInstance,
    genReqId: () => newId(),
    requestIdHeader: 'x-request-id',
    // X-Forwarded-For/-Proto are believed only from proxies on the host or a private network (the
    // load balancer): from anyone else they are the client's own words, and trusting them would let
    // a client pick a new address per request and escape the per-client rate limits.
    trustProxy: TRUSTED_PROXIES,
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, useDefaults: true, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandling(app);
  registerSecurityHeaders(app, {
    contentSecurityPolicy: { directives: csp },
    // The Zalo Mini App calls the API from Zalo's origin; CORS below decides which origins may.
    ...((deps.config.corsOrigins ?? []).length > 0 ? { crossOriginResourcePolicy: { policy: 'cross-origin' } } : {}),
  });
  if ((deps.config.corsOrigins ?? []).length > 0) {
    await app.register(fastifyCors, {
      origin: deps.config.corsOrigins,
      // Bearer tokens, never cookies, cross origins: no credentials.
      credentials: false,
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['content-type', 'authorization', 'idempotency-key', 'x-request-id', 'x-upload-token'],
      exposedHeaders: ['x-request-id', 'retry-after', 'location'],
      maxAge: 600,
    });
  }
  await registerDocs(app);
  registerMetrics(app);
  registerHealth(app, deps.database.pool, deps.readiness ?? { isReady: () => true });

  await registerCookies(app);
  const resolveTenant = createTenantResolver(deps.database);
  const keyProvider = deps.keyProvider ?? masterKeyProvider(deps.config.masterKey);
  const clock = deps.clock ?? systemClock;
  await app.register(
    identityRoutes({
      resolveTenant,
      database: deps.database,
      keyProvider,
      mode: deps.config.mode,
      secureCookies: deps.config.mode === 'production',
      now: () => clock.now(),
    }),
  );
  const citizenDeps = { database: deps.database, keyProvider, now: () => clock.now() };
  await app.register(
    citizenRoutes({
      ...citizenDeps,
      zaloGraph: zaloGraphClient(zaloGraphBase(app, deps)),
      zaloApp: async (tenantId) => {
        const credentials = await readZaloCredentials({ database: deps.database, keyProvider }, tenantId);
        return credentials ? { appId: credentials.appId, appSecret: credentials.appSecret } : undefined;
      },
      resolveTenant,
      revealCodes: deps.config.mode === 'demo',
      secureCookies: deps.config.mode === 'production',
    }),
  );
  await app.register(
    citizenApplicationsRoutes({
      database: deps.database,
      resolveTenant,
      authenticateCitizen: (headers, tenantId) => authenticateCitizen(citizenDeps, headers, tenantId),
    }),
  );
  await app.register(adminUnitsRoutes({ database: deps.database, resolveTenant }));
  await app.register(brandingRoutes({ database: deps.database, resolveTenant }));
  const catalog = createCatalogCache(deps.database, deps.config.searchRefreshMs);
  await app.register(catalogRoutes({ resolveTenant, catalog }));
  const store = deps.objectStore ?? createObjectStore(deps.config.storage);
  await app.register(
    attachmentRoutes({
      resolveTenant,
      database: deps.database,
      keyProvider,
      store,
      config: { uploadMaxBytes: deps.config.uploadMaxBytes },
    }),
  );
  await app.register(
    assistantRoutes({
      resolveTenant,
      database: deps.database,
      keyProvider,
      authenticate: createOfficerAuth({ database: deps.database, now: () => clock.now() }),
    }),
  );
  const qr = createQrTokenService({ database: deps.database, keyProvider, clock });
  await app.register(
    applicationRoutes({
      database: deps.database,
      clock,
      resolveTenant,
      publicUrl: deps.config.publicUrl,
      applicationMaxBytes: deps.config.applicationMaxBytes,
      signQr: (tenant, code, key, issuedAt) => qr.sign(tenant, { code, key }, issuedAt),
    }),
  );
  const ratingAndVisitDeps = {
    database: deps.database,
    clock,
    resolveTenant,
    authenticate: createOfficerAuth({ database: deps.database, now: () => clock.now() }),
  };
  await app.register(feedbackRoutes(ratingAndVisitDeps));
  await app.register(visitRoutes(ratingAndVisitDeps));
  await app.register(
    receiptRoutes({
      qr,
      lookupApplication: async (slug, code, key) => {
        try {
          return await lookupApplication(
            { database: deps.database, clock },
            { tenant: await resolveTenant(slug), code, key },
          );
        } catch (error) {
          if (error instanceof AppError && error.code.endsWith('.NOT_FOUND')) return null;
          throw error;
        }
      },
    }),
  );
  await app.register(
    consoleRoutes({
      database: deps.database,
      clock,
      keyProvider,
      store,
      resolveTenant,
      authenticate: createOfficerAuth({ database: deps.database, now: () => clock.now() }),
    }),
  );
  await app.register(
    consoleDossierRoutes({
      database: deps.database,
      clock,
      resolveTenant,
      authenticate: createOfficerAuth({ database: deps.database, now: () => clock.now() }),
      publicUrl: deps.config.publicUrl,
      signQr: (tenant, code, key, issuedAt) => qr.sign(tenant, { code, key }, issuedAt),
    }),
  );

  await app.register(
    zaloWebhookRoutes({
      database: deps.database,
      resolveTenant,
      // Read per province at most every 30 s: a webhook burst does not read the settings per event.
      webhookSecrets: cachedFor(30_000, async (tenantId: string) => {
        const credentials = await readZaloCredentials({ database: deps.database, keyProvider }, tenantId);
        return credentials ? { appId: credentials.appId, oaSecretKey: credentials.oaSecretKey } : undefined;
      }),
      now: () => clock.now(),
    }),
  );
  await app.register(lookupRoutes({ database: deps.database, now: () => clock.now(), resolveTenant }));
  await registerConsoleAdmin(app, { database: deps.database, clock, keyProvider, resolveTenant });
  await registerIntegrations(app, { database: deps.database, keyProvider, clock, resolveTenant, config: deps.config });
  await registerZaloConnect(app, {
    database: deps.database,
    keyProvider,
    clock,
    resolveTenant,
    config: deps.config,
    simulator: deps.simulator,
  });
  if (deps.simulator) {
    const simulator = deps.simulator;
    await app.register(async (scope) => simulator.register(scope), { prefix: simulator.prefix });
  }
  await registerWebRoots(app, deps.webRoots ?? [], deps.logger);
  return app;
}
