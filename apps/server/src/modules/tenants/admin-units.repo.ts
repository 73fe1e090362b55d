import { inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { adminUnits, adminUnitSuccessors } from '../../platform/db/schema/index.ts';

/** The national administrative units among `codes` (provinces and communes), by code. */
export async function findAdminUnits(
  tx: Tx,
  codes: readonly string[],
): Promise<Map<string, { kind: string; provinceCode: string | null }>> {
  if (codes.length === 0) return new Map();
  const rows = await tx
    .select({ code: adminUnits.code, kind: adminUnits.kind, provinceCode: adminUnits.provinceCode })
    .from(adminUnits)
    .where(inArray(adminUnits.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, { kind: r.kind, provinceCode: r.provinceCode }]));
}

/** Records successors of merged or renumbered units (old code → new code), replacing earlier lines. */
export async function upsertSuccessors(
  tx: Tx,
  rows: readonly { oldCode: string; newCode: string; kind: 'province' | 'commune' }[],
  source: string,
): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insert(adminUnitSuccessors)
    .values(rows.map((r) => ({ ...r, source })))
    .onConflictDoUpdate({
      target: adminUnitSuccessors.oldCode,
      set: { newCode: sql`excluded.new_code`, kind: sql`excluded.kind`, source, importedAt: sql`now()` },
    });
}
