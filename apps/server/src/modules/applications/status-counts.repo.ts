import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';

/**
 * Dossiers per status held by the given units, from the counts a trigger keeps (migration 0019)
 * plus the changes not folded yet: the inbox's tabs without counting the units' dossiers.
 */
export async function readStatusCounts(
  tx: Tx,
  tenantId: string,
  unitIds: readonly string[],
): Promise<{ status: string; n: number }[]> {
  const units = sql`${sql.param([...unitIds])}::uuid[]`;
  const result = await tx.execute(sql`
    select status, sum(n)::int as n
      from (select status, n from application_status_counts where tenant_id = ${tenantId} and unit_id = any(${units})
            union all
            select status, n from application_status_count_changes
             where tenant_id = ${tenantId} and unit_id = any(${units})) as c
     group by status
    having sum(n) <> 0`);
  return result.rows as unknown as { status: string; n: number }[];
}

/** Folds a province's pending status count changes into the counts; returns how many were folded. */
export async function foldStatusCountChanges(tx: Tx, tenantId: string): Promise<number> {
  const result = await tx.execute(sql`select motcua_fold_status_count_changes(${tenantId}) as folded`);
  return (result.rows[0] as { folded: number } | undefined)?.folded ?? 0;
}
