import { and, asc, count, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import {
  applicationDocuments,
  applications,
  procedureVersions,
  tenantSettings,
  visits,
} from '../../platform/db/schema/index.ts';

/** What a visit needs of a dossier. */
export interface VisitDossier {
  id: string;
  lookupKey: string;
  status: string;
  channel: string;
  caseKey: string;
  unitId: string;
  currentUnitId: string;
  procedureVersionId: string;
  feeAmount: number | null;
  feePaidAt: Date | null;
}

export interface LiveVisit {
  id: string;
  unitId: string;
  startsAt: Date;
  endsAt: Date;
}

const dossierColumns = {
  id: applications.id,
  lookupKey: applications.lookupKey,
  status: applications.status,
  channel: applications.channel,
  caseKey: applications.caseKey,
  unitId: applications.unitId,
  currentUnitId: applications.currentUnitId,
  procedureVersionId: applications.procedureVersionId,
  feeAmount: applications.feeAmount,
  feePaidAt: applications.feePaidAt,
};

/**
 * The dossier with this code. With `lock`, its row is held (FOR NO KEY UPDATE) until the
 * transaction ends: bookings of one dossier queue behind each other and behind workflow
 * transitions, so the status read is the one the booking is made under.
 */
export async function findVisitDossier(
  tx: Tx,
  tenantId: string,
  code: string,
  lock = false,
): Promise<VisitDossier | undefined> {
  const query = tx
    .select(dossierColumns)
    .from(applications)
    .where(and(eq(applications.tenantId, tenantId), eq(applications.code, code)))
    .limit(1);
  const rows = lock ? await query.for('no key update') : await query;
  return rows[0];
}

/** Document keys filed with the dossier, first filing and supplements. */
export async function filedDocumentKeys(tx: Tx, tenantId: string, applicationId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ key: applicationDocuments.documentKey })
    .from(applicationDocuments)
    .where(and(eq(applicationDocuments.tenantId, tenantId), eq(applicationDocuments.applicationId, applicationId)));
  return new Set(rows.map((r) => r.key));
}

/** The province's `visits` setting as stored (validated by the caller). */
export async function findVisitSetting(tx: Tx, tenantId: string): Promise<unknown> {
  const rows = await tx
    .select({ value: tenantSettings.value })
    .from(tenantSettings)
    .where(and(eq(tenantSettings.tenantId, tenantId), eq(tenantSettings.key, 'visits')))
    .limit(1);
  return rows[0]?.value;
}

export async function findLiveVisit(tx: Tx, tenantId: string, applicationId: string): Promise<LiveVisit | undefined> {
  const rows = await tx
    .select({ id: visits.id, unitId: visits.unitId, startsAt: visits.startsAt, endsAt: visits.endsAt })
    .from(visits)
    .where(and(eq(visits.tenantId, tenantId), eq(visits.applicationId, applicationId), isNull(visits.cancelledAt)))
    .limit(1);
  return rows[0];
}

/**
 * Takes the slot's transaction lock: bookings of one slot at one desk run one at a time from here
 * to commit, so counting the places taken and booking one cannot interleave.
 */
export async function lockSlot(tx: Tx, tenantId: string, unitId: string, startsAt: Date): Promise<void> {
  const key = `visit-slot:${tenantId}:${unitId}:${startsAt.toISOString()}`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

/** Live bookings per slot start (ms) at a desk between two instants. */
export async function countBookings(
  tx: Tx,
  tenantId: string,
  unitId: string,
  from: Date,
  until: Date,
): Promise<Map<number, number>> {
  const rows = await tx
    .select({ startsAt: visits.startsAt, n: count() })
    .from(visits)
    .where(
      and(
        eq(visits.tenantId, tenantId),
        eq(visits.unitId, unitId),
        gte(visits.startsAt, from),
        lt(visits.startsAt, until),
        isNull(visits.cancelledAt),
      ),
    )
    .groupBy(visits.startsAt);
  return new Map(rows.map((r) => [r.startsAt.getTime(), r.n]));
}

export async function insertVisit(tx: Tx, row: typeof visits.$inferInsert): Promise<void> {
  await tx.insert(visits).values(row);
}

export async function cancelVisit(tx: Tx, tenantId: string, id: string, at: Date): Promise<void> {
  await tx
    .update(visits)
    .set({ cancelledAt: at })
    .where(and(eq(visits.tenantId, tenantId), eq(visits.id, id), isNull(visits.cancelledAt)));
}

export interface DayVisitRow {
  startsAt: Date;
  endsAt: Date;
  code: string;
  applicantName: string;
  procedureName: string;
  status: string;
}

/** Live bookings at these desks between two instants, earliest first. */
export async function listVisitsBetween(
  tx: Tx,
  tenantId: string,
  unitIds: readonly string[],
  from: Date,
  until: Date,
): Promise<DayVisitRow[]> {
  return tx
    .select({
      startsAt: visits.startsAt,
      endsAt: visits.endsAt,
      code: applications.code,
      applicantName: applications.applicantName,
      procedureName: procedureVersions.name,
      status: applications.status,
    })
    .from(visits)
    .innerJoin(applications, and(eq(applications.tenantId, visits.tenantId), eq(applications.id, visits.applicationId)))
    .innerJoin(
      procedureVersions,
      and(
        eq(procedureVersions.tenantId, applications.tenantId),
        eq(procedureVersions.id, applications.procedureVersionId),
      ),
    )
    .where(
      and(
        eq(visits.tenantId, tenantId),
        inArray(visits.unitId, [...unitIds]),
        gte(visits.startsAt, from),
        lt(visits.startsAt, until),
        isNull(visits.cancelledAt),
      ),
    )
    .orderBy(asc(visits.startsAt), asc(applications.code));
}
