import { sql } from 'drizzle-orm';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { withSystemTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { adminUnits } from '../../../platform/db/schema/index.ts';
import { ImportRejectedError, type RowProblem } from '../../../platform/errors.ts';
import type { SourcedRecord } from '../../../platform/files/json-records.ts';

const Commune = Type.Object({
  Code: Type.String({ pattern: '^[0-9]{5}$' }),
  Name: Type.String({ minLength: 1 }),
  NameEn: Type.Optional(Type.String()),
  FullName: Type.String({ minLength: 1 }),
  ProvinceCode: Type.Optional(Type.String({ pattern: '^[0-9]{2}$' })),
  AdministrativeUnitShortName: Type.String({ minLength: 1 }),
});

/**
 * A province as the reference dataset of 2025 administrative units publishes it (QĐ 19/2025/QĐ-TTg),
 * with its communes, wards and special zones under `Wards`.
 */
export const AdminProvince = Type.Object({
  Code: Type.String({ pattern: '^[0-9]{2}$' }),
  Name: Type.String({ minLength: 1 }),
  NameEn: Type.Optional(Type.String()),
  FullName: Type.String({ minLength: 1 }),
  AdministrativeUnitShortName: Type.String({ minLength: 1 }),
  Wards: Type.Array(Commune),
});
export type AdminProvince = Static<typeof AdminProvince>;

/** One row of the reference table as written. */
export type AdminUnitRow = typeof adminUnits.$inferInsert;
type Row = AdminUnitRow;

function rowsOf(province: AdminProvince): Row[] {
  const head: Row = {
    code: province.Code,
    kind: 'province',
    name: province.Name.normalize('NFC'),
    fullName: province.FullName.normalize('NFC'),
    nameEn: province.NameEn ?? null,
    provinceCode: null,
    unitType: province.AdministrativeUnitShortName.normalize('NFC'),
  };
  const communes = province.Wards.map((w): Row => ({
    code: w.Code,
    kind: 'commune',
    name: w.Name.normalize('NFC'),
    fullName: w.FullName.normalize('NFC'),
    nameEn: w.NameEn ?? null,
    provinceCode: province.Code,
    unitType: w.AdministrativeUnitShortName.normalize('NFC'),
  }));
  return [head, ...communes];
}

/** Checks a reference file before anything is written: every bad record, and codes that repeat. */
export function checkAdminUnits(records: readonly SourcedRecord[]): { rows: Row[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    if (!Value.Check(AdminProvince, record.value)) {
      for (const e of [...Value.Errors(AdminProvince, record.value)].slice(0, 5)) {
        problems.push({ line: record.line, message: `${e.path || '/'}: ${e.message}` });
      }
      continue;
    }
    for (const row of rowsOf(record.value)) {
      const before = seen.get(row.code);
      if (before !== undefined)
        problems.push({ line: record.line, message: `code ${row.code} repeats (line ${before})` });
      seen.set(row.code, record.line);
      if (row.provinceCode && row.provinceCode !== record.value.Code) {
        problems.push({ line: record.line, message: `commune ${row.code} names province ${row.provinceCode}` });
      }
      rows.push(row);
    }
  }
  return { rows, problems };
}

/**
 * Loads the national administrative units (create or update by code) in one transaction. Any bad
 * record rejects the whole file, listing every problem with its line.
 */
export async function importAdminUnits(
  database: Database,
  records: readonly SourcedRecord[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ provinces: number; communes: number }> {
  const { rows, problems } = checkAdminUnits(records);
  if (problems.length > 0)
    throw new ImportRejectedError('TENANT.ADMIN_UNITS_INVALID', 'administrative units', problems);
  await withSystemTx(database, (tx) => writeAdminUnits(tx, rows, onProgress));
  const provinces = rows.filter((r) => r.kind === 'province').length;
  return { provinces, communes: rows.length - provinces };
}

/** Writes checked reference rows (create or update by code) inside the caller's transaction. */
export async function writeAdminUnits(
  tx: Tx,
  rows: readonly Row[],
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const batch = 500;
  for (let i = 0; i < rows.length; i += batch) {
    await tx
      .insert(adminUnits)
      .values(rows.slice(i, i + batch))
      .onConflictDoUpdate({
        target: adminUnits.code,
        set: {
          kind: sql`excluded.kind`,
          name: sql`excluded.name`,
          fullName: sql`excluded.full_name`,
          nameEn: sql`excluded.name_en`,
          provinceCode: sql`excluded.province_code`,
          unitType: sql`excluded.unit_type`,
          updatedAt: sql`now()`,
        },
      });
    onProgress?.(Math.min(i + batch, rows.length), rows.length);
  }
}
