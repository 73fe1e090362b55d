import type { ChatMessageView, ChatThreadList, ChatThreadSummary, ChatThreadView } from '@motcua/contracts';
import { appendAudit } from '../../../platform/audit.ts';
import { withTx, type Database, type Tx } from '../../../platform/db/database.ts';
import { ForbiddenError, type Officer } from '../../identity/index.ts';
import type { Tenant } from '../../tenants/index.ts';
import { findThread, insertOutbound, listMessages, updateThread, type StoredMessage } from '../chatbot.repo.ts';
import { ChatThreadClosedError, ChatThreadNotFoundError } from '../chatbot.errors.ts';
import { findHandedOff, listHandedOff, officerNames, type ThreadSummaryRow } from '../console-chats.repo.ts';
import { enqueueChatDelivery } from './deliver-chat-messages.ts';

export interface ConsoleChatDeps {
  database: Database;
  now: () => Date;
}

/** Officers who answer citizens: intake, processing and leaders (any unit). */
function assertMayChat(officer: Officer): void {
  if (!officer.roles.some((grant) => ['intake', 'processor', 'leader'].includes(grant.role)))
    throw new ForbiddenError();
}

function summary(row: ThreadSummaryRow): ChatThreadSummary {
  return {
    id: row.id,
    channel: row.channel,
    ...(row.phone ? { phone: row.phone } : {}),
    handoff: row.handoff,
    handoffAt: row.handoffAt?.toISOString() ?? null,
    lastMessageAt: row.lastMessageAt.toISOString(),
    ...(row.lastMessage ? { lastMessage: row.lastMessage } : {}),
    awaitingReply: row.awaitingReply,
  };
}

function messageView(message: StoredMessage, names: Map<string, string>): ChatMessageView {
  const body = message.body;
  const text =
    typeof body['text'] === 'string' ? body['text'] : typeof body['title'] === 'string' ? body['title'] : undefined;
  const buttons = Array.isArray(body['buttons'])
    ? (body['buttons'] as unknown[]).flatMap((b) =>
        typeof b === 'object' && b !== null && typeof (b as Record<string, unknown>)['title'] === 'string'
          ? [String((b as Record<string, unknown>)['title'])]
          : [],
      )
    : [];
  const officerName = message.officerId ? names.get(message.officerId) : undefined;
  return {
    id: message.id,
    direction: message.direction,
    author: message.author,
    ...(officerName ? { officerName } : {}),
    kind: message.kind,
    ...(text !== undefined ? { text } : {}),
    ...(buttons.length > 0 ? { buttons } : {}),
    delivery: message.delivery,
    at: message.createdAt.toISOString(),
  };
}

async function audit(
  tx: Tx,
  tenantId: string,
  officer: Officer,
  action: string,
  threadId: string | null,
  requestId: string,
) {
  await appendAudit(tx, tenantId, {
    actorType: 'officer',
    actorId: officer.id,
    action,
    subjectType: 'chat_thread',
    subjectId: threadId,
    requestId,
  });
}

/** The live-chat inbox: conversations handed to an officer, most recent first (read is audited). */
export async function listChats(
  deps: ConsoleChatDeps,
  input: {
    tenant: Tenant;
    officer: Officer;
    status: 'open' | 'closed' | 'all';
    page: number;
    pageSize: number;
    requestId: string;
  },
): Promise<ChatThreadList> {
  assertMayChat(input.officer);
  const handoff = input.status === 'all' ? (['open', 'closed'] as const) : ([input.status] as const);
  return withTx(deps.database, input.tenant.id, async (tx) => {
    const { rows, total } = await listHandedOff(tx, input.tenant.id, {
      handoff,
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    });
    await audit(tx, input.tenant.id, input.officer, 'chat.list', null, input.requestId);
    return { items: rows.map(summary), total, page: input.page, pageSize: input.pageSize };
  });
}

/** One conversation with its last messages (read is audited). */
export async function getChat(
  deps: ConsoleChatDeps,
  input: { tenant: Tenant; officer: Officer; threadId: string; requestId: string },
): Promise<ChatThreadView> {
  assertMayChat(input.officer);
  return withTx(deps.database, input.tenant.id, async (tx) => {
    const thread = await findHandedOff(tx, input.tenant.id, input.threadId);
    if (!thread) throw new ChatThreadNotFoundError();
    const messages = await listMessages(tx, input.tenant.id, input.threadId, 200);
    const names = await officerNames(tx, input.tenant.id, [
      ...new Set(messages.flatMap((m) => (m.officerId ? [m.officerId] : []))),
    ]);
    await audit(tx, input.tenant.id, input.officer, 'chat.read', input.threadId, input.requestId);
    return { thread: summary(thread), messages: messages.map((m) => messageView(m, names)) };
  });
}

/** An officer's reply: recorded, then sent through the channel by a job (the chat's outbox). */
export async function replyToChat(
  deps: ConsoleChatDeps,
  input: { tenant: Tenant; officer: Officer; threadId: string; text: string; requestId: string },
): Promise<ChatThreadView> {
  assertMayChat(input.officer);
  await withTx(deps.database, input.tenant.id, async (tx) => {
    const thread = await findThread(tx, input.tenant.id, input.threadId, true);
    if (!thread || thread.handoff === 'none') throw new ChatThreadNotFoundError();
    if (thread.handoff === 'closed') throw new ChatThreadClosedError();
    const now = deps.now();
    await insertOutbound(
      tx,
      thread,
      [{ kind: 'text', text: input.text.normalize('NFC').trim() }],
      { author: 'officer', officerId: input.officer.id },
      now,
    );
    await updateThread(tx, input.tenant.id, thread.id, { lastMessageAt: now });
    await enqueueChatDelivery(tx, input.tenant.id, thread.id);
    await audit(tx, input.tenant.id, input.officer, 'chat.reply', thread.id, input.requestId);
  });
  return getChat(deps, input);
}

/** Ends the conversation with the officer: the bot answers again, and the person is told. */
export async function closeChat(
  deps: ConsoleChatDeps,
  input: { tenant: Tenant; officer: Officer; threadId: string; requestId: string },
): Promise<ChatThreadView> {
  assertMayChat(input.officer);
  await withTx(deps.database, input.tenant.id, async (tx) => {
    const thread = await findThread(tx, input.tenant.id, input.threadId, true);
    if (!thread || thread.handoff === 'none') throw new ChatThreadNotFoundError();
    if (thread.handoff === 'closed') return;
    const now = deps.now();
    await updateThread(tx, input.tenant.id, thread.id, { handoff: 'closed', lastMessageAt: now });
    await insertOutbound(
      tx,
      thread,
      [
        {
          kind: 'text',
          text: 'Cán bộ đã kết thúc cuộc trò chuyện. Cảm ơn bạn! Gõ "menu" để xem các chức năng của trợ lý.',
        },
      ],
      { author: 'bot' },
      now,
    );
    await enqueueChatDelivery(tx, input.tenant.id, thread.id);
    await audit(tx, input.tenant.id, input.officer, 'chat.close', thread.id, input.requestId);
  });
  return getChat(deps, input);
}
