import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import {
  applications,
  chatMessages,
  chatThreadDossiers,
  chatThreads,
  citizens,
} from '../../platform/db/schema/index.ts';
import { newId } from '../../platform/ids.ts';
import { IDLE, readChatState, type ChatState } from './domain/chat-state.ts';
import type { ChatReply } from './domain/replies.ts';

export type Handoff = 'none' | 'open' | 'closed';
export type ChatChannel = 'zalo';

export interface ThreadRow {
  tenantId: string;
  id: string;
  channel: ChatChannel;
  externalUserId: string;
  state: ChatState;
  handoff: Handoff;
  handoffAt: Date | null;
  lastMessageAt: Date;
}

type ThreadRecord = typeof chatThreads.$inferSelect;

function toThread(row: ThreadRecord): ThreadRow {
  return {
    tenantId: row.tenantId,
    id: row.id,
    channel: row.channel as ChatChannel,
    externalUserId: row.externalUserId,
    state: readChatState(row.state),
    handoff: row.handoff as Handoff,
    handoffAt: row.handoffAt,
    lastMessageAt: row.lastMessageAt,
  };
}

/** The person's thread, created on their first message, locked for this turn (one turn at a time). */
export async function lockThread(
  tx: Tx,
  tenantId: string,
  channel: ChatChannel,
  externalUserId: string,
  now: Date,
): Promise<ThreadRow> {
  await tx
    .insert(chatThreads)
    .values({ tenantId, id: newId(now.getTime()), channel, externalUserId, state: IDLE, lastMessageAt: now })
    .onConflictDoNothing();
  const rows = await tx
    .select()
    .from(chatThreads)
    .where(
      and(
        eq(chatThreads.tenantId, tenantId),
        eq(chatThreads.channel, channel),
        eq(chatThreads.externalUserId, externalUserId),
      ),
    )
    .for('update');
  const row = rows[0];
  if (!row) throw new Error('chat thread vanished');
  return toThread(row);
}

export async function findThread(
  tx: Tx,
  tenantId: string,
  threadId: string,
  lock = false,
): Promise<ThreadRow | undefined> {
  const query = tx
    .select()
    .from(chatThreads)
    .where(and(eq(chatThreads.tenantId, tenantId), eq(chatThreads.id, threadId)));
  const rows = lock ? await query.for('update') : await query;
  return rows[0] ? toThread(rows[0]) : undefined;
}

export async function updateThread(
  tx: Tx,
  tenantId: string,
  threadId: string,
  patch: { state?: ChatState; handoff?: Handoff; handoffAt?: Date | null; lastMessageAt?: Date },
): Promise<void> {
  await tx
    .update(chatThreads)
    .set(patch)
    .where(and(eq(chatThreads.tenantId, tenantId), eq(chatThreads.id, threadId)));
}

/** Records the person's message once per channel event; undefined when the event was already recorded. */
export async function insertInbound(
  tx: Tx,
  thread: ThreadRow,
  message: { eventKey: string; kind: string; body: Record<string, unknown>; at: Date },
): Promise<string | undefined> {
  const inserted = await tx
    .insert(chatMessages)
    .values({
      tenantId: thread.tenantId,
      id: newId(message.at.getTime()),
      threadId: thread.id,
      direction: 'in',
      author: 'citizen',
      kind: message.kind,
      body: message.body,
      eventKey: message.eventKey,
      delivery: 'received',
      createdAt: message.at,
    })
    .onConflictDoNothing()
    .returning({ id: chatMessages.id });
  return inserted[0]?.id;
}

/** Queues replies for sending, in order (one millisecond apart, so their order survives). */
export async function insertOutbound(
  tx: Tx,
  thread: { tenantId: string; id: string },
  replies: readonly ChatReply[],
  from: { author: 'bot' } | { author: 'officer'; officerId: string },
  at: Date,
): Promise<string[]> {
  if (replies.length === 0) return [];
  const rows = replies.map((reply, index) => {
    const createdAt = new Date(at.getTime() + index);
    return {
      tenantId: thread.tenantId,
      id: newId(createdAt.getTime()),
      threadId: thread.id,
      direction: 'out',
      author: from.author,
      officerId: from.author === 'officer' ? from.officerId : null,
      kind: reply.kind,
      body: reply,
      delivery: 'pending',
      createdAt,
    };
  });
  await tx.insert(chatMessages).values(rows);
  return rows.map((r) => r.id);
}

export interface StoredMessage {
  id: string;
  direction: 'in' | 'out';
  author: 'citizen' | 'bot' | 'officer';
  officerId: string | null;
  kind: string;
  body: Record<string, unknown>;
  delivery: 'received' | 'pending' | 'sent' | 'failed';
  createdAt: Date;
}

function toMessage(row: typeof chatMessages.$inferSelect): StoredMessage {
  return {
    id: row.id,
    direction: row.direction as StoredMessage['direction'],
    author: row.author as StoredMessage['author'],
    officerId: row.officerId,
    kind: row.kind,
    body: row.body as Record<string, unknown>,
    delivery: row.delivery as StoredMessage['delivery'],
    createdAt: row.createdAt,
  };
}

/** Outbound messages of a thread still to send, oldest first, locked so one sender takes each. */
export async function lockPendingOutbound(tx: Tx, tenantId: string, threadId: string): Promise<StoredMessage[]> {
  const rows = await tx
    .select()
    .from(chatMessages)
    .where(
      and(
        eq(chatMessages.tenantId, tenantId),
        eq(chatMessages.threadId, threadId),
        eq(chatMessages.direction, 'out'),
        eq(chatMessages.delivery, 'pending'),
      ),
    )
    .orderBy(asc(chatMessages.createdAt), asc(chatMessages.id))
    .for('update', { skipLocked: true });
  return rows.map(toMessage);
}

export async function markDelivery(
  tx: Tx,
  tenantId: string,
  messageId: string,
  outcome: { delivery: 'sent'; providerId: string; at: Date } | { delivery: 'failed'; failure: string },
): Promise<void> {
  await tx
    .update(chatMessages)
    .set(
      outcome.delivery === 'sent'
        ? { delivery: 'sent', providerId: outcome.providerId, sentAt: outcome.at }
        : { delivery: 'failed', failure: outcome.failure },
    )
    .where(and(eq(chatMessages.tenantId, tenantId), eq(chatMessages.id, messageId)));
}

/** A thread's messages, oldest first (the console shows the last `limit`). */
export async function listMessages(
  tx: Tx,
  tenantId: string,
  threadId: string,
  limit: number,
): Promise<StoredMessage[]> {
  const rows = await tx
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.tenantId, tenantId), eq(chatMessages.threadId, threadId)))
    .orderBy(desc(chatMessages.createdAt), desc(chatMessages.id))
    .limit(limit);
  return rows.reverse().map(toMessage);
}

/** Photos sent for a supplement and not yet handed in: their upload ids, oldest first. */
export async function listSupplementPhotos(
  tx: Tx,
  tenantId: string,
  threadId: string,
  code: string,
): Promise<{ messageId: string; uploadId: string }[]> {
  const rows = await tx
    .select({ id: chatMessages.id, uploadId: sql<string>`${chatMessages.body} ->> 'uploadId'` })
    .from(chatMessages)
    .where(
      and(
        eq(chatMessages.tenantId, tenantId),
        eq(chatMessages.threadId, threadId),
        eq(chatMessages.direction, 'in'),
        sql`${chatMessages.body} ->> 'supplementFor' = ${code}`,
        sql`${chatMessages.body} ->> 'uploadId' is not null`,
        sql`not (${chatMessages.body} ? 'handedIn')`,
      ),
    )
    .orderBy(asc(chatMessages.createdAt), asc(chatMessages.id));
  return rows.map((r) => ({ messageId: r.id, uploadId: r.uploadId }));
}

export async function markSupplementHandedIn(tx: Tx, tenantId: string, messageIds: readonly string[]): Promise<void> {
  if (messageIds.length === 0) return;
  await tx
    .update(chatMessages)
    .set({ body: sql`${chatMessages.body} || '{"handedIn": true}'::jsonb` })
    .where(and(eq(chatMessages.tenantId, tenantId), inArray(chatMessages.id, [...messageIds])));
}

/** Binds a dossier to a thread (its notices then come to this chat); a later binding moves it. */
export async function bindDossier(
  tx: Tx,
  tenantId: string,
  threadId: string,
  applicationId: string,
  at: Date,
): Promise<void> {
  await tx
    .insert(chatThreadDossiers)
    .values({ tenantId, applicationId, threadId, boundAt: at })
    .onConflictDoUpdate({
      target: [chatThreadDossiers.tenantId, chatThreadDossiers.applicationId],
      set: { threadId, boundAt: at },
    });
}

export async function isBound(tx: Tx, tenantId: string, threadId: string, applicationId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: chatThreadDossiers.applicationId })
    .from(chatThreadDossiers)
    .where(
      and(
        eq(chatThreadDossiers.tenantId, tenantId),
        eq(chatThreadDossiers.threadId, threadId),
        eq(chatThreadDossiers.applicationId, applicationId),
      ),
    );
  return rows.length > 0;
}

/** What the bot needs to decide about a dossier named in the chat (one index probe by code). */
export interface ChatDossier {
  id: string;
  code: string;
  lookupKey: string;
  applicantPhone: string;
  status: string;
}

export async function findDossierByCode(tx: Tx, tenantId: string, code: string): Promise<ChatDossier | undefined> {
  const rows = await tx
    .select({
      id: applications.id,
      code: applications.code,
      lookupKey: applications.lookupKey,
      applicantPhone: applications.applicantPhone,
      status: applications.status,
    })
    .from(applications)
    .where(and(eq(applications.tenantId, tenantId), eq(applications.code, code)))
    .limit(1);
  return rows[0];
}

/** Dossiers bound to a thread that wait for a supplement, most recently bound first. */
export async function boundAwaitingSupplement(tx: Tx, tenantId: string, threadId: string): Promise<ChatDossier[]> {
  return tx
    .select({
      id: applications.id,
      code: applications.code,
      lookupKey: applications.lookupKey,
      applicantPhone: applications.applicantPhone,
      status: applications.status,
    })
    .from(chatThreadDossiers)
    .innerJoin(
      applications,
      and(
        eq(applications.tenantId, chatThreadDossiers.tenantId),
        eq(applications.id, chatThreadDossiers.applicationId),
      ),
    )
    .where(
      and(
        eq(chatThreadDossiers.tenantId, tenantId),
        eq(chatThreadDossiers.threadId, threadId),
        eq(applications.status, 'supplement_requested'),
      ),
    )
    .orderBy(desc(chatThreadDossiers.boundAt));
}

/** The phones a chat user shared or signed in with (citizens linked to the OA id). */
export async function phonesOfChatUser(tx: Tx, tenantId: string, oaUserId: string): Promise<string[]> {
  const rows = await tx
    .select({ phone: citizens.phone })
    .from(citizens)
    .where(and(eq(citizens.tenantId, tenantId), eq(citizens.zaloOaUserId, oaUserId)));
  return rows.map((r) => r.phone);
}

/** Adds facts to an inbound message (the upload made of a supplement photo). */
export async function annotateInbound(
  tx: Tx,
  tenantId: string,
  messageId: string,
  patch: Record<string, string>,
): Promise<void> {
  await tx
    .update(chatMessages)
    .set({ body: sql`${chatMessages.body} || ${JSON.stringify(patch)}::jsonb` })
    .where(and(eq(chatMessages.tenantId, tenantId), eq(chatMessages.id, messageId)));
}
