import type { WebhookDelivery, WebhookDeliveryQuery } from '@motcua/contracts';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import type { SendResult } from './ports.ts';

type Stamp = Date | string;
const iso = (value: Stamp): string => new Date(value).toISOString();
const isoOrNull = (value: Stamp | null): string | null => (value === null ? null : iso(value));
const rows = async <T>(tx: Tx, query: SQL): Promise<T[]> => (await tx.execute(query)).rows as T[];

export interface NewDelivery {
  tenantId: string;
  id: string;
  endpointId: string;
  seq: number;
  eventId: string;
  code: string;
  type: string;
  occurredAt: Date;
  body: string;
  now: Date;
}

export async function insertDelivery(tx: Tx, d: NewDelivery): Promise<void> {
  await tx.execute(sql`
    insert into webhook_deliveries (tenant_id, id, endpoint_id, seq, event_id, application_code, type, occurred_at,
                                    body, next_attempt_at, created_at)
    values (${d.tenantId}, ${d.id}, ${d.endpointId}, ${d.seq}, ${d.eventId}, ${d.code}, ${d.type}, ${d.occurredAt},
            ${d.body}, ${d.now}, ${d.now})`);
}

/** The next delivery of an enabled endpoint, with what sending it needs. */
export interface HeadDelivery {
  url: string;
  secretSealed: string;
  keyId: string;
  id: string;
  type: string;
  body: string;
  attempts: number;
  nextAttemptAt: Date;
}

/** The first pending delivery (lowest `seq`) of an endpoint that is on; undefined if none or off. */
export async function headDelivery(tx: Tx, tenantId: string, endpointId: string): Promise<HeadDelivery | undefined> {
  const [row] = await rows<{
    url: string;
    secret_sealed: string;
    key_id: string;
    id: string;
    type: string;
    body: string;
    attempts: number;
    next_attempt_at: Stamp | null;
  }>(
    tx,
    sql`select e.url, e.secret_sealed, e.key_id, d.id, d.type, d.body, d.attempts, d.next_attempt_at
          from webhook_endpoints e
          join lateral (select id, type, body, attempts, next_attempt_at from webhook_deliveries d
                         where d.tenant_id = e.tenant_id and d.endpoint_id = e.id and d.status = 'pending'
                         order by d.seq limit 1) d on true
         where e.tenant_id = ${tenantId} and e.id = ${endpointId} and e.status = 'enabled'`,
  );
  if (!row) return undefined;
  return {
    url: row.url,
    secretSealed: row.secret_sealed,
    keyId: row.key_id,
    id: row.id,
    type: row.type,
    body: row.body,
    attempts: row.attempts,
    nextAttemptAt: new Date(row.next_attempt_at ?? 0),
  };
}

/**
 * Records one attempt: delivered on success; else still pending until `retryAt`, or `failed` when
 * there is no retry (the endpoint was switched off for failing).
 */
export async function recordAttempt(
  tx: Tx,
  tenantId: string,
  id: string,
  result: SendResult,
  at: Date,
  retryAt: Date | null,
): Promise<void> {
  const status = result.ok ? 'delivered' : retryAt === null ? 'failed' : 'pending';
  await tx.execute(sql`
    update webhook_deliveries
       set status = ${status}, attempts = attempts + 1, last_attempt_at = ${at}, last_status_code = ${result.statusCode},
           last_error = ${result.error}, last_duration_ms = ${result.durationMs},
           delivered_at = ${result.ok ? at : null}, next_attempt_at = ${result.ok ? null : retryAt}
     where tenant_id = ${tenantId} and id = ${id}`);
}

interface DeliveryRow {
  id: string;
  seq: number;
  type: WebhookDelivery['type'];
  application_code: string;
  occurred_at: Stamp;
  status: WebhookDelivery['status'];
  attempts: number;
  next_attempt_at: Stamp | null;
  last_attempt_at: Stamp | null;
  last_status_code: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
  delivered_at: Stamp | null;
  replays: number;
}

function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    seq: row.seq,
    type: row.type,
    code: row.application_code,
    occurredAt: iso(row.occurred_at),
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: isoOrNull(row.next_attempt_at),
    lastAttemptAt: isoOrNull(row.last_attempt_at),
    lastStatusCode: row.last_status_code,
    lastError: row.last_error,
    lastDurationMs: row.last_duration_ms,
    deliveredAt: isoOrNull(row.delivered_at),
    replays: row.replays,
  };
}

const DELIVERY_COLUMNS = sql`id, seq, type, application_code, occurred_at, status, attempts, next_attempt_at,
  last_attempt_at, last_status_code, last_error, last_duration_ms, delivered_at, replays`;

/** An endpoint's deliveries, newest first (by `seq`), a page at a time. */
export async function listDeliveries(
  tx: Tx,
  tenantId: string,
  endpointId: string,
  query: WebhookDeliveryQuery,
): Promise<WebhookDelivery[]> {
  const found = await rows<DeliveryRow>(
    tx,
    sql`select ${DELIVERY_COLUMNS} from webhook_deliveries
         where tenant_id = ${tenantId} and endpoint_id = ${endpointId}
           ${query.before !== undefined ? sql`and seq < ${query.before}` : sql``}
           ${query.status !== undefined ? sql`and status = ${query.status}` : sql``}
         order by seq desc limit ${query.limit ?? 50}`,
  );
  return found.map(toDelivery);
}

export async function findDelivery(
  tx: Tx,
  tenantId: string,
  endpointId: string,
  id: string,
): Promise<WebhookDelivery | undefined> {
  const [row] = await rows<DeliveryRow>(
    tx,
    sql`select ${DELIVERY_COLUMNS} from webhook_deliveries
         where tenant_id = ${tenantId} and endpoint_id = ${endpointId} and id = ${id} for update`,
  );
  return row ? toDelivery(row) : undefined;
}

/** Puts a delivery back in the queue, due now, keeping its id and body. */
export async function requeueDelivery(tx: Tx, tenantId: string, id: string, now: Date): Promise<void> {
  await tx.execute(sql`
    update webhook_deliveries set status = 'pending', next_attempt_at = ${now}, replays = replays + 1
     where tenant_id = ${tenantId} and id = ${id}`);
}
