import { timingSafeEqual } from 'node:crypto';
import type { ApiKeyScope } from '@motcua/contracts';
import { withTx } from '../../../platform/db/database.ts';
import { findKeyByPrefix, touchApiKey } from '../api-keys.repo.ts';
import { bearerKey, hasScope, prefixOf } from '../domain/api-key-format.ts';
import { IntegratorUnauthenticatedError, ScopeMissingError } from '../integrations.errors.ts';
import type { IntegrationsDeps } from '../ports.ts';
import { hashKey } from './manage-api-keys.ts';

/** The key behind an integrator's request. */
export interface Integrator {
  keyId: string;
  scopes: string[];
}

/** `last_used_at` is written at most this often per key, not on every request. */
const TOUCH_EVERY_MS = 60_000;

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Authenticates `Authorization: Bearer <key>` within one province and checks its scope. A missing,
 * malformed, unknown or revoked key, and a key of another province, all get the same 401; a valid
 * key without the scope gets 403.
 */
export async function authenticateIntegrator(
  deps: Pick<IntegrationsDeps, 'database' | 'now'>,
  authorization: string | undefined,
  tenantId: string,
  scope: ApiKeyScope,
): Promise<Integrator> {
  const key = bearerKey(authorization);
  const prefix = key === undefined ? undefined : prefixOf(key);
  if (key === undefined || prefix === undefined) throw new IntegratorUnauthenticatedError();
  const now = deps.now();
  return withTx(deps.database, tenantId, async (tx) => {
    const stored = await findKeyByPrefix(tx, tenantId, prefix);
    if (!stored || stored.revokedAt !== null || !sameHash(hashKey(key), stored.secretHash)) {
      throw new IntegratorUnauthenticatedError();
    }
    if (!hasScope(stored.scopes, scope)) throw new ScopeMissingError(scope);
    if (stored.lastUsedAt === null || now.getTime() - stored.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
      await touchApiKey(tx, tenantId, stored.id, now);
    }
    return { keyId: stored.id, scopes: stored.scopes };
  });
}
