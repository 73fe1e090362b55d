import { randomBytes } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { masterKeyProvider, type KeyProvider } from '../../../platform/crypto/key-provider.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { registerErrorHandling } from '../../../platform/http/error-handler.ts';
import { newId } from '../../../platform/ids.ts';
import { createLogger } from '../../../platform/logger.ts';
import { createTenantResolver, listUnits } from '../../tenants/index.ts';
import { createOfficerAuth } from '../officer-auth.ts';
import { registerCookies } from '../session-cookie.ts';
import { identityRoutes, type IdentityRoutesDeps } from '../identity.routes.ts';

/** A clock the test moves by hand. */
export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
}

export function testClock(start = new Date('2025-09-01T01:00:00.000Z')): TestClock {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advance(ms) {
      at += ms;
    },
  };
}

export interface IdentityTestApp {
  app: FastifyInstance;
  /** Every log line the app wrote, at trace level. */
  logs: string[];
}

export interface IdentityTestAppOptions {
  database: Database;
  keyProvider: KeyProvider;
  clock: TestClock;
  mode?: IdentityRoutesDeps['mode'];
  loginRateLimit?: IdentityRoutesDeps['loginRateLimit'];
  /** Register cookies on the root instance, as the app does (default), or leave it to the plugin. */
  rootCookies?: boolean;
}

/**
 * The identity routes on a bare Fastify app with the shared error handler, plus
 * `/api/v1/:tenant/test/guarded` (any method) behind `createOfficerAuth`, as another module would use it.
 */
export async function buildIdentityTestApp(options: IdentityTestAppOptions): Promise<IdentityTestApp> {
  const logs: string[] = [];
  const loggerInstance: FastifyBaseLogger = createLogger('trace', { write: (line: string) => void logs.push(line) });
  const app = Fastify({ loggerInstance, genReqId: () => newId(), trustProxy: true });
  registerErrorHandling(app);
  if (options.rootCookies !== false) await registerCookies(app);
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const resolveTenant = createTenantResolver(options.database, 0);
  await typed.register(
    identityRoutes({
      resolveTenant,
      database: options.database,
      keyProvider: options.keyProvider,
      mode: options.mode ?? 'test',
      secureCookies: false,
      now: options.clock.now,
      loginRateLimit: options.loginRateLimit ?? { max: 1000, timeWindowMs: 60_000 },
    }),
  );
  const authenticate = createOfficerAuth({ database: options.database, now: options.clock.now });
  typed.route({
    method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    url: '/api/v1/:tenant/test/guarded',
    handler: async (request) => {
      const { tenant } = request.params as { tenant: string };
      const officer = await authenticate(request, (await resolveTenant(tenant)).id);
      return { id: officer.id, tenantId: officer.tenantId, roles: officer.roles };
    },
  });
  await app.ready();
  return { app, logs };
}

export function newKeyProvider(): KeyProvider {
  return masterKeyProvider(randomBytes(32));
}

/** Unit e-ID codes of a province, in code order. */
export async function unitEids(database: Database, tenantId: string): Promise<string[]> {
  const units = await withTx(database, tenantId, (tx) => listUnits(tx, tenantId));
  return units.map((u) => u.eid);
}

/** The session cookie a response sets, with its attributes. */
export function sessionCookie(response: LightMyRequestResponse): { value: string; attributes: string } | undefined {
  const header = response.headers['set-cookie'];
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  const line = lines.find((l) => l.startsWith('motcua_session='));
  if (line === undefined) return undefined;
  const [pair = '', ...rest] = line.split(';');
  return { value: pair.slice('motcua_session='.length), attributes: rest.join(';') };
}
