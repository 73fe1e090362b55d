import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Status } from '@motcua/workflow';
import { statusLabel, statuses } from '@motcua/workflow';
import type { Clock } from '../../../platform/clock.ts';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { applications } from '../../../platform/db/schema/index.ts';
import type { Tenant } from '../../tenants/index.ts';
import { maskName } from '../domain/dossier-code.ts';
import { isOverdue } from '../domain/overdue.ts';

export interface InboxQuery {
  status?: Status;
  procedureCode?: string;
  channel?: string;
  limit: number;
  offset: number;
}

export interface InboxItem {
  code: string;
  procedureCode: string;
  status: number;
  statusKey: Status;
  statusLabel: string;
  applicantName: string;
  channel: string;
  currentUnitId: string;
  submittedAt: string;
  dueAt: string | null;
  overdue: boolean;
}

/**
 * The dossiers held by the officer's units, soonest due first, with counts per status. Names are
 * shown in full only in the dossier view, which is what is logged.
 */
export async function listInbox(
  deps: { database: Database; clock: Clock },
  tenant: Tenant,
  unitIds: readonly string[],
  query: InboxQuery,
): Promise<{ items: InboxItem[]; total: number; counts: Record<string, number> }> {
  if (unitIds.length === 0) return { items: [], total: 0, counts: {} };
  const now = deps.clock.now();
  return withTx(deps.database, tenant.id, async (tx) => {
    const scope = and(eq(applications.tenantId, tenant.id), inArray(applications.currentUnitId, [...unitIds]));
    const where = and(
      scope,
      query.status ? eq(applications.status, query.status) : undefined,
      query.procedureCode ? eq(applications.procedureCode, query.procedureCode) : undefined,
      query.channel ? eq(applications.channel, query.channel) : undefined,
    );
    const rows = await tx
      .select()
      .from(applications)
      .where(where)
      .orderBy(
        sql`coalesce(${applications.rescheduledDueAt}, ${applications.dueAt}) asc nulls last`,
        asc(applications.submittedAt),
      )
      .limit(query.limit)
      .offset(query.offset);
    const totals = await tx.select({ n: count() }).from(applications).where(where);
    const byStatus = await tx
      .select({ status: applications.status, n: count() })
      .from(applications)
      .where(scope)
      .groupBy(applications.status);
    return {
      items: rows.map((row) => {
        const status = row.status as Status;
        return {
          code: row.code,
          procedureCode: row.procedureCode,
          status: statuses[status].code,
          statusKey: status,
          statusLabel: statusLabel(status),
          applicantName: maskName(row.applicantName),
          channel: row.channel,
          currentUnitId: row.currentUnitId,
          submittedAt: row.submittedAt.toISOString(),
          dueAt: (row.rescheduledDueAt ?? row.dueAt)?.toISOString() ?? null,
          overdue: isOverdue(row, now),
        };
      }),
      total: totals[0]?.n ?? 0,
      counts: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
    };
  });
}
