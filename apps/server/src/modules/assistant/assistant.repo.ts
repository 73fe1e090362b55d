import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { uploadReadings } from '../../platform/db/schema/index.ts';

/** A reading's row: the verdict and where the sealed result is; never the content in clear. */
export type ReadingRow = typeof uploadReadings.$inferSelect;

/** What the reading job records (the row is replaced when the photo is read again). */
export type NewReading = Omit<ReadingRow, 'tenantId' | 'textFound'> & { textFound: boolean };

/** Inserts or replaces the upload's reading. */
export async function saveReading(tx: Tx, tenantId: string, reading: NewReading): Promise<void> {
  const { uploadId, ...rest } = reading;
  await tx
    .insert(uploadReadings)
    .values({ tenantId, uploadId, ...rest })
    .onConflictDoUpdate({ target: [uploadReadings.tenantId, uploadReadings.uploadId], set: rest });
}

/** The readings of these uploads of the tenant. */
export async function findReadings(tx: Tx, tenantId: string, uploadIds: readonly string[]): Promise<ReadingRow[]> {
  if (uploadIds.length === 0) return [];
  return tx
    .select()
    .from(uploadReadings)
    .where(and(eq(uploadReadings.tenantId, tenantId), inArray(uploadReadings.uploadId, [...uploadIds])));
}
