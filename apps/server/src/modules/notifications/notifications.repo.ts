import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { notificationAttempts, notificationIntents } from '../../platform/db/schema/index.ts';
import { newId } from '../../platform/ids.ts';
import type { AttemptRecord, AttemptState, Route } from './domain/routing.ts';

export type IntentRow = typeof notificationIntents.$inferSelect;

/** The notice, locked for this delivery step (one worker decides at a time). */
export async function lockIntent(tx: Tx, tenantId: string, deliveryId: string): Promise<IntentRow | undefined> {
  const rows = await tx
    .select()
    .from(notificationIntents)
    .where(and(eq(notificationIntents.tenantId, tenantId), eq(notificationIntents.deliveryId, deliveryId)))
    .for('update')
    .limit(1);
  return rows[0];
}

export async function listAttempts(tx: Tx, tenantId: string, deliveryId: string): Promise<AttemptRecord[]> {
  const rows = await tx
    .select({
      route: notificationAttempts.route,
      attempt: notificationAttempts.attempt,
      state: notificationAttempts.state,
      startedAt: notificationAttempts.startedAt,
    })
    .from(notificationAttempts)
    .where(and(eq(notificationAttempts.tenantId, tenantId), eq(notificationAttempts.deliveryId, deliveryId)))
    .orderBy(asc(notificationAttempts.route), asc(notificationAttempts.attempt));
  return rows.map((r) => ({
    route: r.route as Route,
    attempt: r.attempt,
    state: r.state as AttemptState,
    startedAt: r.startedAt,
  }));
}

export async function recordAttempt(
  tx: Tx,
  tenantId: string,
  row: {
    deliveryId: string;
    route: Route;
    attempt: number;
    state: AttemptState;
    reason?: string;
    at: Date;
    finished: boolean;
  },
): Promise<void> {
  await tx.insert(notificationAttempts).values({
    tenantId,
    id: newId(row.at.getTime()),
    deliveryId: row.deliveryId,
    route: row.route,
    attempt: row.attempt,
    state: row.state,
    reason: row.reason ?? null,
    startedAt: row.at,
    finishedAt: row.finished ? row.at : null,
  });
}

export async function finishAttempt(
  tx: Tx,
  tenantId: string,
  key: { deliveryId: string; route: Route; attempt: number },
  outcome: { state: AttemptState; providerId?: string; reason?: string; at: Date },
): Promise<void> {
  await tx
    .update(notificationAttempts)
    .set({
      state: outcome.state,
      providerId: outcome.providerId ?? null,
      reason: outcome.reason ?? null,
      finishedAt: outcome.at,
    })
    .where(
      and(
        eq(notificationAttempts.tenantId, tenantId),
        eq(notificationAttempts.deliveryId, key.deliveryId),
        eq(notificationAttempts.route, key.route),
        eq(notificationAttempts.attempt, key.attempt),
      ),
    );
}

export async function settleIntent(
  tx: Tx,
  tenantId: string,
  deliveryId: string,
  outcome: { status: 'delivered' | 'dead' | 'void'; route: Route | null; at: Date },
): Promise<void> {
  await tx
    .update(notificationIntents)
    .set({ status: outcome.status, route: outcome.route, settledAt: outcome.at })
    .where(and(eq(notificationIntents.tenantId, tenantId), eq(notificationIntents.deliveryId, deliveryId)));
}
