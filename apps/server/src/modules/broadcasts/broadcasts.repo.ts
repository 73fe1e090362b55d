import type { Broadcast, BroadcastStats, BroadcastTarget } from '@motcua/contracts';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { BroadcastStatus, CheckedBroadcast } from './domain/broadcast.ts';

interface BroadcastRow {
  id: string;
  title: string;
  kind: Broadcast['kind'];
  body: string;
  media: { url?: string; title?: string };
  target: BroadcastTarget;
  status: BroadcastStatus;
  scheduled_at: Stamp;
  created_at: Stamp;
  started_at: Stamp | null;
  finished_at: Stamp | null;
  cancelled_at: Stamp | null;
  recipients: number | null;
}

/** Raw queries may read timestamps as text (the driver's parsers are the ORM's). */
type Stamp = Date | string;
const iso = (value: Stamp): string => new Date(value).toISOString();
const isoOrNull = (value: Stamp | null): string | null => (value === null ? null : iso(value));

const EMPTY_STATS: BroadcastStats = {
  pending: 0,
  sending: 0,
  sent: 0,
  skipped: 0,
  failed: 0,
  cancelled: 0,
  unknown: 0,
};

const rows = async <T>(tx: Tx, query: SQL): Promise<T[]> => (await tx.execute(query)).rows as T[];

/** The followers a target names (alias `f`), as a condition. */
export function targetCondition(target: BroadcastTarget): SQL {
  if ('all' in target) return sql`true`;
  if ('communes' in target) {
    return sql`f.commune_code in (select jsonb_array_elements_text(${JSON.stringify(target.communes)}::jsonb))`;
  }
  return sql`f.tags && array(select jsonb_array_elements_text(${JSON.stringify(target.tags)}::jsonb))`;
}

function toBroadcast(row: BroadcastRow, stats: BroadcastStats): Broadcast {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    body: row.body,
    media: row.media,
    target: row.target,
    status: row.status,
    scheduledAt: iso(row.scheduled_at),
    createdAt: iso(row.created_at),
    startedAt: isoOrNull(row.started_at),
    finishedAt: isoOrNull(row.finished_at),
    cancelledAt: isoOrNull(row.cancelled_at),
    recipients: row.recipients,
    stats,
  };
}

const COLUMNS = sql`id, title, kind, body, media, target, status, scheduled_at, created_at, started_at,
  finished_at, cancelled_at, recipients`;

export async function insertBroadcast(
  tx: Tx,
  tenantId: string,
  id: string,
  broadcast: CheckedBroadcast,
  createdBy: string,
  now: Date,
): Promise<void> {
  await tx.execute(sql`
    insert into broadcasts (tenant_id, id, title, kind, body, media, target, status, scheduled_at, created_by, created_at)
    values (${tenantId}, ${id}, ${broadcast.title}, ${broadcast.kind}, ${broadcast.body},
      ${JSON.stringify(broadcast.media)}::jsonb, ${JSON.stringify(broadcast.target)}::jsonb, 'scheduled',
      ${broadcast.scheduledAt}, ${createdBy}, ${now})`);
}

/** Delivery counts by state of some broadcasts. */
async function statsOf(tx: Tx, tenantId: string, ids: readonly string[]): Promise<Map<string, BroadcastStats>> {
  const found = new Map<string, BroadcastStats>();
  if (ids.length === 0) return found;
  const counted = await rows<{ broadcast_id: string; status: keyof BroadcastStats; n: number }>(
    tx,
    sql`select broadcast_id, status, count(*)::int as n from broadcast_deliveries
        where tenant_id = ${tenantId}
          and broadcast_id in (select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid)
        group by broadcast_id, status`,
  );
  for (const row of counted) {
    const stats = found.get(row.broadcast_id) ?? { ...EMPTY_STATS };
    stats[row.status] = row.n;
    found.set(row.broadcast_id, stats);
  }
  return found;
}

export async function findBroadcast(
  tx: Tx,
  tenantId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<Broadcast | undefined> {
  const [row] = await rows<BroadcastRow>(
    tx,
    options.lock
      ? sql`select ${COLUMNS} from broadcasts where tenant_id = ${tenantId} and id = ${id} for update`
      : sql`select ${COLUMNS} from broadcasts where tenant_id = ${tenantId} and id = ${id}`,
  );
  if (!row) return undefined;
  return toBroadcast(row, (await statsOf(tx, tenantId, [id])).get(id) ?? { ...EMPTY_STATS });
}

export async function listBroadcasts(tx: Tx, tenantId: string, limit: number): Promise<Broadcast[]> {
  const found = await rows<BroadcastRow>(
    tx,
    sql`select ${COLUMNS} from broadcasts where tenant_id = ${tenantId} order by created_at desc, id limit ${limit}`,
  );
  const stats = await statsOf(
    tx,
    tenantId,
    found.map((row) => row.id),
  );
  return found.map((row) => toBroadcast(row, stats.get(row.id) ?? { ...EMPTY_STATS }));
}

export async function setStatus(
  tx: Tx,
  tenantId: string,
  id: string,
  status: BroadcastStatus,
  at: Date,
  extra: { recipients?: number; cancelledBy?: string } = {},
): Promise<void> {
  const stamp =
    status === 'sending'
      ? sql`started_at = ${at}, recipients = ${extra.recipients ?? null}`
      : status === 'sent'
        ? sql`finished_at = ${at}`
        : status === 'cancelled'
          ? sql`cancelled_at = ${at}, cancelled_by = ${extra.cancelledBy ?? null}`
          : sql`scheduled_at = scheduled_at`;
  await tx.execute(
    sql`update broadcasts set status = ${status}, ${stamp} where tenant_id = ${tenantId} and id = ${id}`,
  );
}

/**
 * The recipients of a broadcast, chosen in the database (nothing held in memory): the followers
 * the target names. Those known to have been silent longer than the reply window are recorded as
 * skipped at once (`window`): Zalo would refuse them (-230), and each refusal spends the OA's rate.
 */
export async function chooseRecipients(
  tx: Tx,
  tenantId: string,
  id: string,
  target: BroadcastTarget,
  windowStart: Date,
  now: Date,
): Promise<number> {
  const inserted = await tx.execute(sql`
    insert into broadcast_deliveries (tenant_id, broadcast_id, oa_user_id, status, error_code, done_at)
    select f.tenant_id, ${id}, f.oa_user_id,
      case when f.last_interaction_at < ${windowStart} then 'skipped' else 'pending' end,
      case when f.last_interaction_at < ${windowStart} then 'window' end,
      case when f.last_interaction_at < ${windowStart} then ${now}::timestamptz end
    from zalo_followers f
    where f.tenant_id = ${tenantId} and f.follower and ${targetCondition(target)}
    on conflict do nothing`);
  return inserted.rowCount ?? 0;
}

/** Followers a target reaches now, and of them those inside the reply window. */
export async function audience(
  tx: Tx,
  tenantId: string,
  target: BroadcastTarget,
  windowStart: Date,
): Promise<{ count: number; reachable: number }> {
  const [row] = await rows<{ count: number; reachable: number }>(
    tx,
    sql`select count(*)::int as count,
          count(*) filter (where f.last_interaction_at is null or f.last_interaction_at >= ${windowStart})::int as reachable
        from zalo_followers f where f.tenant_id = ${tenantId} and f.follower and ${targetCondition(target)}`,
  );
  return row ?? { count: 0, reachable: 0 };
}

export async function followerTags(tx: Tx, tenantId: string): Promise<{ name: string; count: number }[]> {
  return rows<{ name: string; count: number }>(
    tx,
    sql`select tag as name, count(*)::int as count
        from zalo_followers f, unnest(f.tags) as tag
        where f.tenant_id = ${tenantId} and f.follower
        group by tag order by count(*) desc, tag limit 500`,
  );
}

/** Takes up to `size` pending recipients for sending (another worker skips them). */
export async function claimBatch(tx: Tx, tenantId: string, id: string, size: number, now: Date): Promise<string[]> {
  const claimed = await rows<{ oa_user_id: string }>(
    tx,
    // By row address: the locked rows are updated where they lie, whatever the planner thinks of a
    // table that has just grown by a whole broadcast (with stale statistics a join back to the
    // table by key was planned as a nested loop over a sequential scan: seconds per batch).
    sql`update broadcast_deliveries d set status = 'sending', claimed_at = ${now}
        where d.ctid = any(array(
          select ctid from broadcast_deliveries
          where tenant_id = ${tenantId} and broadcast_id = ${id} and status = 'pending'
          order by oa_user_id limit ${size} for update skip locked))
        returning d.oa_user_id`,
  );
  return claimed.map((row) => row.oa_user_id);
}

export interface Settled {
  oaUserId: string;
  /** `pending` puts it back for a later try. */
  status: 'sent' | 'skipped' | 'failed' | 'pending';
  providerId?: string;
  errorCode?: string;
}

/** Records a batch's outcomes in one statement. */
export async function settleBatch(tx: Tx, tenantId: string, id: string, settled: readonly Settled[], now: Date) {
  if (settled.length === 0) return;
  const payload = JSON.stringify(
    settled.map((row) => ({ u: row.oaUserId, s: row.status, p: row.providerId ?? null, e: row.errorCode ?? null })),
  );
  await tx.execute(sql`
    update broadcast_deliveries d
    set status = v.s, provider_id = v.p, error_code = v.e,
        done_at = case when v.s = 'pending' then null else ${now}::timestamptz end,
        claimed_at = case when v.s = 'pending' then null else d.claimed_at end
    from jsonb_to_recordset(${payload}::jsonb) as v(u text, s text, p text, e text)
    where d.tenant_id = ${tenantId} and d.broadcast_id = ${id} and d.oa_user_id = v.u and d.status = 'sending'`);
}

/**
 * Sends cut off by a crash (claimed, never settled): Zalo may or may not have delivered them, and
 * a consultation message carries no idempotency key, so they are recorded as `unknown`, never sent
 * again. Only called when no other fan-out of this broadcast can be running.
 */
export async function markCutOff(tx: Tx, tenantId: string, id: string, now: Date): Promise<number> {
  const result = await tx.execute(sql`
    update broadcast_deliveries set status = 'unknown', done_at = ${now}, error_code = 'interrupted'
    where tenant_id = ${tenantId} and broadcast_id = ${id} and status = 'sending'`);
  return result.rowCount ?? 0;
}

export async function cancelPending(tx: Tx, tenantId: string, id: string, now: Date): Promise<void> {
  await tx.execute(sql`
    update broadcast_deliveries set status = 'cancelled', done_at = ${now}
    where tenant_id = ${tenantId} and broadcast_id = ${id} and status = 'pending'`);
}

export async function hasPending(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const found = await rows<{ one: number }>(
    tx,
    sql`select 1 as one from broadcast_deliveries
        where tenant_id = ${tenantId} and broadcast_id = ${id} and status in ('pending', 'sending') limit 1`,
  );
  return found.length > 0;
}

export async function statusOf(tx: Tx, tenantId: string, id: string): Promise<BroadcastStatus | undefined> {
  const [row] = await rows<{ status: BroadcastStatus }>(
    tx,
    sql`select status from broadcasts where tenant_id = ${tenantId} and id = ${id}`,
  );
  return row?.status;
}

/** The province's communes with their full names (for reading shared addresses). */
export async function provinceCommunes(tx: Tx, tenantId: string): Promise<{ code: string; fullName: string }[]> {
  return rows<{ code: string; fullName: string }>(
    tx,
    sql`select a.code, a.full_name as "fullName" from admin_units a
        join tenants t on t.national_code = a.province_code
        where t.id = ${tenantId} and a.kind = 'commune'`,
  );
}

/** Records what Zalo says of a follower (sync): follower flag, tags, last interaction, commune. */
export async function upsertFollower(
  tx: Tx,
  tenantId: string,
  follower: {
    oaUserId: string;
    appUserId?: string;
    follower: boolean;
    tags: readonly string[];
    lastInteractionAt?: Date;
    communeCode?: string;
  },
  now: Date,
): Promise<void> {
  await tx.execute(sql`
    insert into zalo_followers (tenant_id, oa_user_id, app_user_id, follower, last_interaction_at, tags, commune_code, updated_at)
    values (${tenantId}, ${follower.oaUserId}, ${follower.appUserId ?? null}, ${follower.follower},
      ${follower.lastInteractionAt ?? null}, array(select jsonb_array_elements_text(${JSON.stringify(follower.tags)}::jsonb)),
      ${follower.communeCode ?? null}, ${now})
    on conflict (tenant_id, oa_user_id) do update set
      app_user_id = coalesce(excluded.app_user_id, zalo_followers.app_user_id),
      follower = excluded.follower,
      last_interaction_at = greatest(zalo_followers.last_interaction_at, excluded.last_interaction_at),
      tags = excluded.tags,
      commune_code = coalesce(excluded.commune_code, zalo_followers.commune_code),
      updated_at = excluded.updated_at`);
}
