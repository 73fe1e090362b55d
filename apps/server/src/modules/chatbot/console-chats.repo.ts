import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { Handoff } from './chatbot.repo.ts';

export interface ThreadSummaryRow {
  id: string;
  channel: 'zalo';
  phone: string | null;
  handoff: Exclude<Handoff, 'none'>;
  handoffAt: Date | null;
  lastMessageAt: Date;
  lastMessage: string | null;
  awaitingReply: boolean;
}

interface RawSummary extends Record<string, unknown> {
  id: string;
  channel: 'zalo';
  phone: string | null;
  handoff: Exclude<Handoff, 'none'>;
  handoff_at: Date | string | null;
  last_message_at: Date | string;
  last_message: string | null;
  awaiting_reply: boolean;
  total?: number;
}

const date = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

function toSummary(row: RawSummary): ThreadSummaryRow {
  return {
    id: row.id,
    channel: row.channel,
    phone: row.phone,
    handoff: row.handoff,
    handoffAt: row.handoff_at === null ? null : date(row.handoff_at),
    lastMessageAt: date(row.last_message_at),
    lastMessage: row.last_message,
    awaitingReply: row.awaiting_reply,
  };
}

/** The columns of a thread as the live-chat inbox shows it (phone, last message, awaiting a reply). */
const summaryColumns = sql`
  t.id, t.channel, t.handoff, t.handoff_at, t.last_message_at,
  (select c.phone from citizens c
    where c.tenant_id = t.tenant_id and c.zalo_oa_user_id = t.external_user_id limit 1) as phone,
  (select left(coalesce(m.body ->> 'text', ''), 120) from chat_messages m
    where m.tenant_id = t.tenant_id and m.thread_id = t.id
    order by m.created_at desc, m.id desc limit 1) as last_message,
  exists (select 1 from chat_messages m
    where m.tenant_id = t.tenant_id and m.thread_id = t.id and m.direction = 'in'
      and m.created_at >= coalesce(t.handoff_at, '-infinity'::timestamptz)
      and m.created_at > coalesce((select max(o.created_at) from chat_messages o
        where o.tenant_id = t.tenant_id and o.thread_id = t.id and o.author = 'officer'), '-infinity'::timestamptz)
  ) as awaiting_reply`;

/** Handed-off threads, most recent message first. */
export async function listHandedOff(
  tx: Tx,
  tenantId: string,
  filter: { handoff: readonly Exclude<Handoff, 'none'>[]; limit: number; offset: number },
): Promise<{ rows: ThreadSummaryRow[]; total: number }> {
  const handoffs = sql.join(
    filter.handoff.map((h) => sql`${h}`),
    sql`, `,
  );
  const result = await tx.execute<RawSummary>(sql`
    select ${summaryColumns}, count(*) over ()::int as total
      from chat_threads t
     where t.tenant_id = ${tenantId} and t.handoff in (${handoffs})
     order by t.last_message_at desc, t.id desc
     limit ${filter.limit} offset ${filter.offset}`);
  const rows = result.rows;
  return { rows: rows.map(toSummary), total: rows[0]?.total ?? 0 };
}

export async function findHandedOff(tx: Tx, tenantId: string, threadId: string): Promise<ThreadSummaryRow | undefined> {
  const result = await tx.execute<RawSummary>(sql`
    select ${summaryColumns} from chat_threads t
     where t.tenant_id = ${tenantId} and t.id = ${threadId} and t.handoff <> 'none'`);
  const row = result.rows[0];
  return row ? toSummary(row) : undefined;
}

export async function officerNames(tx: Tx, tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await tx.execute<{ id: string; full_name: string }>(
    sql`select id, full_name from officers where tenant_id = ${tenantId} and id in (${list})`,
  );
  return new Map(result.rows.map((r) => [r.id, r.full_name]));
}
