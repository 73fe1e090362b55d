import { verifyAuditChain, type ChainCheck } from '../../../platform/audit.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';

/**
 * Recomputes a province's hash-chained audit log (`motcua audit verify`): `ok: false` with the first
 * broken sequence number when any row was changed, inserted or removed.
 */
export async function verifyAudit(database: Database, tenantId: string): Promise<ChainCheck> {
  return withTx(database, tenantId, (tx) => verifyAuditChain(tx, tenantId));
}
