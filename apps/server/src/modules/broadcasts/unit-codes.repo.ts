import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';

export interface BroadcastUnitRemap {
  /** Followers moved to the new commune, by old code. */
  followers: Map<string, number>;
  /** Broadcasts not yet sent whose commune targets were moved, by old code. */
  broadcasts: Map<string, number>;
  /** Every commune code followers carry after the move. */
  codes: Set<string>;
}

/**
 * Moves a province's OA followers and its scheduled broadcasts' commune targets from old commune
 * codes to new ones, inside the caller's transaction. Broadcasts already sent keep their targets.
 */
export async function remapBroadcastUnitCodes(
  tx: Tx,
  tenantId: string,
  mapping: ReadonlyMap<string, string>,
): Promise<BroadcastUnitRemap> {
  const result: BroadcastUnitRemap = { followers: new Map(), broadcasts: new Map(), codes: new Set() };
  const pairs = JSON.stringify([...mapping].map(([from, to]) => ({ from, to })));
  const moved = await tx.execute<{ code: string; n: number }>(sql`
    with m as (select * from jsonb_to_recordset(${pairs}::jsonb) as m("from" text, "to" text)),
    moved as (
      update zalo_followers f set commune_code = m."to", updated_at = now()
        from m where f.tenant_id = ${tenantId} and f.commune_code = m."from"
      returning m."from" as code)
    select code, count(*)::int as n from moved group by code`);
  for (const row of moved.rows) result.followers.set(row.code, row.n);
  const scheduled = await tx.execute<{ id: string; target: { communes?: unknown } }>(sql`
    select id, target from broadcasts
     where tenant_id = ${tenantId} and status = 'scheduled' and jsonb_typeof(target->'communes') = 'array'
     for update`);
  for (const row of scheduled.rows) {
    const communes = Array.isArray(row.target.communes) ? row.target.communes.map(String) : [];
    const changed = communes.filter((c) => mapping.has(c));
    if (changed.length === 0) continue;
    for (const code of changed) result.broadcasts.set(code, (result.broadcasts.get(code) ?? 0) + 1);
    const next = [...new Set(communes.map((c) => mapping.get(c) ?? c))];
    await tx.execute(sql`
      update broadcasts set target = ${JSON.stringify({ ...row.target, communes: next })}::jsonb
       where tenant_id = ${tenantId} and id = ${row.id}`);
  }
  const codes = await tx.execute<{ code: string }>(sql`
    select distinct commune_code as code from zalo_followers
     where tenant_id = ${tenantId} and commune_code is not null`);
  for (const row of codes.rows) result.codes.add(row.code);
  return result;
}
