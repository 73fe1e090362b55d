import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LoginBody, OfficerSession, Problem, TenantParams } from '@motcua/contracts';
import type { KeyProvider } from '../../platform/crypto/key-provider.ts';
import type { Database } from '../../platform/db/database.ts';
import { normalizeUsername } from './domain/officer.ts';
import { AccountLockedError } from './identity.errors.ts';
import { authenticateSession, createOfficerAuth } from './officer-auth.ts';
import { clearSessionCookie, readSessionToken, registerCookies, setSessionCookie } from './session-cookie.ts';
import { getOfficerProfile } from './use-cases/get-officer-profile.ts';
import { login } from './use-cases/login.ts';
import { logout } from './use-cases/logout.ts';
import { unitOfficersRoutes } from './unit-officers.routes.ts';

export interface IdentityRoutesDeps {
  resolveTenant: (slug: string) => Promise<{ id: string; slug: string }>;
  database: Database;
  keyProvider: KeyProvider;
  /** Outside `demo` the demo password is refused at sign-in. */
  mode: 'demo' | 'production' | 'test';
  /** Mark the session cookie Secure on every response (set behind HTTPS); HTTPS requests always get it. */
  secureCookies: boolean;
  now?: () => Date;
  /** Sign-in attempts allowed per client address and username; 10 a minute unless set. */
  loginRateLimit?: { max: number; timeWindowMs: number };
}

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 429: Problem };

function loginRateKey(request: FastifyRequest): string {
  const body = request.body;
  const username =
    typeof body === 'object' && body !== null && 'username' in body && typeof body.username === 'string'
      ? normalizeUsername(body.username)
      : '';
  return `${request.ip}\n${request.url.split('?')[0] ?? ''}\n${username}`;
}

function noStore(reply: FastifyReply): void {
  reply.header('cache-control', 'no-store');
}

/**
 * Officers' sign-in, sign-out and current session (API.md § Officers), and the officers of a unit
 * for its colleagues. Registers `@fastify/cookie` (when absent) and a route-level
 * `@fastify/rate-limit` inside its own context.
 */
export function identityRoutes(deps: IdentityRoutesDeps): FastifyPluginAsyncTypebox {
  const now = deps.now ?? (() => new Date());
  const cookiePolicy = { secure: deps.secureCookies };
  const authDeps = { database: deps.database, now };
  const limit = deps.loginRateLimit ?? { max: 10, timeWindowMs: 60_000 };
  return async function register(app) {
    await registerCookies(app);
    if (!app.hasDecorator('rateLimit')) await app.register(fastifyRateLimit, { global: false });

    app.post(
      '/api/v1/:tenant/auth/login',
      {
        config: {
          rateLimit: { max: limit.max, timeWindow: limit.timeWindowMs, keyGenerator: loginRateKey, hook: 'preHandler' },
        },
        schema: {
          tags: ['officers'],
          summary: 'Sign an officer in; sets the httpOnly session cookie',
          params: TenantParams,
          body: LoginBody,
          response: { 200: OfficerSession, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const { username, password, totp } = request.body;
        const presentedToken = readSessionToken(request.headers);
        const input = { tenantId: tenant.id, username, password, totp, presentedToken, requestId: request.id };
        noStore(reply);
        try {
          const result = await login({ ...deps, now }, input);
          setSessionCookie(reply, result.token, result.expiresAt, cookiePolicy, now());
          return { officer: result.officer, csrfToken: result.csrfToken };
        } catch (error) {
          if (error instanceof AccountLockedError) reply.header('retry-after', String(error.retryAfterSeconds));
          throw error;
        }
      },
    );

    app.post(
      '/api/v1/:tenant/auth/logout',
      {
        schema: {
          tags: ['officers'],
          summary: 'Sign out: revokes the session (needs the x-csrf-token header)',
          params: TenantParams,
          response: { 204: Type.Null(), ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const { officer, sessionId } = await authenticateSession(authDeps, request, tenant.id);
        await logout(authDeps, { tenantId: tenant.id, sessionId, officerId: officer.id, requestId: request.id });
        clearSessionCookie(reply, cookiePolicy);
        return reply.status(204).send(null);
      },
    );

    await app.register(
      unitOfficersRoutes({
        database: deps.database,
        resolveTenant: deps.resolveTenant,
        authenticate: createOfficerAuth(authDeps),
      }),
    );

    app.get(
      '/api/v1/:tenant/auth/me',
      {
        schema: {
          tags: ['officers'],
          summary: 'The signed-in officer, roles by unit, and the session’s CSRF token',
          params: TenantParams,
          response: { 200: OfficerSession, ...problems },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const session = await authenticateSession(authDeps, request, tenant.id);
        noStore(reply);
        return { officer: await getOfficerProfile(deps.database, session.officer), csrfToken: session.csrfToken };
      },
    );
  };
}
