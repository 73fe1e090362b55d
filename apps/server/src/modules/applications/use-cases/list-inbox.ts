import { and, asc, count, eq, inArray, isNull, like, sql, type SQL } from 'drizzle-orm';
import type { Status } from '@motcua/workflow';
import { statusLabel, statuses } from '@motcua/workflow';
import type { Clock } from '../../../platform/clock.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { applications, procedureVersions, units } from '../../../platform/db/schema/index.ts';
import type { Tenant } from '../../tenants/index.ts';
import { maskName } from '../domain/dossier-code.ts';
import { readStatusCounts } from '../status-counts.repo.ts';
import { isOverdue } from '../domain/overdue.ts';

export interface InboxQuery {
  status?: Status;
  procedureCode?: string;
  channel?: string;
  /** `soon`: due within the next two days; `overdue`: past the promised date, still running. */
  due?: 'soon' | 'overdue';
  /** A dossier code or the start of one. */
  codePrefix?: string;
  limit: number;
  offset: number;
}

export interface InboxItem {
  code: string;
  procedureCode: string;
  procedureName: string;
  status: number;
  statusKey: Status;
  statusLabel: string;
  applicantName: string;
  channel: string;
  currentUnitId: string;
  unitName: string;
  submittedAt: string;
  dueAt: string | null;
  overdue: boolean;
}

export interface InboxPage {
  items: InboxItem[];
  /** Matching dossiers, counted up to `TOTAL_CAP`. */
  total: number;
  /** True when more than `TOTAL_CAP` match (the console shows "1.000+"). */
  totalIsLowerBound: boolean;
  counts: Record<string, number>;
}

/**
 * Counting stops here: 50 pages of 20 is more than anyone pages through (a filter finds the rest),
 * and the count then costs the same for a unit holding two thousand dossiers or two million.
 */
export const TOTAL_CAP = 1_000;
const SOON_MS = 2 * 86_400_000;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Due soon or overdue: running dossiers (not ended, clock not paused) by their promised date. */
function dueFilter(due: 'soon' | 'overdue', now: Date): SQL | undefined {
  const promised = sql`coalesce(${applications.rescheduledDueAt}, ${applications.dueAt})`;
  const running = and(isNull(applications.endedAt), isNull(applications.pausedAt));
  return due === 'overdue'
    ? and(running, sql`${promised} < ${now}`)
    : and(running, sql`${promised} >= ${now}`, sql`${promised} < ${new Date(now.getTime() + SOON_MS)}`);
}

/**
 * The dossiers held by the officer's units, soonest due first, with counts per status (kept by a
 * trigger, so the tabs cost the same with a thousand dossiers or ten million). Names are shown in
 * full only in the dossier view, which is what is logged.
 */
export async function listInbox(
  deps: { database: Database; clock: Clock },
  tenant: Tenant,
  unitIds: readonly string[],
  query: InboxQuery,
): Promise<InboxPage> {
  if (unitIds.length === 0) return { items: [], total: 0, totalIsLowerBound: false, counts: {} };
  const now = deps.clock.now();
  return withTx(deps.database, tenant.id, async (tx) => {
    const scope = and(eq(applications.tenantId, tenant.id), inArray(applications.currentUnitId, [...unitIds]));
    const where = and(
      scope,
      query.status ? eq(applications.status, query.status) : undefined,
      query.procedureCode ? eq(applications.procedureCode, query.procedureCode) : undefined,
      query.channel ? eq(applications.channel, query.channel) : undefined,
      query.codePrefix ? like(applications.code, `${escapeLike(query.codePrefix.toUpperCase())}%`) : undefined,
      query.due ? dueFilter(query.due, now) : undefined,
    );
    const rows = await tx
      .select({ app: applications, procedureName: procedureVersions.name, unitName: units.name })
      .from(applications)
      .innerJoin(
        procedureVersions,
        and(
          eq(procedureVersions.tenantId, applications.tenantId),
          eq(procedureVersions.id, applications.procedureVersionId),
        ),
      )
      .innerJoin(units, and(eq(units.tenantId, applications.tenantId), eq(units.id, applications.currentUnitId)))
      .where(where)
      .orderBy(
        sql`coalesce(${applications.rescheduledDueAt}, ${applications.dueAt}) asc nulls last`,
        asc(applications.submittedAt),
      )
      .limit(query.limit)
      .offset(query.offset);
    // Counting a million rows to print "1.000.000" is not worth the wait: stop past the cap.
    const capped = tx
      .select({ one: sql`1` })
      .from(applications)
      .where(where)
      .limit(TOTAL_CAP + 1)
      .as('capped');
    const totals = await tx.select({ n: count() }).from(capped);
    const byStatus = await readStatusCounts(tx, tenant.id, unitIds);
    const total = totals[0]?.n ?? 0;
    return {
      items: rows.map(({ app: row, procedureName, unitName }) => {
        const status = row.status as Status;
        return {
          code: row.code,
          procedureCode: row.procedureCode,
          procedureName,
          status: statuses[status].code,
          statusKey: status,
          statusLabel: statusLabel(status),
          applicantName: maskName(row.applicantName),
          channel: row.channel,
          currentUnitId: row.currentUnitId,
          unitName,
          submittedAt: row.submittedAt.toISOString(),
          dueAt: (row.rescheduledDueAt ?? row.dueAt)?.toISOString() ?? null,
          overdue: isOverdue(row, now),
        };
      }),
      total: Math.min(total, TOTAL_CAP),
      totalIsLowerBound: total > TOTAL_CAP,
      counts: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
    };
  });
}
