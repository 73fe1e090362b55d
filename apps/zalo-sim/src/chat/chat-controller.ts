import { initialChatState, reduceChat, type ChatEvent, type ChatState } from './chat-state.ts';
import type { ChatTransport } from './transport.ts';

export interface ChatController {
  getState(): ChatState;
  subscribe(listener: (state: ChatState) => void): () => void;
  follow(): Promise<void>;
  unfollow(): Promise<void>;
  /** Ignores blank text; otherwise shows the message at once and marks whether it was delivered. */
  send(text: string): Promise<void>;
  dispose(): void;
}

interface ChatControllerOptions {
  transport: ChatTransport;
  now?: () => Date;
  /** Page-local ids; `crypto.randomUUID` is missing on plain-http LAN addresses, so a counter. */
  newId?: () => string;
}

function counterIds(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `m${String(next)}`;
  };
}

export function createChatController({
  transport,
  now = () => new Date(),
  newId = counterIds(),
}: ChatControllerOptions): ChatController {
  let state = initialChatState;
  const listeners = new Set<(state: ChatState) => void>();

  function apply(event: ChatEvent): void {
    state = reduceChat(state, event);
    for (const listener of listeners) listener(state);
  }

  const stopListening = transport.onOaMessage((text) => {
    apply({ type: 'oa_wrote', id: newId(), text, at: now() });
  });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async follow() {
      await transport.follow();
      apply({ type: 'followed', id: newId(), at: now() });
    },
    async unfollow() {
      await transport.unfollow();
      apply({ type: 'unfollowed', id: newId(), at: now() });
    },
    async send(text) {
      const trimmed = text.trim();
      if (trimmed === '') return;
      const id = newId();
      apply({ type: 'citizen_wrote', id, text: trimmed, at: now() });
      let delivery: 'sent' | 'not_sent';
      try {
        delivery = await transport.send(trimmed);
      } catch {
        delivery = 'not_sent';
      }
      apply({ type: 'delivery_changed', id, delivery });
    },
    dispose() {
      stopListening();
      listeners.clear();
    },
  };
}
