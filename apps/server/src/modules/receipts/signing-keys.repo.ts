import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { signingKeys } from '../../platform/db/schema/index.ts';

/** A stored signing key: the public JWK in clear, the private JWK sealed. */
export interface SigningKeyRow {
  kid: string;
  publicJwk: unknown;
  privateJwkSealed: string;
}

/**
 * Serialises key creation for one tenant until the transaction ends. A transaction-scoped advisory
 * lock, because the primary key (tenant, random kid) cannot make two concurrent creators collide.
 */
export async function lockTenantSigningKeys(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`signing-key:${tenantId}`}, 0))`);
}

/** The newest key of the tenant that is not retired, if any. */
export async function findActiveSigningKey(tx: Tx, tenantId: string): Promise<SigningKeyRow | undefined> {
  const rows = await tx
    .select({ kid: signingKeys.kid, publicJwk: signingKeys.publicJwk, privateJwkSealed: signingKeys.privateJwkSealed })
    .from(signingKeys)
    .where(and(eq(signingKeys.tenantId, tenantId), isNull(signingKeys.retiredAt)))
    .orderBy(desc(signingKeys.createdAt), desc(signingKeys.kid))
    .limit(1);
  return rows[0];
}

/** Inserts a key; a row with the same kid already there is left alone. */
export async function insertSigningKey(tx: Tx, tenantId: string, row: SigningKeyRow): Promise<void> {
  await tx
    .insert(signingKeys)
    .values({ tenantId, ...row })
    .onConflictDoNothing();
}

/**
 * Every public key of the tenant, retired ones included: a receipt printed months ago must still
 * verify. Deleting a row is how a compromised key is revoked.
 */
export async function listPublicKeys(tx: Tx, tenantId: string): Promise<{ kid: string; publicJwk: unknown }[]> {
  return tx
    .select({ kid: signingKeys.kid, publicJwk: signingKeys.publicJwk })
    .from(signingKeys)
    .where(eq(signingKeys.tenantId, tenantId))
    .orderBy(asc(signingKeys.createdAt), asc(signingKeys.kid));
}
