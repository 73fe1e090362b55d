import { withTx } from '../../../platform/db/database.ts';
import { enqueueJob } from '../../../platform/jobs/enqueue.ts';
import * as repo from '../broadcasts.repo.ts';
import { batchBudgetMs, broadcastMessage, REPLY_WINDOW_MS, type BroadcastMessage } from '../domain/broadcast.ts';
import type { FanOutDeps, SendOutcome } from '../ports.ts';
import { FAN_OUT_JOB, fanOutQueue } from './manage-broadcasts.ts';

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Zalo's error code in a send's reason ("Zalo -230" → "-230"), else the reason's first word. */
function errorCode(reason: string): string {
  const code = /-\d+/.exec(reason);
  return code ? code[0] : (reason.split(/[\s:]/)[0] ?? 'error').slice(0, 40);
}

function settled(oaUserId: string, result: SendOutcome): repo.Settled {
  switch (result.outcome) {
    case 'sent':
      return { oaUserId, status: 'sent', providerId: result.providerId };
    case 'unreachable':
      return { oaUserId, status: 'skipped', errorCode: errorCode(result.reason) };
    case 'failed':
      return { oaUserId, status: 'failed', errorCode: errorCode(result.reason) };
    case 'retry':
      return { oaUserId, status: 'pending' };
  }
}

async function continueLater(deps: FanOutDeps, tenantId: string, broadcastId: string, runAt?: Date) {
  await withTx(deps.database, tenantId, (tx) =>
    enqueueJob(
      tx,
      FAN_OUT_JOB,
      { tenantId, broadcastId },
      { queueName: fanOutQueue(tenantId), ...(runAt ? { runAt } : {}) },
    ),
  );
}

/**
 * Starts a broadcast at its time: chooses its recipients in the database and hands over to the
 * fan-out. A cancelled (or already started) broadcast is left alone.
 */
export async function startBroadcast(deps: FanOutDeps, tenantId: string, broadcastId: string): Promise<void> {
  const now = deps.now();
  await withTx(deps.database, tenantId, async (tx) => {
    const found = await repo.findBroadcast(tx, tenantId, broadcastId, { lock: true });
    if (found?.status !== 'scheduled') return;
    const windowStart = new Date(now.getTime() - REPLY_WINDOW_MS);
    const recipients = await repo.chooseRecipients(tx, tenantId, broadcastId, found.target, windowStart, now);
    await repo.setStatus(tx, tenantId, broadcastId, 'sending', now, { recipients });
    await enqueueJob(tx, FAN_OUT_JOB, { tenantId, broadcastId }, { queueName: fanOutQueue(tenantId) });
  });
}

/**
 * Sends a broadcast to its pending recipients, batch by batch: each batch is claimed in one
 * statement, sent with a few requests in flight, and its outcomes written in one statement, so the
 * process holds one batch at a time whatever the audience (memory stays flat). Batches are paced
 * to the province's rate; Zalo's `-32` puts the batch back and waits a minute. After a slice of
 * time the job hands over to a fresh one in the province's queue (one fan-out at a time per
 * province). Sends a crash cut off are recorded as `unknown`, never repeated.
 */
export async function fanOut(deps: FanOutDeps, tenantId: string, broadcastId: string): Promise<void> {
  const sleep = deps.sleep ?? defaultSleep;
  const { settings } = deps;
  const began = Date.now();
  const loaded = await withTx(deps.database, tenantId, async (tx) => {
    const found = await repo.findBroadcast(tx, tenantId, broadcastId);
    // Fan-outs of a province run one at a time: rows still `sending` were cut off by a crash.
    if (found) await repo.markCutOff(tx, tenantId, broadcastId, deps.now());
    return found;
  });
  if (loaded?.status !== 'sending') return;
  const message: BroadcastMessage = broadcastMessage(loaded);
  /** The next recipients, or undefined once the broadcast is no longer sending (cancelled). */
  const claim = () =>
    withTx(deps.database, tenantId, async (tx) => {
      if ((await repo.statusOf(tx, tenantId, broadcastId)) !== 'sending') return undefined;
      return repo.claimBatch(tx, tenantId, broadcastId, settings.batchSize, deps.now());
    });
  /** Puts claimed recipients back, unsent, for a later run. */
  const release = async (ids: readonly string[] | undefined) => {
    if (!ids || ids.length === 0) return;
    await withTx(deps.database, tenantId, (tx) =>
      repo.settleBatch(
        tx,
        tenantId,
        broadcastId,
        ids.map((oaUserId) => ({ oaUserId, status: 'pending' })),
        deps.now(),
      ),
    );
  };
  /** Writes a batch's outcomes; overlaps the next batch's sends, awaited before the next write. */
  const settle = (outcomes: repo.Settled[]) =>
    withTx(deps.database, tenantId, (tx) => repo.settleBatch(tx, tenantId, broadcastId, outcomes, deps.now()));
  let writing: Promise<void> = Promise.resolve();
  let ids = await claim();
  let batchStart = Date.now();
  for (;;) {
    if (ids === undefined) return writing;
    if (ids.length === 0) {
      await writing;
      await withTx(deps.database, tenantId, async (tx) => {
        const status = await repo.statusOf(tx, tenantId, broadcastId);
        if (status === 'sending' && !(await repo.hasPending(tx, tenantId, broadcastId))) {
          await repo.setStatus(tx, tenantId, broadcastId, 'sent', deps.now());
        }
      });
      return;
    }
    const current = ids;
    // The next batch is claimed while this one is in flight, so Zalo never waits on the database.
    const sending = deps.sender.sendMany(tenantId, current, message, settings.concurrency);
    const claimingNext = claim();
    let results: SendOutcome[];
    try {
      results = await sending;
    } catch (error) {
      // Nothing was answered for this batch: put it (and the next) back before the job is retried.
      await writing;
      await release(current);
      await release(await claimingNext);
      throw error;
    }
    const next = await claimingNext;
    const outcomes = current.map((id, index) =>
      settled(id, results[index] ?? { outcome: 'retry', reason: 'no answer' }),
    );
    // One write at a time, in order; this one runs while the next batch is being sent (a crash
    // then leaves at most these two batches `sending`, recorded as `unknown` by the next run).
    await writing;
    writing = settle(outcomes);
    // Awaited at the next turn; marked handled now so a failure waits for it instead of escaping.
    writing.catch(() => undefined);
    const retries = results.flatMap((result) => (result.outcome === 'retry' ? [result.retryAfterMs ?? 0] : []));
    if (retries.length > 0) {
      // Zalo is busy or down: try the rest later rather than spend the rate on refusals.
      await writing;
      await release(next);
      const wait = Math.max(5_000, ...retries);
      await continueLater(deps, tenantId, broadcastId, new Date(deps.now().getTime() + Math.min(wait, 5 * 60_000)));
      return;
    }
    const rest = batchBudgetMs(current.length, settings.ratePerMinute) - (Date.now() - batchStart);
    if (rest > 0) await sleep(rest);
    if (Date.now() - began > settings.sliceMs) {
      await writing;
      await release(next);
      await continueLater(deps, tenantId, broadcastId);
      return;
    }
    ids = next;
    batchStart = Date.now();
  }
}
