import { Type, type Static } from '@sinclair/typebox';
import { TenantParams } from './catalog-api.ts';

/** Live chat: conversations of the chat bot handed to a human officer (`handoff` open or closed). */
export const ChatHandoff = Type.Union([Type.Literal('open'), Type.Literal('closed')]);
export type ChatHandoff = Static<typeof ChatHandoff>;

export const ChatThreadsQuery = Type.Object({
  /** Open conversations by default; `all` lists closed ones too. */
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed'), Type.Literal('all')])),
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
export type ChatThreadsQuery = Static<typeof ChatThreadsQuery>;

export const ChatThreadParams = Type.Object({
  tenant: TenantParams.properties.tenant,
  id: Type.String({ format: 'uuid' }),
});
export type ChatThreadParams = Static<typeof ChatThreadParams>;

export const ChatThreadSummary = Type.Object({
  id: Type.String(),
  channel: Type.Literal('zalo'),
  /** The phone the person linked to the chat, when they shared one (E.164 without '+'). */
  phone: Type.Optional(Type.String()),
  handoff: ChatHandoff,
  handoffAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastMessageAt: Type.String({ format: 'date-time' }),
  /** The last message, shortened. */
  lastMessage: Type.Optional(Type.String()),
  /** The person wrote after the last officer reply (or no officer replied yet). */
  awaitingReply: Type.Boolean(),
});
export type ChatThreadSummary = Static<typeof ChatThreadSummary>;

export const ChatThreadList = Type.Object({
  items: Type.Array(ChatThreadSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export type ChatThreadList = Static<typeof ChatThreadList>;

export const ChatMessageView = Type.Object({
  id: Type.String(),
  direction: Type.Union([Type.Literal('in'), Type.Literal('out')]),
  author: Type.Union([Type.Literal('citizen'), Type.Literal('bot'), Type.Literal('officer')]),
  officerName: Type.Optional(Type.String()),
  /** `text`, `image`, `request_info`, `shared_info`, `other`. */
  kind: Type.String(),
  text: Type.Optional(Type.String()),
  /** Titles of the buttons the bot showed. */
  buttons: Type.Optional(Type.Array(Type.String())),
  delivery: Type.Union([
    Type.Literal('received'),
    Type.Literal('pending'),
    Type.Literal('sent'),
    Type.Literal('failed'),
  ]),
  at: Type.String({ format: 'date-time' }),
});
export type ChatMessageView = Static<typeof ChatMessageView>;

export const ChatThreadView = Type.Object({
  thread: ChatThreadSummary,
  messages: Type.Array(ChatMessageView),
});
export type ChatThreadView = Static<typeof ChatThreadView>;

export const ChatReplyBody = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 2000 }),
});
export type ChatReplyBody = Static<typeof ChatReplyBody>;
