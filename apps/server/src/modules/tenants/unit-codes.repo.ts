import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';

export interface ProvinceUnitRemap {
  /** The province's units whose area code moved, by old code. */
  units: Map<string, number>;
  /** The province's own code, when a line moved it. */
  province: { from: string; to: string } | undefined;
  /** Another province already holds the new province code: the province's code was left alone. */
  provinceConflict: string | undefined;
  /** Every area code the province's units carry after the move. */
  codes: Set<string>;
}

/**
 * Moves a province's own records from old administrative-unit codes to new ones inside the
 * caller's transaction: the area codes of its units, and its province code (QĐ 19/2025) when a
 * line maps it, unless another province already holds the new code.
 */
export async function remapProvinceUnitCodes(
  tx: Tx,
  tenantId: string,
  mapping: ReadonlyMap<string, string>,
): Promise<ProvinceUnitRemap> {
  const result: ProvinceUnitRemap = {
    units: new Map(),
    province: undefined,
    provinceConflict: undefined,
    codes: new Set(),
  };
  const pairs = JSON.stringify([...mapping].map(([from, to]) => ({ from, to })));
  const moved = await tx.execute<{ code: string; n: number }>(sql`
    with m as (select * from jsonb_to_recordset(${pairs}::jsonb) as m("from" text, "to" text)),
    moved as (
      update units u set admin_unit_code = m."to"
        from m where u.tenant_id = ${tenantId} and u.admin_unit_code = m."from"
      returning m."from" as code)
    select code, count(*)::int as n from moved group by code`);
  for (const row of moved.rows) result.units.set(row.code, row.n);
  const own = await tx.execute<{ code: string }>(sql`select national_code as code from tenants where id = ${tenantId}`);
  const code = own.rows[0]?.code;
  const next = code === undefined ? undefined : mapping.get(code);
  if (code !== undefined && next !== undefined) {
    const holder = await tx.execute<{ slug: string }>(
      sql`select slug from tenants where national_code = ${next} and id <> ${tenantId}`,
    );
    if (holder.rows[0]) result.provinceConflict = holder.rows[0].slug;
    else {
      await tx.execute(sql`update tenants set national_code = ${next} where id = ${tenantId}`);
      result.province = { from: code, to: next };
    }
  }
  const codes = await tx.execute<{ code: string }>(sql`
    select distinct admin_unit_code as code from units where tenant_id = ${tenantId} and admin_unit_code is not null`);
  for (const row of codes.rows) result.codes.add(row.code);
  return result;
}
