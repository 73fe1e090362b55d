import { withTx } from '../../../platform/db/database.ts';
import { findTenantById } from '../../tenants/index.ts';
import { insertInbound, insertOutbound, lockThread, updateThread, type ChatChannel } from '../chatbot.repo.ts';
import { interpret, type ChatInput } from '../domain/intents.ts';
import type { ChatbotDeps } from '../ports.ts';
import { deliverChatMessages } from './deliver-chat-messages.ts';
import { runTurn } from './run-turn.ts';

export interface ChatEvent {
  tenantId: string;
  channel: ChatChannel;
  /** The channel's id of the person. */
  userId: string;
  /** Unique per channel event: a redelivered event is answered once. */
  eventKey: string;
  input: ChatInput;
}

function inboundBody(input: ChatInput): Record<string, unknown> {
  switch (input.kind) {
    case 'follow':
      return {};
    case 'text':
      return { text: input.text.slice(0, 2000) };
    case 'image':
      return { ...(input.url ? { url: input.url } : {}), ...(input.caption ? { text: input.caption } : {}) };
    case 'shared_info':
      return { shared: input.phone !== undefined };
    case 'other':
      return { what: input.what };
  }
}

/**
 * One message from a person on a chat channel: recorded, understood in the thread's state, acted
 * on, answered. The turn runs under the thread's row lock (one turn per thread at a time); the
 * replies are queued in the same transaction and sent after it commits.
 */
export async function handleChatEvent(deps: ChatbotDeps, event: ChatEvent): Promise<void> {
  const threadId = await withTx(deps.database, event.tenantId, async (tx) => {
    const now = deps.now();
    const tenant = await findTenantById(tx, event.tenantId);
    if (!tenant) return undefined;
    const thread = await lockThread(tx, event.tenantId, event.channel, event.userId, now);
    const messageId = await insertInbound(tx, thread, {
      eventKey: event.eventKey,
      kind: event.input.kind,
      body: inboundBody(event.input),
      at: now,
    });
    if (messageId === undefined) return thread.id;
    const turn = interpret(thread.state, event.input, thread.handoff === 'open');
    const outcome = await runTurn({ deps, tx, tenant, thread, messageId, now }, turn);
    await updateThread(tx, event.tenantId, thread.id, {
      state: outcome.state,
      lastMessageAt: now,
      ...(outcome.handoff ? { handoff: outcome.handoff, handoffAt: now } : {}),
    });
    await insertOutbound(tx, thread, outcome.replies, { author: 'bot' }, new Date(now.getTime() + 1));
    return thread.id;
  });
  if (threadId !== undefined) await deliverChatMessages(deps, { tenantId: event.tenantId, threadId });
}
