import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './unavailable.ts';

export type Schema = typeof schema;
export type Db = NodePgDatabase<Schema>;
/** What repositories take: a drizzle handle on the client of a transaction opened by the use case. */
export type Tx = NodePgDatabase;

export interface Database {
  pool: pg.Pool;
  db: Db;
  /** Whether transactions switch to the `motcua_app` role, so row-level security applies. */
  usesAppRole: boolean;
  close(): Promise<void>;
}

// int8 and numeric come back as strings by default; our counts and amounts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export function createPool(url: string, max: number): pg.Pool {
  // A connection that cannot be had within 30 s fails the request with 503 rather than holding it
  // for minutes. A stopped server refuses at once (503 straight away); the bound is for a host that
  // does not answer, and it is long enough for a burst queued behind busy connections.
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'motcua', connectionTimeoutMillis: 30_000 });
  // A client losing its connection (database restart) must not crash the process: the pool drops
  // it and the next query reconnects.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  return pool;
}

/** Connects and checks whether this login may act as the row-level-security role. */
export async function openDatabase(url: string, max = 10): Promise<Database> {
  const pool = createPool(url, max);
  const db = drizzle(pool, { schema });
  const usesAppRole = await canUseAppRole(pool);
  return {
    pool,
    db,
    usesAppRole,
    close: () => pool.end(),
  };
}

async function canUseAppRole(pool: pg.Pool): Promise<boolean> {
  const result = await pool.query<{ ok: boolean | null }>(
    `select case when exists (select from pg_roles where rolname = 'motcua_app')
       then pg_has_role(current_user, 'motcua_app', 'MEMBER') else false end as ok`,
  );
  return result.rows[0]?.ok === true;
}

/** Re-reads the role check after migrations created the role. */
export async function refreshAppRole(database: Database): Promise<Database> {
  return { ...database, usesAppRole: await canUseAppRole(database.pool) };
}

/** One query builder per pooled connection, made on its first transaction and kept with it. */
const builders = new WeakMap<pg.PoolClient, Tx>();
function builderFor(client: pg.PoolClient): Tx {
  let tx = builders.get(client);
  if (!tx) {
    tx = drizzle(client);
    builders.set(client, tx);
  }
  return tx;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Opens a transaction on a pooled client and scopes it in the same round trip: `BEGIN`, the
 * row-level-security role (`set_config('role', …, true)` is `SET LOCAL ROLE`) and the tenant, sent
 * as one simple-protocol query. The tenant id is a validated UUID, so it is safe to inline.
 */
async function runInTransaction<T>(
  database: Database,
  tenantId: string | undefined,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  if (tenantId !== undefined && !UUID.test(tenantId)) throw new TypeError('tenant id must be a UUID');
  const settings = [
    ...(database.usesAppRole ? [`set_config('role', 'motcua_app', true)`] : []),
    ...(tenantId !== undefined ? [`set_config('motcua.tenant_id', '${tenantId}', true)`] : []),
  ];
  let client: pg.PoolClient;
  try {
    client = await database.pool.connect();
  } catch (error) {
    throw new DatabaseUnavailableError(error);
  }
  let broken = false;
  try {
    try {
      await client.query(settings.length > 0 ? `begin; select ${settings.join(', ')}` : 'begin');
    } catch (error) {
      broken = true;
      throw isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    }
    try {
      const result = await work(builderFor(client));
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => {
        broken = true;
      });
      // A lost connection (even during COMMIT) leaves the outcome to the idempotency key: the
      // client repeats the request and gets the first answer if the work was committed.
      throw isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
    }
  } finally {
    client.release(broken);
  }
}

/**
 * Runs `work` in one transaction scoped to a tenant: row-level security sees only that tenant's rows.
 * The use case owns the transaction; repositories receive `tx`.
 */
export async function withTx<T>(database: Database, tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return runInTransaction(database, tenantId, work);
}

/**
 * A transaction outside any tenant, for the tenants table and national reference data only. Tenant
 * tables are invisible here.
 */
export async function withSystemTx<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return runInTransaction(database, undefined, work);
}

/**
 * One statement outside an explicit transaction, for the few SQL functions that scope themselves to
 * a province (they take the tenant and the `usesAppRole` flag as arguments): one round trip where
 * `withTx` takes three. A lost connection is a `DatabaseUnavailableError`, as in a transaction.
 */
export async function queryScopedFunction<R extends pg.QueryResultRow>(
  database: Database,
  text: string,
  values: readonly unknown[],
): Promise<R[]> {
  try {
    return (await database.pool.query<R>(text, [...values])).rows;
  } catch (error) {
    throw isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
  }
}
