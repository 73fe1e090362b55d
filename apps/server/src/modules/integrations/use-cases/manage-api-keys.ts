import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { ApiKey, CreatedApiKey, NewApiKey } from '@motcua/contracts';
import { withTx } from '../../../platform/db/database.ts';
import { idempotent } from '../../../platform/idempotency.ts';
import { newId } from '../../../platform/ids.ts';
import * as repo from '../api-keys.repo.ts';
import { ApiKeyNotFoundError } from '../integrations.errors.ts';
import type { IntegrationsDeps } from '../ports.ts';
import { recordAudit } from './record-audit.ts';

const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A new key `mc_<8>_<43>` and its prefix; only its hash is stored. */
function newKey(): { key: string; prefix: string } {
  const prefix = `mc_${Array.from({ length: 8 }, () => PREFIX_ALPHABET[randomInt(PREFIX_ALPHABET.length)] ?? 'a').join('')}`;
  return { key: `${prefix}_${randomBytes(32).toString('base64url')}`, prefix };
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

type Deps = Pick<IntegrationsDeps, 'database' | 'now'>;

/**
 * Creates an API key for an integrator. The whole key is in the answer to this request only; a
 * repeated request (same Idempotency-Key) answers the key without it, since it is not stored.
 */
export async function createApiKey(
  deps: Deps,
  tenantId: string,
  officerId: string,
  input: NewApiKey,
  idempotencyKey: string | undefined,
): Promise<CreatedApiKey> {
  const now = deps.now();
  const name = input.name.normalize('NFC').trim();
  const fresh = newKey();
  return withTx(deps.database, tenantId, async (tx) => {
    const result = await idempotent(tx, tenantId, 'integrations.key.create', idempotencyKey, input, async () => {
      const id = newId();
      await repo.insertApiKey(tx, {
        tenantId,
        id,
        name,
        prefix: fresh.prefix,
        secretHash: hashKey(fresh.key),
        scopes: input.scopes,
        createdBy: officerId,
        createdAt: now,
      });
      await recordAudit(
        tx,
        tenantId,
        { kind: 'officer', id: officerId },
        {
          action: 'integration.key.create',
          subjectType: 'api_key',
          subjectId: id,
          detail: { prefix: fresh.prefix, scopes: input.scopes.join(' ') },
        },
        now,
      );
      return { status: 201, body: { id } };
    });
    const created = await repo.findApiKey(tx, tenantId, result.body.id);
    if (!created) throw new ApiKeyNotFoundError();
    return result.replayed ? created : { ...created, secret: fresh.key };
  });
}

export async function listApiKeys(deps: Deps, tenantId: string): Promise<ApiKey[]> {
  return withTx(deps.database, tenantId, (tx) => repo.listApiKeys(tx, tenantId));
}

/** Revokes a key at once: its next request is refused. Revoking it again changes nothing. */
export async function revokeApiKey(deps: Deps, tenantId: string, officerId: string, id: string): Promise<ApiKey> {
  const now = deps.now();
  return withTx(deps.database, tenantId, async (tx) => {
    const outcome = await repo.revokeApiKey(tx, tenantId, id, officerId, now);
    if (!outcome.found) throw new ApiKeyNotFoundError();
    if (!outcome.alreadyRevoked) {
      await recordAudit(
        tx,
        tenantId,
        { kind: 'officer', id: officerId },
        { action: 'integration.key.revoke', subjectType: 'api_key', subjectId: id },
        now,
      );
    }
    const key = await repo.findApiKey(tx, tenantId, id);
    if (!key) throw new ApiKeyNotFoundError();
    return key;
  });
}
