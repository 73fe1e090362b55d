import type { MessageKey } from '../i18n/translate.ts';
import type { ConnectionStatus, SimUser } from './transport.ts';

/** Whether a citizen's message reached the simulator's server. */
export type Delivery = 'sending' | 'sent' | 'not_sent';

/** What the citizen's phone reported for an OA message. */
export type OaStatus = 'sent' | 'received' | 'seen';

/** §4 button actions: a query sends text to the OA; the others open something on the phone. */
export type ButtonAction =
  | { type: 'query'; text: string }
  | { type: 'url'; url: string }
  | { type: 'phone'; phone: string }
  | { type: 'sms'; phone: string; content: string };

export interface ChatButton {
  title: string;
  action: ButtonAction;
}

export interface ListItem {
  title: string;
  subtitle?: string;
  imageUrl?: string;
  url?: string;
}

/** What a message shows, whoever sent it. */
export type MessageBody =
  | { kind: 'text'; text: string }
  | { kind: 'image'; url: string; caption?: string }
  | { kind: 'sticker' }
  | { kind: 'file'; url: string; name?: string; size?: number }
  | { kind: 'location'; latitude: number; longitude: number }
  | { kind: 'list'; text?: string; items: readonly ListItem[] }
  | { kind: 'request_user_info'; title: string; subtitle: string; imageUrl?: string }
  | { kind: 'shared_info'; text: string }
  | { kind: 'template'; templateId: string; data: readonly (readonly [string, string])[] }
  | { kind: 'unknown'; name: string };

export type ChatMessage =
  | { kind: 'notice'; id: string; key: MessageKey; at: Date }
  | { kind: 'citizen'; id: string; body: MessageBody; at: Date; delivery: Delivery; problem?: string }
  | {
      kind: 'oa';
      id: string;
      body: MessageBody;
      at: Date;
      status: OaStatus | undefined;
      buttons: readonly ChatButton[];
    };

/** A ZNS template message received on the user's phone number. */
export interface ZnsEntry {
  id: string;
  templateId: string;
  data: readonly (readonly [string, string])[];
  at: Date;
  trackingId?: string;
  mode: 'development' | 'production';
}

export interface ChatState {
  connection: ConnectionStatus;
  users: readonly SimUser[];
  /** The Zalo user the person plays, once picked. */
  userId: string | undefined;
  messages: readonly ChatMessage[];
  zns: readonly ZnsEntry[];
  templateNames: Readonly<Record<string, string>>;
  /** Why the last action failed, until the next one. */
  problem: string | undefined;
}

export type ChatEvent =
  | { type: 'connection_changed'; status: ConnectionStatus }
  | { type: 'users_loaded'; users: readonly SimUser[] }
  | { type: 'user_changed'; user: SimUser }
  | { type: 'user_selected'; userId: string | undefined }
  | { type: 'conversation_loaded'; user: SimUser; messages: readonly ChatMessage[] }
  | { type: 'follow_changed'; userId: string; isFollower: boolean; id: string; at: Date }
  | { type: 'awaiting_info_changed'; userId: string; awaitingInfo: boolean }
  | { type: 'message_added'; message: ChatMessage }
  | { type: 'message_settled'; localId: string; message: ChatMessage | undefined; problem?: string }
  | { type: 'status_changed'; ids: readonly string[]; status: OaStatus }
  | { type: 'zns_loaded'; entries: readonly ZnsEntry[] }
  | { type: 'zns_added'; entry: ZnsEntry }
  | { type: 'templates_loaded'; names: Readonly<Record<string, string>> }
  | { type: 'problem_changed'; problem: string | undefined };

export const initialChatState: ChatState = {
  connection: 'connecting',
  users: [],
  userId: undefined,
  messages: [],
  zns: [],
  templateNames: {},
  problem: undefined,
};

export function currentUser(state: ChatState): SimUser | undefined {
  return state.users.find((user) => user.userId === state.userId);
}

const statusRank: Record<OaStatus, number> = { sent: 0, received: 1, seen: 2 };

function upsertUser(users: readonly SimUser[], user: SimUser): readonly SimUser[] {
  return users.some((known) => known.userId === user.userId)
    ? users.map((known) => (known.userId === user.userId ? user : known))
    : [...users, user];
}

function patchUser(state: ChatState, userId: string, patch: Partial<SimUser>): ChatState {
  return {
    ...state,
    users: state.users.map((user) => (user.userId === userId ? { ...user, ...patch } : user)),
  };
}

/** Adds a message, or updates the one with its id; a phone's status never goes back. */
function upsertMessage(messages: readonly ChatMessage[], message: ChatMessage): readonly ChatMessage[] {
  const index = messages.findIndex((known) => known.id === message.id);
  if (index === -1) return [...messages, message];
  const known = messages[index];
  const merged =
    known?.kind === 'oa' && message.kind === 'oa' && rank(known.status) > rank(message.status)
      ? { ...message, status: known.status }
      : message;
  return messages.map((candidate, at) => (at === index ? merged : candidate));
}

function rank(status: OaStatus | undefined): number {
  return status === undefined ? -1 : statusRank[status];
}

/**
 * The server's messages in their order (a phone status already shown is kept), then what the page
 * is still sending or failed to send. Page-only notices do not survive a reload.
 */
function mergeConversation(state: ChatState, loaded: readonly ChatMessage[]): readonly ChatMessage[] {
  const known = new Map(state.messages.map((message) => [message.id, message]));
  const merged = loaded.map((message) => {
    const before = known.get(message.id);
    return before?.kind === 'oa' && message.kind === 'oa' && rank(before.status) > rank(message.status)
      ? { ...message, status: before.status }
      : message;
  });
  const unsent = state.messages.filter((message) => message.kind === 'citizen' && message.delivery !== 'sent');
  return [...merged, ...unsent];
}

function settle(state: ChatState, event: Extract<ChatEvent, { type: 'message_settled' }>): ChatState {
  const { localId, message } = event;
  if (!message) {
    return {
      ...state,
      messages: state.messages.map((known) =>
        known.kind === 'citizen' && known.id === localId
          ? { ...known, delivery: 'not_sent', ...(event.problem === undefined ? {} : { problem: event.problem }) }
          : known,
      ),
    };
  }
  // The event feed may have brought the stored message before the send answered.
  if (state.messages.some((known) => known.id === message.id)) {
    return { ...state, messages: state.messages.filter((known) => known.id !== localId) };
  }
  const hasLocal = state.messages.some((known) => known.id === localId);
  return {
    ...state,
    messages: hasLocal
      ? state.messages.map((known) => (known.id === localId ? message : known))
      : [...state.messages, message],
  };
}

/** The page as a pure function of what happened, so it can be tested without a page. */
export function reduceChat(state: ChatState, event: ChatEvent): ChatState {
  switch (event.type) {
    case 'connection_changed':
      return { ...state, connection: event.status };
    case 'users_loaded':
      return { ...state, users: event.users.reduce(upsertUser, state.users) };
    case 'user_changed':
      return { ...state, users: upsertUser(state.users, event.user) };
    case 'user_selected':
      if (event.userId === state.userId) return state;
      return { ...state, userId: event.userId, messages: [], zns: [], problem: undefined };
    case 'conversation_loaded':
      if (event.user.userId !== state.userId) return state;
      return {
        ...state,
        users: upsertUser(state.users, event.user),
        messages: mergeConversation(state, event.messages),
      };
    case 'follow_changed': {
      const user = state.users.find((known) => known.userId === event.userId);
      if (!user || user.isFollower === event.isFollower) return state;
      const patched = patchUser(state, event.userId, { isFollower: event.isFollower });
      if (event.userId !== state.userId) return patched;
      const key = event.isFollower ? 'notice.followed' : 'notice.unfollowed';
      return { ...patched, messages: [...patched.messages, { kind: 'notice', id: event.id, key, at: event.at }] };
    }
    case 'awaiting_info_changed':
      return patchUser(state, event.userId, { awaitingInfo: event.awaitingInfo });
    case 'message_added':
      return { ...state, messages: upsertMessage(state.messages, event.message) };
    case 'message_settled':
      return settle(state, event);
    case 'status_changed':
      return {
        ...state,
        messages: state.messages.map((message) =>
          message.kind === 'oa' && event.ids.includes(message.id) && rank(message.status) < statusRank[event.status]
            ? { ...message, status: event.status }
            : message,
        ),
      };
    case 'zns_loaded':
      return { ...state, zns: event.entries.reduce(addZns, state.zns) };
    case 'zns_added':
      return { ...state, zns: addZns(state.zns, event.entry) };
    case 'templates_loaded':
      return { ...state, templateNames: { ...state.templateNames, ...event.names } };
    case 'problem_changed':
      return { ...state, problem: event.problem };
  }
}

function addZns(entries: readonly ZnsEntry[], entry: ZnsEntry): readonly ZnsEntry[] {
  return entries.some((known) => known.id === entry.id) ? entries : [...entries, entry];
}
