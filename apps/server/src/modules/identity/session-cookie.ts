import { fastifyCookie } from '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';

/** The officer session cookie. */
export const SESSION_COOKIE = 'motcua_session';

/**
 * Registers `@fastify/cookie` once, at the level it is called on (call it on the root instance so
 * every module's routes share it). Does nothing when cookies are already registered.
 */
export async function registerCookies(app: FastifyInstance): Promise<void> {
  if (app.hasDecorator('parseCookie')) return;
  await app.register(fastifyCookie);
}

/**
 * The session token of a request, read from the raw `Cookie` header so it works in any plugin
 * context, whether or not `@fastify/cookie` is registered there.
 */
export function readSessionToken(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.cookie;
  if (header === undefined || header === '') return undefined;
  const value = fastifyCookie.parse(header)[SESSION_COOKIE];
  return value === undefined || value === '' ? undefined : value;
}

export interface CookiePolicy {
  /** Always mark the cookie Secure (deployments behind HTTPS); otherwise only HTTPS requests get it. */
  secure: boolean;
}

function isSecure(policy: CookiePolicy, protocol: string): boolean {
  return policy.secure || protocol === 'https';
}

/** httpOnly, SameSite=Strict, Path=/, expiring with the session. */
export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  policy: CookiePolicy,
  now: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: isSecure(policy, reply.request.protocol),
    path: '/',
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
  });
}

export function clearSessionCookie(reply: FastifyReply, policy: CookiePolicy): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: isSecure(policy, reply.request.protocol),
    path: '/',
  });
}
