import type { LookupKind } from '@motcua/contracts';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { lookupDatasets, lookupRecords } from '../../platform/db/schema/index.ts';
import type { CheckedRow } from './domain/check-rows.ts';
import type { StoredRow } from './domain/provider.ts';

export interface DatasetRow {
  kind: LookupKind;
  source: string;
  sample: boolean;
  rowCount: number;
  importedAt: Date;
  importedBy: string;
}

export interface DatasetMeta {
  source: string;
  sample: boolean;
  importedBy: string;
  importedAt: Date;
}

const datasetColumns = {
  kind: lookupDatasets.kind,
  source: lookupDatasets.source,
  sample: lookupDatasets.sample,
  rowCount: lookupDatasets.rowCount,
  importedAt: lookupDatasets.importedAt,
  importedBy: lookupDatasets.importedBy,
};

export async function listDatasets(tx: Tx, tenantId: string): Promise<DatasetRow[]> {
  const rows = await tx.select(datasetColumns).from(lookupDatasets).where(eq(lookupDatasets.tenantId, tenantId));
  return rows as DatasetRow[];
}

export async function findDataset(tx: Tx, tenantId: string, kind: LookupKind): Promise<DatasetRow | undefined> {
  const rows = await tx
    .select(datasetColumns)
    .from(lookupDatasets)
    .where(and(eq(lookupDatasets.tenantId, tenantId), eq(lookupDatasets.kind, kind)));
  return rows[0] as DatasetRow | undefined;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Rows whose key equals `key` (`equals`) or contains it (`contains`: exact names first, then names
 * starting with it), in file order; at most `limit`, with the number of all matches.
 */
export async function searchRecords(
  tx: Tx,
  tenantId: string,
  kind: LookupKind,
  match: 'equals' | 'contains',
  key: string,
  limit: number,
): Promise<{ rows: StoredRow[]; total: number }> {
  const scope = and(eq(lookupRecords.tenantId, tenantId), eq(lookupRecords.kind, kind));
  const condition =
    match === 'equals'
      ? eq(lookupRecords.searchKey, key)
      : sql`${lookupRecords.searchKey} like ${`%${escapeLike(key)}%`}`;
  const order =
    match === 'equals'
      ? [asc(lookupRecords.line)]
      : [
          sql`case when ${lookupRecords.searchKey} = ${key} then 0
                   when ${lookupRecords.searchKey} like ${`${escapeLike(key)}%`} then 1 else 2 end`,
          asc(lookupRecords.line),
        ];
  const rows = await tx
    .select({ data: lookupRecords.data, total: sql<number>`count(*) over ()::int` })
    .from(lookupRecords)
    .where(and(scope, condition))
    .orderBy(...order)
    .limit(limit);
  return { rows: rows.map((r) => r.data as StoredRow), total: rows[0]?.total ?? 0 };
}

const BATCH = 1_000;

/**
 * Replaces the province's dataset of `kind` with `rows` inside the caller's transaction: readers
 * see the old dataset until it commits, then the new one whole.
 */
export async function replaceDataset(
  tx: Tx,
  tenantId: string,
  kind: LookupKind,
  meta: DatasetMeta,
  rows: readonly CheckedRow[],
): Promise<DatasetRow> {
  const values = { ...meta, rowCount: rows.length };
  await tx
    .insert(lookupDatasets)
    .values({ tenantId, kind, ...values })
    .onConflictDoUpdate({ target: [lookupDatasets.tenantId, lookupDatasets.kind], set: values });
  await tx.delete(lookupRecords).where(and(eq(lookupRecords.tenantId, tenantId), eq(lookupRecords.kind, kind)));
  for (let start = 0; start < rows.length; start += BATCH) {
    await tx.insert(lookupRecords).values(
      rows.slice(start, start + BATCH).map((row) => ({
        tenantId,
        kind,
        line: row.line,
        searchKey: row.key,
        data: row.row,
      })),
    );
  }
  return { kind, ...values };
}
