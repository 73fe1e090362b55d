import type { WebhookEndpoint, WebhookEventType } from '@motcua/contracts';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';

type Stamp = Date | string;
const iso = (value: Stamp): string => new Date(value).toISOString();
const isoOrNull = (value: Stamp | null): string | null => (value === null ? null : iso(value));
const rows = async <T>(tx: Tx, query: SQL): Promise<T[]> => (await tx.execute(query)).rows as T[];

interface EndpointRow {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  status: 'enabled' | 'disabled';
  disabled_reason: 'manual' | 'failing' | null;
  disabled_at: Stamp | null;
  consecutive_failures: number;
  failing_since: Stamp | null;
  last_failure_at: Stamp | null;
  last_failure_code: number | null;
  last_failure_error: string | null;
  created_at: Stamp;
  pending: number;
}

const SELECT_ENDPOINTS = sql`
  select e.id, e.url, e.description, e.events, e.status, e.disabled_reason, e.disabled_at,
         e.consecutive_failures, e.failing_since, e.last_failure_at, e.last_failure_code, e.last_failure_error,
         e.created_at,
         (select count(*)::int from webhook_deliveries d
           where d.tenant_id = e.tenant_id and d.endpoint_id = e.id and d.status = 'pending') as pending
    from webhook_endpoints e`;

function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    enabled: row.status === 'enabled',
    disabledReason: row.disabled_reason,
    disabledAt: isoOrNull(row.disabled_at),
    consecutiveFailures: row.consecutive_failures,
    failingSince: isoOrNull(row.failing_since),
    lastFailure:
      row.last_failure_at === null
        ? null
        : { at: iso(row.last_failure_at), statusCode: row.last_failure_code, error: row.last_failure_error ?? '' },
    pending: row.pending,
    createdAt: iso(row.created_at),
  };
}

export interface NewEndpointRow {
  tenantId: string;
  id: string;
  url: string;
  description: string;
  events: readonly string[];
  secretSealed: string;
  keyId: string;
  createdByType: 'officer' | 'integrator';
  createdBy: string;
  now: Date;
}

export async function insertEndpoint(tx: Tx, e: NewEndpointRow): Promise<void> {
  await tx.execute(sql`
    insert into webhook_endpoints (tenant_id, id, url, description, events, secret_sealed, key_id,
                                   created_by_type, created_by, created_at, updated_at)
    values (${e.tenantId}, ${e.id}, ${e.url}, ${e.description}, ${sql.param([...e.events])}::text[],
            ${e.secretSealed}, ${e.keyId}, ${e.createdByType}, ${e.createdBy}, ${e.now}, ${e.now})`);
}

export async function listEndpoints(tx: Tx, tenantId: string): Promise<WebhookEndpoint[]> {
  const found = await rows<EndpointRow>(
    tx,
    sql`${SELECT_ENDPOINTS} where e.tenant_id = ${tenantId} order by e.created_at desc limit 200`,
  );
  return found.map(toEndpoint);
}

export async function findEndpoint(tx: Tx, tenantId: string, id: string): Promise<WebhookEndpoint | undefined> {
  const [row] = await rows<EndpointRow>(tx, sql`${SELECT_ENDPOINTS} where e.tenant_id = ${tenantId} and e.id = ${id}`);
  return row ? toEndpoint(row) : undefined;
}

/** An endpoint's status (locked for a change with `lock`), or undefined when there is no such endpoint. */
export async function endpointStatus(
  tx: Tx,
  tenantId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<'enabled' | 'disabled' | undefined> {
  const [row] = await rows<{ status: 'enabled' | 'disabled' }>(
    tx,
    sql`select status from webhook_endpoints where tenant_id = ${tenantId} and id = ${id}
        ${options.lock ? sql`for update` : sql``}`,
  );
  return row?.status;
}

export async function updateEndpoint(
  tx: Tx,
  tenantId: string,
  id: string,
  patch: { url?: string; events?: readonly string[]; description?: string },
  now: Date,
): Promise<void> {
  const sets = [
    ...(patch.url !== undefined ? [sql`url = ${patch.url}`] : []),
    ...(patch.events !== undefined ? [sql`events = ${sql.param([...patch.events])}::text[]`] : []),
    ...(patch.description !== undefined ? [sql`description = ${patch.description}`] : []),
    sql`updated_at = ${now}`,
  ];
  await tx.execute(
    sql`update webhook_endpoints set ${sql.join(sets, sql`, `)} where tenant_id = ${tenantId} and id = ${id}`,
  );
}

/** Deliveries resume; the count of failures starts again. */
export async function enableEndpoint(tx: Tx, tenantId: string, id: string, now: Date): Promise<void> {
  await tx.execute(sql`
    update webhook_endpoints
       set status = 'enabled', disabled_reason = null, disabled_at = null, consecutive_failures = 0,
           failing_since = null, updated_at = ${now}
     where tenant_id = ${tenantId} and id = ${id}`);
}

export async function disableEndpoint(
  tx: Tx,
  tenantId: string,
  id: string,
  reason: 'manual' | 'failing',
  now: Date,
): Promise<void> {
  await tx.execute(sql`
    update webhook_endpoints set status = 'disabled', disabled_reason = ${reason}, disabled_at = ${now}, updated_at = ${now}
     where tenant_id = ${tenantId} and id = ${id}`);
}

/**
 * The enabled endpoints subscribed to `type` that have no delivery of this event yet, each with the
 * next number in its order of deliveries (taken here).
 */
export async function takeSubscribers(
  tx: Tx,
  tenantId: string,
  type: string,
  eventId: string,
): Promise<{ id: string; seq: number }[]> {
  return rows<{ id: string; seq: number }>(
    tx,
    sql`update webhook_endpoints e set last_seq = e.last_seq + 1
         where e.tenant_id = ${tenantId} and e.status = 'enabled' and ${type} = any(e.events)
           and not exists (select from webhook_deliveries d
                            where d.tenant_id = e.tenant_id and d.endpoint_id = e.id and d.event_id = ${eventId})
        returning e.id, e.last_seq as seq`,
  );
}

export async function recordEndpointSuccess(tx: Tx, tenantId: string, id: string): Promise<void> {
  await tx.execute(sql`
    update webhook_endpoints set consecutive_failures = 0, failing_since = null
     where tenant_id = ${tenantId} and id = ${id} and consecutive_failures > 0`);
}

/** Counts one more failure; the run of failures so far. */
export async function recordEndpointFailure(
  tx: Tx,
  tenantId: string,
  id: string,
  failure: { at: Date; statusCode: number | null; error: string },
): Promise<{ failures: number; failingSince: Date }> {
  const [row] = await rows<{ failures: number; failing_since: Stamp }>(
    tx,
    sql`update webhook_endpoints
           set consecutive_failures = consecutive_failures + 1, failing_since = coalesce(failing_since, ${failure.at}),
               last_failure_at = ${failure.at}, last_failure_code = ${failure.statusCode},
               last_failure_error = ${failure.error}
         where tenant_id = ${tenantId} and id = ${id}
        returning consecutive_failures as failures, failing_since`,
  );
  return { failures: row?.failures ?? 1, failingSince: new Date(row?.failing_since ?? failure.at) };
}
