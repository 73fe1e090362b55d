import { and, eq, like, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { tenantSettings, zaloOaTokens } from '../../platform/db/schema/index.ts';
import { CONSENT_KEY_PREFIX } from './zalo-connection.ts';

/** The province's OA token row, without its sealed tokens: whether and until when it is connected. */
export async function findOaTokenStatus(tx: Tx, tenantId: string): Promise<{ accessExpiresAt: Date } | undefined> {
  const rows = await tx
    .select({ accessExpiresAt: zaloOaTokens.accessExpiresAt })
    .from(zaloOaTokens)
    .where(eq(zaloOaTokens.tenantId, tenantId))
    .limit(1);
  return rows[0];
}

/** Forgets the OA's tokens; true when there were some. */
export async function deleteOaTokens(tx: Tx, tenantId: string): Promise<boolean> {
  const deleted = await tx
    .delete(zaloOaTokens)
    .where(eq(zaloOaTokens.tenantId, tenantId))
    .returning({ tenantId: zaloOaTokens.tenantId });
  return deleted.length > 0;
}

export async function deleteSetting(tx: Tx, tenantId: string, key: string): Promise<void> {
  await tx.delete(tenantSettings).where(and(eq(tenantSettings.tenantId, tenantId), eq(tenantSettings.key, key)));
}

/**
 * Removes a setting and returns its value, in one statement: of two requests taking the same key
 * only one gets it, which makes a consent's state single use.
 */
export async function takeSetting(tx: Tx, tenantId: string, key: string): Promise<unknown> {
  const rows = await tx
    .delete(tenantSettings)
    .where(and(eq(tenantSettings.tenantId, tenantId), eq(tenantSettings.key, key)))
    .returning({ value: tenantSettings.value });
  return rows[0]?.value;
}

/** Drops consents whose 10 minutes are over (abandoned on Zalo's page), so they do not pile up. */
export async function deleteExpiredConsents(tx: Tx, tenantId: string, now: Date): Promise<void> {
  await tx
    .delete(tenantSettings)
    .where(
      and(
        eq(tenantSettings.tenantId, tenantId),
        like(tenantSettings.key, `${CONSENT_KEY_PREFIX}%`),
        sql`coalesce((${tenantSettings.value} ->> 'expiresAt')::timestamptz, '-infinity') <= ${now.toISOString()}::timestamptz`,
      ),
    );
}
