import type { Tx } from '../../../platform/db/database.ts';
import type { Tenant } from '../../tenants/index.ts';
import type { Handoff, ThreadRow } from '../chatbot.repo.ts';
import type { ChatState } from '../domain/chat-state.ts';
import type { ChatReply } from '../domain/replies.ts';
import type { ChatbotDeps } from '../ports.ts';

/** One turn of a conversation: the thread is locked in `tx` until its replies are queued. */
export interface TurnContext {
  deps: ChatbotDeps;
  tx: Tx;
  tenant: Tenant;
  thread: ThreadRow;
  /** The person's message behind this turn. */
  messageId: string;
  now: Date;
}

export interface TurnOutcome {
  replies: ChatReply[];
  state: ChatState;
  handoff?: Handoff;
}
