import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Problem } from '@motcua/contracts';
import { Type } from '@sinclair/typebox';
import type { Tenant } from '../../tenants/index.ts';
import {
  authenticateCitizen,
  CITIZEN_COOKIE,
  requestCitizenOtp,
  signOutCitizen,
  verifyCitizenOtp,
} from './citizen-sign-in.ts';
import { signInWithZalo, type ZaloSignInDeps } from './zalo-sign-in.ts';

export interface CitizenRoutesDeps extends ZaloSignInDeps {
  resolveTenant: (slug: string) => Promise<Tenant>;
  /** The demo province shows the code on screen, since no channel delivers it. */
  revealCodes: boolean;
  secureCookies: boolean;
}

const TenantParams = Type.Object({ tenant: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 }) });
/** A Vietnamese mobile number: 0 or 84 / +84, then a mobile prefix and eight digits. */
const Phone = Type.String({ pattern: '^(0|\\+?84)[35789][0-9]{8}$', description: 'e.g. 0912345678' });
const CitizenView = Type.Object({ phone: Type.String(), name: Type.Optional(Type.String()) });
const BearerSession = Type.Object({
  phone: Type.String(),
  name: Type.Optional(Type.String()),
  token: Type.String({ description: 'Send as `Authorization: Bearer <token>` on citizen routes' }),
  expiresAt: Type.String(),
});

/** E.164 without '+': 84 and nine digits. */
export function toE164(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('84') ? digits : `84${digits.slice(1)}`;
}

function localPhone(e164: string): string {
  return `0${e164.slice(2)}`;
}

/**
 * Citizens' sign-in: on the web a one-time code to their phone, then an httpOnly session cookie; in
 * the Zalo Mini App, Zalo's tokens exchanged for a bearer session token.
 */
export function citizenRoutes(deps: CitizenRoutesDeps): FastifyPluginAsyncTypebox {
  return async function register(app) {
    // Route `rateLimit` settings do nothing unless the plugin is registered in this context.
    if (!app.hasDecorator('rateLimit')) await app.register(fastifyRateLimit, { global: false });
    const limit = { rateLimit: { max: 10, timeWindow: '1 minute' } };

    app.post(
      '/api/v1/:tenant/citizen/otp',
      {
        config: limit,
        schema: {
          tags: ['citizens'],
          summary: 'Send a six-digit sign-in code to a phone number (3 per 15 minutes per number)',
          params: TenantParams,
          body: Type.Object({ phone: Phone }),
          response: {
            202: Type.Object({ expiresAt: Type.String(), devCode: Type.Optional(Type.String()) }),
            400: Problem,
            429: Problem,
          },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const sent = await requestCitizenOtp(deps, {
          tenantId: tenant.id,
          phone: toE164(request.body.phone),
          revealCode: deps.revealCodes,
        });
        return reply.status(202).send({
          expiresAt: sent.expiresAt.toISOString(),
          ...(sent.devCode ? { devCode: sent.devCode } : {}),
        });
      },
    );

    app.post(
      '/api/v1/:tenant/citizen/session',
      {
        config: limit,
        schema: {
          tags: ['citizens'],
          summary: 'Sign in with the phone number and the code sent to it',
          params: TenantParams,
          body: Type.Object({ phone: Phone, code: Type.String({ pattern: '^[0-9]{6}$' }) }),
          response: { 200: CitizenView, 400: Problem, 401: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const signedIn = await verifyCitizenOtp(deps, {
          tenantId: tenant.id,
          phone: toE164(request.body.phone),
          code: request.body.code,
        });
        reply.setCookie(CITIZEN_COOKIE, signedIn.token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: deps.secureCookies || request.protocol === 'https',
          path: '/',
          expires: signedIn.expiresAt,
        });
        return {
          phone: localPhone(signedIn.citizen.phone),
          ...(signedIn.citizen.fullName ? { name: signedIn.citizen.fullName } : {}),
        };
      },
    );

    app.post(
      '/api/v1/:tenant/citizen/zalo-session',
      {
        config: limit,
        schema: {
          tags: ['citizens'],
          summary:
            'Sign in from the Zalo Mini App: the user access token (getAccessToken) and, the first time, the phone token (getPhoneNumber)',
          params: TenantParams,
          body: Type.Object(
            {
              accessToken: Type.String({ minLength: 1, maxLength: 2048 }),
              phoneToken: Type.Optional(Type.String({ minLength: 1, maxLength: 2048 })),
            },
            { additionalProperties: false },
          ),
          response: { 200: BearerSession, 400: Problem, 401: Problem, 422: Problem, 429: Problem, 503: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const signedIn = await signInWithZalo(deps, {
          tenantId: tenant.id,
          accessToken: request.body.accessToken,
          phoneToken: request.body.phoneToken,
        });
        reply.header('cache-control', 'no-store');
        return {
          phone: localPhone(signedIn.citizen.phone),
          ...(signedIn.citizen.fullName ? { name: signedIn.citizen.fullName } : {}),
          token: signedIn.token,
          expiresAt: signedIn.expiresAt.toISOString(),
        };
      },
    );

    app.get(
      '/api/v1/:tenant/citizen/session',
      {
        schema: {
          tags: ['citizens'],
          summary: 'Who is signed in',
          params: TenantParams,
          response: { 200: CitizenView, 401: Problem },
        },
      },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        const citizen = await authenticateCitizen(deps, request.headers, tenant.id);
        reply.header('cache-control', 'private, no-store');
        return { phone: localPhone(citizen.phone), ...(citizen.fullName ? { name: citizen.fullName } : {}) };
      },
    );

    app.delete(
      '/api/v1/:tenant/citizen/session',
      { schema: { tags: ['citizens'], summary: 'Sign out', params: TenantParams } },
      async (request, reply) => {
        const tenant = await deps.resolveTenant(request.params.tenant);
        await signOutCitizen(deps, request.headers, tenant.id);
        reply.clearCookie(CITIZEN_COOKIE, { path: '/' });
        return reply.status(204).send();
      },
    );
  };
}
