import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { completeStoredAnswer } from '../../platform/idempotency.ts';
import {
  applicationDocuments,
  applicationEvents,
  applications,
  citizens,
  dossierCounters,
  handoffs,
  notificationIntents,
  officers,
} from '../../platform/db/schema/index.ts';

export type ApplicationRow = typeof applications.$inferSelect;
export type NewApplication = typeof applications.$inferInsert;
export type NewEvent = typeof applicationEvents.$inferInsert;

/**
 * Numbers a dossier inserted earlier in this transaction under its own id as code: takes the next
 * number of its unit's day and gives the dossier its code, in one statement. The counter row stays
 * locked until the transaction ends, so concurrent filings get distinct numbers, and a rolled-back
 * filing gives its number back (no gaps); the caller does this last, so the lock is held for this
 * statement and the commit only. With `idempotency`, the answer already stored under that key gets
 * the code in place of the dossier's id in the same statement. `format` is the code's definition;
 * the statement writes the same (unit e-ID, date, four digits or more) and is checked against it.
 */
export async function numberDossier(
  tx: Tx,
  dossier: { tenantId: string; id: string; unitId: string; day: string },
  format: (sequence: number) => string,
  idempotency?: { scope: string; key: string },
): Promise<string> {
  const sample = format(1);
  const prefix = sample.slice(0, sample.length - 4);
  const result = await tx.execute<{ code: string; last: number; stored: number }>(sql`
    with counter as (
      insert into ${dossierCounters} (tenant_id, unit_id, day, last)
      values (${dossier.tenantId}, ${dossier.unitId}, ${dossier.day}, 1)
      on conflict (tenant_id, unit_id, day) do update set last = ${dossierCounters}.last + 1
      returning last),
    coded as (
      update ${applications} set code = ${prefix} || lpad(counter.last::text, greatest(4, length(counter.last::text)), '0')
      from counter
      where ${applications}.tenant_id = ${dossier.tenantId} and ${applications}.id = ${dossier.id}
      returning ${applications}.code, counter.last),
    stored as (${completeStoredAnswer(dossier.tenantId, idempotency?.scope ?? '', idempotency?.key, {
      placeholder: dossier.id,
      value: sql`coded.code`,
      from: sql`coded`,
    })})
    select coded.code, coded.last, (select count(*) from stored)::int as stored from coded`);
  const row = result.rows[0];
  if (!row) throw new Error('dossier to number is missing');
  if (row.code !== format(row.last)) throw new Error(`dossier code ${row.code} is not the unit's format`);
  if (idempotency && row.stored !== 1) throw new Error('the stored answer to number is missing');
  return row.code;
}

/**
 * Finds or creates the citizen with this phone; the name and e-mail follow the latest filing. The
 * row is written (and so locked to the end of the transaction) only when it is new or the filing
 * changes it: a citizen filing twice at once, the same name on both, is not made to queue.
 */
export async function upsertCitizen(
  tx: Tx,
  tenantId: string,
  citizen: { id: string; phone: string; fullName: string; email: string | null },
): Promise<string> {
  // One round trip: the new row, or the one already there. A row another filing inserted and has
  // not committed yet is waited for by the insert but missed by the select (the statement's
  // snapshot is older), so an empty answer is asked again.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const found = await tx.execute<{ id: string; full_name: string; email: string | null; created: boolean }>(sql`
      with created as (
        insert into ${citizens} (tenant_id, id, phone, full_name, email)
        values (${tenantId}, ${citizen.id}, ${citizen.phone}, ${citizen.fullName}, ${citizen.email})
        on conflict (tenant_id, phone) do nothing
        returning id, full_name, email, true as created)
      select * from created
      union all
      select id, full_name, email, false from ${citizens} where tenant_id = ${tenantId} and phone = ${citizen.phone}
      limit 1`);
    const row = found.rows[0];
    if (!row) continue;
    const changed = row.full_name !== citizen.fullName || (citizen.email !== null && row.email !== citizen.email);
    if (!row.created && changed) {
      await tx
        .update(citizens)
        .set({ fullName: citizen.fullName, email: sql`coalesce(${citizen.email}, ${citizens.email})` })
        .where(and(eq(citizens.tenantId, tenantId), eq(citizens.id, row.id)));
    }
    return row.id;
  }
  throw new Error('citizen row neither inserted nor found');
}

export async function insertApplication(tx: Tx, row: NewApplication): Promise<void> {
  await tx.insert(applications).values(row);
}

export async function insertDocuments(
  tx: Tx,
  tenantId: string,
  applicationId: string,
  docs: readonly { documentKey: string; uploadId: string }[],
  supplement = false,
): Promise<void> {
  if (docs.length === 0) return;
  await tx
    .insert(applicationDocuments)
    .values(
      docs.map((d) => ({ tenantId, applicationId, uploadId: d.uploadId, documentKey: d.documentKey, supplement })),
    );
}

/** Upload ids already filed with some dossier (an upload belongs to one dossier). */
export async function findFiledUploads(tx: Tx, tenantId: string, uploadIds: readonly string[]): Promise<string[]> {
  if (uploadIds.length === 0) return [];
  const rows = await tx
    .select({ id: applicationDocuments.uploadId })
    .from(applicationDocuments)
    .where(and(eq(applicationDocuments.tenantId, tenantId), inArray(applicationDocuments.uploadId, [...uploadIds])));
  return rows.map((r) => r.id);
}

/** The INSERT of an event, returning its id (to write it and enqueue its job in one statement). */
export function eventInsert(tx: Tx, event: NewEvent) {
  return tx.insert(applicationEvents).values(event).returning({ id: applicationEvents.id });
}

/**
 * The INSERT of a notification intent, returning its delivery id unless it was there already; the
 * delivery id stays the same through every retry.
 */
export function intentInsert(
  tx: Tx,
  intent: { tenantId: string; deliveryId: string; applicationId: string; eventId: string; intent: string },
) {
  return tx
    .insert(notificationIntents)
    .values(intent)
    .onConflictDoNothing()
    .returning({ deliveryId: notificationIntents.deliveryId });
}

export async function findByCode(tx: Tx, tenantId: string, code: string): Promise<ApplicationRow | undefined> {
  const rows = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.tenantId, tenantId), eq(applications.code, code)))
    .limit(1);
  return rows[0];
}

/** Locks the dossier row for a transition (concurrent officers queue behind it). */
export async function lockByCode(tx: Tx, tenantId: string, code: string): Promise<ApplicationRow | undefined> {
  const rows = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.tenantId, tenantId), eq(applications.code, code)))
    .for('update')
    .limit(1);
  return rows[0];
}

export async function listEvents(
  tx: Tx,
  tenantId: string,
  applicationId: string,
): Promise<(typeof applicationEvents.$inferSelect)[]> {
  return tx
    .select()
    .from(applicationEvents)
    .where(and(eq(applicationEvents.tenantId, tenantId), eq(applicationEvents.applicationId, applicationId)))
    .orderBy(asc(applicationEvents.at), asc(applicationEvents.id));
}

/**
 * The UPDATE writing a transition's changes and bumping the revision (the row is already locked),
 * as one step of a combined write: it returns the row's id, or nothing if the revision moved.
 */
export function applicationUpdate(tx: Tx, row: ApplicationRow, patch: Partial<ApplicationRow>) {
  const { tenantId: _t, id: _i, code: _c, revision: _r, ...changes } = patch;
  return tx
    .update(applications)
    .set({ ...changes, revision: row.revision + 1 })
    .where(
      and(
        eq(applications.tenantId, row.tenantId),
        eq(applications.id, row.id),
        eq(applications.revision, row.revision),
      ),
    )
    .returning({ id: applications.id });
}

/** The INSERT of a hand-off (phiếu kiểm soát), as one step of a combined write. */
export function handoffInsert(tx: Tx, handoff: typeof handoffs.$inferInsert) {
  return tx.insert(handoffs).values(handoff).returning({ id: handoffs.id });
}

export async function listDocuments(
  tx: Tx,
  tenantId: string,
  applicationId: string,
): Promise<{ documentKey: string; uploadId: string; supplement: boolean; addedAt: Date }[]> {
  return tx
    .select({
      documentKey: applicationDocuments.documentKey,
      uploadId: applicationDocuments.uploadId,
      supplement: applicationDocuments.supplement,
      addedAt: applicationDocuments.addedAt,
    })
    .from(applicationDocuments)
    .where(and(eq(applicationDocuments.tenantId, tenantId), eq(applicationDocuments.applicationId, applicationId)))
    .orderBy(asc(applicationDocuments.addedAt));
}

/** The hand-off log of a dossier (phiếu kiểm soát), oldest first. */
export async function listHandoffs(
  tx: Tx,
  tenantId: string,
  applicationId: string,
): Promise<(typeof handoffs.$inferSelect)[]> {
  return tx
    .select()
    .from(handoffs)
    .where(and(eq(handoffs.tenantId, tenantId), eq(handoffs.applicationId, applicationId)))
    .orderBy(asc(handoffs.handedAt), asc(handoffs.id));
}

/** Officers' display names by id (for timelines and hand-off logs). */
export async function officerNames(tx: Tx, tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: officers.id, fullName: officers.fullName })
    .from(officers)
    .where(and(eq(officers.tenantId, tenantId), inArray(officers.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

/** The citizen notices a dossier produced, oldest first (one per notifying transition). */
export async function listIntents(
  tx: Tx,
  tenantId: string,
  applicationId: string,
): Promise<(typeof notificationIntents.$inferSelect)[]> {
  return tx
    .select()
    .from(notificationIntents)
    .where(and(eq(notificationIntents.tenantId, tenantId), eq(notificationIntents.applicationId, applicationId)))
    .orderBy(asc(notificationIntents.createdAt), asc(notificationIntents.deliveryId));
}
