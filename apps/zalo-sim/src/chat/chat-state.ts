import type { MessageKey } from '../i18n/translate.ts';

/** Whether a citizen's message reached the simulator's server. */
export type Delivery = 'sending' | 'sent' | 'not_sent';

export type ChatMessage =
  | { kind: 'text'; id: string; from: 'citizen'; text: string; at: Date; delivery: Delivery }
  | { kind: 'text'; id: string; from: 'oa'; text: string; at: Date }
  | { kind: 'notice'; id: string; key: MessageKey; at: Date };

export interface ChatState {
  /** Whether the citizen follows (quan tâm) the Official Account. */
  followed: boolean;
  messages: readonly ChatMessage[];
}

export type ChatEvent =
  | { type: 'followed'; id: string; at: Date }
  | { type: 'unfollowed'; id: string; at: Date }
  | { type: 'citizen_wrote'; id: string; text: string; at: Date }
  | { type: 'delivery_changed'; id: string; delivery: Delivery }
  | { type: 'oa_wrote'; id: string; text: string; at: Date };

export const initialChatState: ChatState = { followed: false, messages: [] };

/** The chat as a pure function of what happened in it, so it can be tested without a page. */
export function reduceChat(state: ChatState, event: ChatEvent): ChatState {
  switch (event.type) {
    case 'followed':
      if (state.followed) return state;
      return {
        followed: true,
        messages: [...state.messages, { kind: 'notice', id: event.id, key: 'notice.followed', at: event.at }],
      };
    case 'unfollowed':
      if (!state.followed) return state;
      return {
        followed: false,
        messages: [...state.messages, { kind: 'notice', id: event.id, key: 'notice.unfollowed', at: event.at }],
      };
    case 'citizen_wrote':
      return {
        ...state,
        messages: [
          ...state.messages,
          { kind: 'text', id: event.id, from: 'citizen', text: event.text, at: event.at, delivery: 'sending' },
        ],
      };
    case 'delivery_changed':
      return {
        ...state,
        messages: state.messages.map((message) =>
          message.kind === 'text' && message.from === 'citizen' && message.id === event.id
            ? { ...message, delivery: event.delivery }
            : message,
        ),
      };
    case 'oa_wrote':
      return {
        ...state,
        messages: [...state.messages, { kind: 'text', id: event.id, from: 'oa', text: event.text, at: event.at }],
      };
  }
}
