import type { NoticeItem, NoticeList, NoticeListQuery } from '@motcua/contracts';
import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { withTx, type Database } from '../../../platform/db/database.ts';
import { applications, notificationAttempts, notificationIntents } from '../../../platform/db/schema/index.ts';

/**
 * Citizen notices of a province by delivery state, newest first, each with its delivery record:
 * the dead letters an officer looks into (every route refused or could not reach the citizen).
 */
export async function listNotices(database: Database, tenantId: string, query: NoticeListQuery): Promise<NoticeList> {
  return withTx(database, tenantId, async (tx) => {
    const rows = await tx
      .select({
        deliveryId: notificationIntents.deliveryId,
        code: applications.code,
        intent: notificationIntents.intent,
        status: notificationIntents.status,
        route: notificationIntents.route,
        createdAt: notificationIntents.createdAt,
        settledAt: notificationIntents.settledAt,
      })
      .from(notificationIntents)
      .innerJoin(
        applications,
        and(
          eq(applications.tenantId, notificationIntents.tenantId),
          eq(applications.id, notificationIntents.applicationId),
        ),
      )
      .where(
        and(
          eq(notificationIntents.tenantId, tenantId),
          eq(notificationIntents.status, query.status),
          ...(query.before ? [lt(notificationIntents.createdAt, new Date(query.before))] : []),
        ),
      )
      .orderBy(desc(notificationIntents.createdAt))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const attempts =
      page.length === 0
        ? []
        : await tx
            .select()
            .from(notificationAttempts)
            .where(
              and(
                eq(notificationAttempts.tenantId, tenantId),
                inArray(
                  notificationAttempts.deliveryId,
                  page.map((r) => r.deliveryId),
                ),
              ),
            )
            .orderBy(notificationAttempts.route, notificationAttempts.attempt);
    const order = ['zalo_cs', 'zalo_template', 'sms', 'email'];
    const items: NoticeItem[] = page.map((row) => ({
      deliveryId: row.deliveryId,
      code: row.code,
      intent: row.intent,
      status: row.status as NoticeItem['status'],
      route: row.route,
      createdAt: row.createdAt.toISOString(),
      settledAt: row.settledAt?.toISOString() ?? null,
      attempts: attempts
        .filter((a) => a.deliveryId === row.deliveryId)
        .sort((a, b) => order.indexOf(a.route) - order.indexOf(b.route) || a.attempt - b.attempt)
        .map((a) => ({
          route: a.route as NoticeItem['attempts'][number]['route'],
          attempt: a.attempt,
          state: a.state,
          reason: a.reason,
          providerId: a.providerId,
          startedAt: a.startedAt.toISOString(),
          deliveredAt: a.deliveredAt?.toISOString() ?? null,
          seenAt: a.seenAt?.toISOString() ?? null,
        })),
    }));
    const last = page.at(-1);
    return { items, ...(rows.length > query.limit && last ? { next: last.createdAt.toISOString() } : {}) };
  });
}
