import type { Task } from 'graphile-worker';
import type { ChatbotDeps } from '../ports.ts';
import { deliverChatMessages } from '../use-cases/deliver-chat-messages.ts';

/** `chatbot:deliver {tenantId, threadId}`: sends the thread's pending messages (officer replies, retries). */
export function deliverChatJob(deps: Pick<ChatbotDeps, 'database' | 'replies' | 'now'>): Task {
  return async (payload) => {
    const record = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
    const tenantId = record['tenantId'];
    const threadId = record['threadId'];
    if (typeof tenantId !== 'string' || typeof threadId !== 'string') {
      throw new Error('chatbot:deliver needs tenantId and threadId');
    }
    await deliverChatMessages(deps, { tenantId, threadId });
  };
}
