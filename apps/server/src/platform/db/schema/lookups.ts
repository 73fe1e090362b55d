import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from './tenants.ts';

const KINDS = sql`('land-price', 'traffic-fines', 'driving-licence')`;

/**
 * The province's current dataset of one civic look-up kind (bảng giá đất, phạt nguội, giấy phép
 * lái xe): where it came from, when and by whom it was imported, how many rows, and whether it is
 * sample data (every answer drawn from a sample dataset says so). An import replaces it whole.
 */
export const lookupDatasets = pgTable(
  'lookup_datasets',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** `land-price` | `traffic-fines` | `driving-licence`. */
    kind: text('kind').notNull(),
    /** What the data is, as the importer named it (a file name, a decision number). */
    source: text('source').notNull(),
    sample: boolean('sample').notNull(),
    rowCount: integer('row_count').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
    /** An officer's username, `cli:<name>` or `seed:demo`. */
    importedBy: text('imported_by').notNull(),
  },
  (t) => [
    primaryKey({ name: 'lookup_datasets_pkey', columns: [t.tenantId, t.kind] }),
    check('lookup_datasets_kind_check', sql`${t.kind} in ${KINDS}`),
  ],
);

/**
 * One row of a dataset: its line in the imported file, the key it is found by (the folded street
 * name, the normalised plate, the licence number) and the row as the provider parsed it.
 */
export const lookupRecords = pgTable(
  'lookup_records',
  {
    tenantId: uuid('tenant_id').notNull(),
    kind: text('kind').notNull(),
    line: integer('line').notNull(),
    searchKey: text('search_key').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [
    primaryKey({ name: 'lookup_records_pkey', columns: [t.tenantId, t.kind, t.line] }),
    foreignKey({
      name: 'lookup_records_dataset_fkey',
      columns: [t.tenantId, t.kind],
      foreignColumns: [lookupDatasets.tenantId, lookupDatasets.kind],
    }).onDelete('cascade'),
    index('lookup_records_key_idx').on(t.tenantId, t.kind, t.searchKey),
  ],
);
