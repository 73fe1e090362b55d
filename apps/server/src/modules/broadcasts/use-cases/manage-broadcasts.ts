import type { Audience, Broadcast, BroadcastTarget, NewBroadcast } from '@motcua/contracts';
import { withTx } from '../../../platform/db/database.ts';
import { idempotent } from '../../../platform/idempotency.ts';
import { newId } from '../../../platform/ids.ts';
import { enqueueJob } from '../../../platform/jobs/enqueue.ts';
import { appendAudit } from '../../../platform/audit.ts';
import {
  BroadcastInvalidError,
  BroadcastNotCancellableError,
  BroadcastNotFoundError,
  OaNotConnectedError,
} from '../broadcasts.errors.ts';
import * as repo from '../broadcasts.repo.ts';
import { cancellable, checkBroadcast, normaliseTarget, REPLY_WINDOW_MS } from '../domain/broadcast.ts';
import type { BroadcastDeps } from '../ports.ts';

export const START_JOB = 'broadcasts:start';
export const FAN_OUT_JOB = 'broadcasts:fan-out';
export const SYNC_JOB = 'broadcasts:sync-followers';

/** One province's fan-outs run one at a time, so together they keep to the OA's rate. */
export const fanOutQueue = (tenantId: string): string => `broadcasts:${tenantId}`;

export interface Actor {
  officerId: string;
}

/**
 * Creates a broadcast and schedules its start (now or at the chosen time); answered once per
 * Idempotency-Key. Refused while the province's OA is not connected: nothing could be sent.
 */
export async function createBroadcast(
  deps: BroadcastDeps,
  tenantId: string,
  actor: Actor,
  input: NewBroadcast,
  idempotencyKey: string | undefined,
): Promise<{ status: number; body: Broadcast }> {
  const now = deps.now();
  const checked = checkBroadcast(input, now);
  if (Array.isArray(checked)) throw new BroadcastInvalidError(checked);
  if (!(await deps.connected(tenantId))) throw new OaNotConnectedError();
  return withTx(deps.database, tenantId, async (tx) =>
    idempotent(tx, tenantId, 'broadcast.create', idempotencyKey, input, async () => {
      const id = newId();
      await repo.insertBroadcast(tx, tenantId, id, checked, actor.officerId, now);
      await enqueueJob(
        tx,
        START_JOB,
        { tenantId, broadcastId: id },
        { runAt: checked.scheduledAt, jobKey: `broadcast-start:${id}` },
      );
      await appendAudit(
        tx,
        tenantId,
        {
          actorType: 'officer',
          actorId: actor.officerId,
          action: 'broadcast.create',
          subjectType: 'broadcast',
          subjectId: id,
          detail: { kind: checked.kind, scheduledAt: checked.scheduledAt.toISOString() },
        },
        now,
      );
      const created = await repo.findBroadcast(tx, tenantId, id);
      if (!created) throw new BroadcastNotFoundError();
      return { status: 201, body: created };
    }),
  );
}

/** Stops a scheduled or sending broadcast: recipients not yet sent are recorded as cancelled. */
export async function cancelBroadcast(
  deps: BroadcastDeps,
  tenantId: string,
  actor: Actor,
  id: string,
): Promise<Broadcast> {
  const now = deps.now();
  return withTx(deps.database, tenantId, async (tx) => {
    const found = await repo.findBroadcast(tx, tenantId, id, { lock: true });
    if (!found) throw new BroadcastNotFoundError();
    if (!cancellable(found.status)) throw new BroadcastNotCancellableError(found.status);
    await repo.setStatus(tx, tenantId, id, 'cancelled', now, { cancelledBy: actor.officerId });
    await repo.cancelPending(tx, tenantId, id, now);
    await appendAudit(
      tx,
      tenantId,
      {
        actorType: 'officer',
        actorId: actor.officerId,
        action: 'broadcast.cancel',
        subjectType: 'broadcast',
        subjectId: id,
        detail: { was: found.status },
      },
      now,
    );
    const cancelled = await repo.findBroadcast(tx, tenantId, id);
    if (!cancelled) throw new BroadcastNotFoundError();
    return cancelled;
  });
}

export async function getBroadcast(deps: BroadcastDeps, tenantId: string, id: string): Promise<Broadcast> {
  const found = await withTx(deps.database, tenantId, (tx) => repo.findBroadcast(tx, tenantId, id));
  if (!found) throw new BroadcastNotFoundError();
  return found;
}

export async function listBroadcasts(deps: BroadcastDeps, tenantId: string): Promise<Broadcast[]> {
  return withTx(deps.database, tenantId, (tx) => repo.listBroadcasts(tx, tenantId, 100));
}

/** Who a target would reach now. */
export async function measureAudience(
  deps: BroadcastDeps,
  tenantId: string,
  target: BroadcastTarget,
): Promise<Audience> {
  const normal = normaliseTarget(target);
  if (!normal) return { count: 0, reachable: 0 };
  const windowStart = new Date(deps.now().getTime() - REPLY_WINDOW_MS);
  return withTx(deps.database, tenantId, (tx) => repo.audience(tx, tenantId, normal, windowStart));
}

export async function listFollowerTags(deps: BroadcastDeps, tenantId: string) {
  return withTx(deps.database, tenantId, (tx) => repo.followerTags(tx, tenantId));
}

/** Asks for the province's followers to be read again from the chat platform (tags, addresses). */
export async function requestFollowerSync(deps: BroadcastDeps, tenantId: string, actor: Actor): Promise<void> {
  if (!(await deps.connected(tenantId))) throw new OaNotConnectedError();
  await withTx(deps.database, tenantId, async (tx) => {
    await enqueueJob(tx, SYNC_JOB, { tenantId, offset: 0 }, { jobKey: `broadcast-sync:${tenantId}` });
    await appendAudit(
      tx,
      tenantId,
      { actorType: 'officer', actorId: actor.officerId, action: 'broadcast.sync_followers', subjectType: 'tenant' },
      deps.now(),
    );
  });
}
