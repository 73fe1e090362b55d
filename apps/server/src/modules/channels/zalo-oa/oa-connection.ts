import { eq } from 'drizzle-orm';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { zaloOaTokens } from '../../../platform/db/schema/index.ts';

/** Whether the province holds an OA token (it connected its OA). */
export async function hasOaToken(database: Database, tenantId: string): Promise<boolean> {
  const rows = await withTx(database, tenantId, (tx) =>
    tx.select({ id: zaloOaTokens.tenantId }).from(zaloOaTokens).where(eq(zaloOaTokens.tenantId, tenantId)),
  );
  return rows.length > 0;
}
