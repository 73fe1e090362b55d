import type { IncomingHttpHeaders } from 'node:http';
import type { Database } from '../../platform/db/database.ts';
import { withTx } from '../../platform/db/database.ts';
import { hasRole, isRole, type Officer, type Role } from './domain/officer.ts';
import { isSessionLive, SESSION_IDLE_MS, shouldTouch } from './domain/session-policy.ts';
import { CsrfError, ForbiddenError, UnauthenticatedError } from './identity.errors.ts';
import { readSessionToken } from './session-cookie.ts';
import { hashToken, secretsEqual } from './session-token.ts';
import { findSessionOutsideTx, touchSession } from './sessions.repo.ts';

export interface OfficerAuthDeps {
  database: Database;
  now?: () => Date;
  /** Idle timeout; 30 minutes unless set. */
  idleTimeoutMs?: number;
}

/** What authentication needs of a request: a Fastify request fits. */
export interface RequestLike {
  method: string;
  headers: IncomingHttpHeaders;
}

/** The officer of a request, with the session it came with. */
export interface AuthenticatedSession {
  officer: Officer;
  sessionId: string;
  csrfToken: string;
}

export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

function checkCsrf(request: RequestLike, csrfToken: string): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !secretsEqual(sent, csrfToken)) throw new CsrfError();
}

/**
 * Authenticates a request against its session cookie within one province: the session must exist in
 * that province, be neither revoked nor past its absolute expiry, and have seen a request within the
 * idle timeout. Requests other than GET/HEAD/OPTIONS must also carry the session's CSRF token in
 * `x-csrf-token`. Throws `UnauthenticatedError` (401) or `CsrfError` (403).
 */
export async function authenticateSession(
  deps: OfficerAuthDeps,
  request: RequestLike,
  tenantId: string,
): Promise<AuthenticatedSession> {
  const token = readSessionToken(request.headers);
  if (token === undefined) throw new UnauthenticatedError();
  const now = deps.now?.() ?? new Date();
  const session = await findSessionOutsideTx(deps.database, tenantId, hashToken(token));
  if (!session || !isSessionLive(session, now, deps.idleTimeoutMs ?? SESSION_IDLE_MS)) {
    throw new UnauthenticatedError();
  }
  checkCsrf(request, session.csrfToken);
  if (shouldTouch(session, now)) {
    await withTx(deps.database, tenantId, (tx) => touchSession(tx, tenantId, session.id, now));
  }
  const officer: Officer = {
    ...session.officer,
    tenantId,
    roles: session.grants.flatMap((grant) => (isRole(grant.role) ? [{ unitId: grant.unitId, role: grant.role }] : [])),
  };
  return { officer, sessionId: session.id, csrfToken: session.csrfToken };
}

/** Resolves the signed-in officer of a request in a province, or throws 401/403 (see `authenticateSession`). */
export type Authenticate = (request: RequestLike, tenantId: string) => Promise<Officer>;

/**
 * The guard other modules put in front of officer routes:
 * `const officer = await authenticate(request, tenant.id)`, then `assertRole(officer, unitId, [...])`.
 */
export function createOfficerAuth(deps: OfficerAuthDeps): Authenticate {
  return async function authenticate(request, tenantId) {
    return (await authenticateSession(deps, request, tenantId)).officer;
  };
}

/** Throws `ForbiddenError` (403) unless the officer holds one of `roles` on `unitId` (see `hasRole`). */
export function assertRole(officer: Officer, unitId: string, roles: Role | readonly Role[]): void {
  if (!hasRole(officer, unitId, roles)) throw new ForbiddenError();
}
