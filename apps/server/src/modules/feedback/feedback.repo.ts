import { and, count, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { applications, feedback, procedureVersions } from '../../platform/db/schema/index.ts';
import type { Rating } from './domain/rating.ts';

/** What rating needs of a dossier. */
export interface RatedDossier {
  id: string;
  lookupKey: string;
  status: string;
}

export interface StoredFeedback {
  rating: Rating;
  reason: string | null;
  at: Date;
}

export async function findDossier(tx: Tx, tenantId: string, code: string): Promise<RatedDossier | undefined> {
  const rows = await tx
    .select({ id: applications.id, lookupKey: applications.lookupKey, status: applications.status })
    .from(applications)
    .where(and(eq(applications.tenantId, tenantId), eq(applications.code, code)))
    .limit(1);
  return rows[0];
}

/**
 * Stores the dossier's one rating; false when it already had one. The primary key
 * (tenant, dossier) decides between two concurrent ratings, so exactly one of them wins.
 */
export async function insertFeedback(
  tx: Tx,
  row: { tenantId: string; applicationId: string; rating: Rating; reason: string | null; channel: string; at: Date },
): Promise<boolean> {
  const inserted = await tx
    .insert(feedback)
    .values({
      tenantId: row.tenantId,
      applicationId: row.applicationId,
      rating: row.rating,
      reason: row.reason,
      channel: row.channel,
      createdAt: row.at,
    })
    .onConflictDoNothing()
    .returning({ applicationId: feedback.applicationId });
  return inserted.length > 0;
}

/** The rating of the dossier with this code, if it was rated. */
export async function findFeedbackByCode(tx: Tx, tenantId: string, code: string): Promise<StoredFeedback | undefined> {
  const rows = await tx
    .select({ rating: feedback.rating, reason: feedback.reason, at: feedback.createdAt })
    .from(feedback)
    .innerJoin(
      applications,
      and(eq(applications.tenantId, feedback.tenantId), eq(applications.id, feedback.applicationId)),
    )
    .where(and(eq(applications.tenantId, tenantId), eq(applications.code, code)))
    .limit(1);
  const row = rows[0];
  return row ? { ...row, rating: row.rating as Rating } : undefined;
}

export interface FeedbackFilter {
  /** Dossiers received by these units. */
  unitIds: readonly string[];
  /** Ratings given at or after `from` and before `until`. */
  from?: Date;
  until?: Date;
  rating?: Rating;
  limit: number;
  offset: number;
}

export interface FeedbackRow extends StoredFeedback {
  code: string;
  procedureName: string;
}

/** A page of ratings, newest first, with the procedure name of each dossier's pinned version, and the total. */
export async function selectFeedbackPage(
  tx: Tx,
  tenantId: string,
  filter: FeedbackFilter,
): Promise<{ rows: FeedbackRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    eq(feedback.tenantId, tenantId),
    inArray(applications.unitId, [...filter.unitIds]),
    filter.from ? gte(feedback.createdAt, filter.from) : undefined,
    filter.until ? lt(feedback.createdAt, filter.until) : undefined,
    filter.rating ? eq(feedback.rating, filter.rating) : undefined,
  ];
  const where = and(...conditions);
  const dossier = and(eq(applications.tenantId, feedback.tenantId), eq(applications.id, feedback.applicationId));
  const rows = await tx
    .select({
      code: applications.code,
      procedureName: procedureVersions.name,
      rating: feedback.rating,
      reason: feedback.reason,
      at: feedback.createdAt,
    })
    .from(feedback)
    .innerJoin(applications, dossier)
    .innerJoin(
      procedureVersions,
      and(
        eq(procedureVersions.tenantId, applications.tenantId),
        eq(procedureVersions.id, applications.procedureVersionId),
      ),
    )
    .where(where)
    .orderBy(desc(feedback.createdAt), desc(applications.code))
    .limit(filter.limit)
    .offset(filter.offset);
  const totals = await tx.select({ n: count() }).from(feedback).innerJoin(applications, dossier).where(where);
  return { rows: rows.map((r) => ({ ...r, rating: r.rating as Rating })), total: totals[0]?.n ?? 0 };
}
