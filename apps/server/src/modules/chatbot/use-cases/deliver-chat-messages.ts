import { withTx } from '../../../platform/db/database.ts';
import { enqueueJob } from '../../../platform/jobs/enqueue.ts';
import { findThread, lockPendingOutbound, markDelivery } from '../chatbot.repo.ts';
import type { ChatReply } from '../domain/replies.ts';
import type { ChatbotDeps } from '../ports.ts';

export const DELIVER_JOB = 'chatbot:deliver';
const RETRY_DELAY_MS = 30_000;

/** Queues the sending of a thread's pending messages (officer replies; bot replies that must wait). */
export async function enqueueChatDelivery(
  tx: Parameters<Parameters<typeof withTx>[2]>[0],
  tenantId: string,
  threadId: string,
  runAt?: Date,
): Promise<void> {
  await enqueueJob(
    tx,
    DELIVER_JOB,
    { tenantId, threadId },
    { jobKey: `chat:${threadId}`, ...(runAt ? { runAt } : {}) },
  );
}

/**
 * Sends a thread's pending messages in order, under the thread's lock (so two senders never
 * interleave). A transient fault stops the run, keeps the rest pending and queues a retry; a message
 * the channel refuses for good is marked failed and the next one goes.
 */
export async function deliverChatMessages(
  deps: Pick<ChatbotDeps, 'database' | 'replies' | 'now'>,
  input: { tenantId: string; threadId: string },
): Promise<void> {
  await withTx(deps.database, input.tenantId, async (tx) => {
    const thread = await findThread(tx, input.tenantId, input.threadId, true);
    if (!thread) return;
    for (const message of await lockPendingOutbound(tx, input.tenantId, input.threadId)) {
      const result = await deps.replies.send(
        input.tenantId,
        thread.externalUserId,
        message.body as unknown as ChatReply,
      );
      if (result.outcome === 'retry') {
        const later = new Date(deps.now().getTime() + (result.retryAfterMs ?? RETRY_DELAY_MS));
        await enqueueChatDelivery(tx, input.tenantId, input.threadId, later);
        return;
      }
      await markDelivery(
        tx,
        input.tenantId,
        message.id,
        result.outcome === 'sent'
          ? { delivery: 'sent', providerId: result.providerId, at: deps.now() }
          : { delivery: 'failed', failure: result.reason.slice(0, 200) },
      );
    }
  });
}
