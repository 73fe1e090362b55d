/**
 * After a drill: what the clients were told against what PostgreSQL and the simulator hold. Read
 * with the owner's connection (row-level security does not apply), one province.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../apps/server/src/platform/db/database.ts';
import type { Filed, Transition } from './clients.ts';

export interface FilingCheck {
  acknowledged: number;
  found: number;
  /** Acknowledged filings without their dossier, or with another code than the client was given. */
  missing: number;
  /** Idempotency keys filed more than once, and codes held by more than one dossier. */
  duplicates: number;
  /** Unit-days whose numbers are not exactly 1…n. */
  gaps: number;
  problems: string[];
}

/** Every acknowledged filing exists exactly once under its code; codes are gap-free per unit and day. */
export async function checkFilings(
  database: Database,
  tenantId: string,
  filed: readonly Filed[],
): Promise<FilingCheck> {
  const keys = filed.map((f) => f.key);
  const rows = await database.pool.query<{ key: string; code: string }>(
    `select e.idempotency_key as key, a.code
       from application_events e join applications a on a.tenant_id = e.tenant_id and a.id = e.application_id
      where e.tenant_id = $1 and e.action = 'submit' and e.idempotency_key = any($2::text[])`,
    [tenantId, keys],
  );
  const byKey = new Map<string, string[]>();
  for (const row of rows.rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.code]);
  const problems: string[] = [];
  let missing = 0;
  for (const f of filed) {
    const codes = byKey.get(f.key) ?? [];
    if (!codes.includes(f.code)) {
      missing += 1;
      if (problems.length < 5)
        problems.push(`${f.key}: acknowledged as ${f.code}, found ${codes.join(', ') || 'nothing'}`);
    }
  }
  const doubledKeys = [...byKey.values()].filter((codes) => codes.length > 1).length;
  const doubledCodes = await database.pool.query<{ n: number }>(
    `select count(*)::int as n from (select code from applications where tenant_id = $1 group by code having count(*) > 1) d`,
    [tenantId],
  );
  const gaps = await codeGaps(database, tenantId);
  if (gaps.length > 0) problems.push(`numbers not 1…n at ${gaps.slice(0, 3).join(', ')}`);
  return {
    acknowledged: filed.length,
    found: rows.rows.length,
    missing,
    duplicates: doubledKeys + (doubledCodes.rows[0]?.n ?? 0),
    gaps: gaps.length,
    problems,
  };
}

/** Unit-days (`<unit e-ID>-YYMMDD`) whose dossier numbers are not exactly 1…n, over the whole province. */
export async function codeGaps(database: Database, tenantId: string): Promise<string[]> {
  const result = await database.pool.query<{ day: string; n: number; top: number; distinct_numbers: number }>(
    `select substring(code from '^(.*)-[0-9]+$') as day, count(*)::int as n,
            max(substring(code from '-([0-9]+)$')::int) as top,
            count(distinct substring(code from '-([0-9]+)$')::int)::int as distinct_numbers
       from applications where tenant_id = $1 group by 1`,
    [tenantId],
  );
  return result.rows.filter((r) => r.n !== r.top || r.distinct_numbers !== r.n).map((r) => r.day);
}

export interface TransitionCheck {
  acknowledged: number;
  /** Acknowledged transitions found exactly once in the event log. */
  found: number;
  missing: number;
  duplicates: number;
  /** Dossiers whose status is not the last event's, or whose events do not chain (from = previous to). */
  inconsistent: number;
  problems: string[];
}

/** Every acknowledged transition is in the event log once, and the log agrees with the projection. */
export async function checkTransitions(
  database: Database,
  tenantId: string,
  acknowledged: readonly Transition[],
): Promise<TransitionCheck> {
  const ok = acknowledged.filter((t) => t.status === 200);
  const events = await database.pool.query<{ key: string; n: number }>(
    `select idempotency_key as key, count(*)::int as n from application_events
      where tenant_id = $1 and idempotency_key = any($2::text[]) group by 1`,
    [tenantId, ok.map((t) => t.key)],
  );
  const count = new Map(events.rows.map((r) => [r.key, r.n]));
  const problems: string[] = [];
  const missing = ok.filter((t) => (count.get(t.key) ?? 0) === 0);
  for (const t of missing.slice(0, 5)) problems.push(`${t.code} ${t.action}: acknowledged, not in the event log`);
  const chains = await database.pool.query<{ code: string; status: string; last: string | null; broken: number }>(
    `select a.code, a.status,
            (select e.to_status from application_events e where e.tenant_id = a.tenant_id and e.application_id = a.id
              order by e.at desc, e.from_status is not null desc limit 1) as last,
            (select count(*)::int from (
               select e.from_status, lag(e.to_status) over (order by e.at, e.from_status is not null) as previous
                 from application_events e where e.tenant_id = a.tenant_id and e.application_id = a.id) c
              where c.previous is distinct from c.from_status) as broken
       from applications a where a.tenant_id = $1 and a.code = any($2::text[])`,
    [tenantId, [...new Set(acknowledged.map((t) => t.code))]],
  );
  const inconsistent = chains.rows.filter((r) => r.status !== r.last || r.broken > 0);
  for (const r of inconsistent.slice(0, 5)) problems.push(`${r.code}: status ${r.status}, last event ${r.last ?? '—'}`);
  return {
    acknowledged: ok.length,
    found: ok.length - missing.length,
    missing: missing.length,
    duplicates: events.rows.filter((r) => r.n > 1).length,
    inconsistent: inconsistent.length,
    problems,
  };
}

export interface NoticeCheck {
  notices: number;
  delivered: number;
  pending: number;
  dead: number;
  /** Delivery ids with no template message in the simulator, or with more than one. */
  missing: number;
  doubled: number;
  /** Notices whose template was sent again after an interrupted try (the provider deduplicated it). */
  resent: number;
  /** Notices settled as delivered "in doubt" (interrupted on a route that cannot resend). */
  inDoubt: number;
  problems: string[];
}

interface ZnsMessage {
  trackingId?: string;
}

/**
 * Every notice of the province is delivered, each delivery id exactly once in the simulator's ZNS
 * log and exactly one successful try in `notification_attempts`.
 */
export async function checkNotices(
  database: Database,
  tenantId: string,
  zns: readonly ZnsMessage[],
): Promise<NoticeCheck> {
  const intents = await database.pool.query<{ delivery_id: string; status: string }>(
    `select delivery_id, status from notification_intents where tenant_id = $1`,
    [tenantId],
  );
  const attempts = await database.pool.query<{ delivery_id: string; sent: number; tries: number; doubt: number }>(
    `select delivery_id, count(*) filter (where state = 'sent')::int as sent,
            count(*) filter (where route = 'zalo_template')::int as tries,
            count(*) filter (where state = 'in_doubt')::int as doubt
       from notification_attempts where tenant_id = $1 group by 1`,
    [tenantId],
  );
  const perTracking = new Map<string, number>();
  for (const m of zns) if (m.trackingId) perTracking.set(m.trackingId, (perTracking.get(m.trackingId) ?? 0) + 1);
  const byDelivery = new Map(attempts.rows.map((r) => [r.delivery_id, r]));
  const problems: string[] = [];
  let missing = 0;
  let doubled = 0;
  for (const intent of intents.rows) {
    const messages = perTracking.get(intent.delivery_id) ?? 0;
    const tried = byDelivery.get(intent.delivery_id);
    if (intent.status === 'delivered' && (tried?.doubt ?? 0) === 0 && messages === 0) missing += 1;
    if (messages > 1 || (tried?.sent ?? 0) > 1) doubled += 1;
  }
  const status = (s: string) => intents.rows.filter((r) => r.status === s).length;
  const known = new Set(intents.rows.map((r) => r.delivery_id));
  const strangers = [...perTracking.keys()].filter((id) => !known.has(id)).length;
  if (strangers > 0) problems.push(`${strangers} template messages with an unknown delivery id`);
  if (missing > 0) problems.push(`${missing} delivered notices without their template message`);
  if (doubled > 0) problems.push(`${doubled} notices sent more than once`);
  return {
    notices: intents.rows.length,
    delivered: status('delivered'),
    pending: status('pending'),
    dead: status('dead'),
    missing: missing + strangers,
    doubled,
    resent: attempts.rows.filter((r) => r.tries > 1 && r.sent === 1).length,
    inDoubt: attempts.rows.filter((r) => r.doubt > 0).length,
    problems,
  };
}

/** Waits until no notice of the province is pending; false when `timeoutMs` passes first. */
export async function noticesSettled(database: Database, tenantId: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await database.pool
      .query<{ n: number }>(
        `select count(*)::int as n from notification_intents where tenant_id = $1 and status = 'pending'`,
        [tenantId],
      )
      .then((r) => r.rows[0]?.n ?? 0)
      .catch(() => -1);
    if (pending === 0) return true;
    if (Date.now() > deadline) return false;
    await sleep(500);
  }
}

/** Jobs still in the queue (not yet run, failing, or locked), and those out of attempts. */
export async function jobsLeft(database: Database): Promise<{ queued: number; locked: number; failed: number }> {
  const result = await database.pool.query<{ queued: number; locked: number; failed: number }>(
    `select count(*) filter (where task_identifier = 'notifications:deliver')::int as queued,
            count(*) filter (where locked_by is not null)::int as locked,
            count(*) filter (where attempts >= max_attempts)::int as failed
       from graphile_worker.jobs`,
  );
  return result.rows[0] ?? { queued: 0, locked: 0, failed: 0 };
}
