import { sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = NodePgDatabase<Schema>;
/** What repositories take: a transaction opened by the use case. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

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
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'motcua' });
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

/**
 * Runs `work` in one transaction scoped to a tenant: row-level security sees only that tenant's rows.
 * The use case owns the transaction; repositories receive `tx`.
 */
export async function withTx<T>(database: Database, tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => {
    // One round trip for both: `set_config('role', …, true)` is `SET LOCAL ROLE`.
    await tx.execute(
      database.usesAppRole
        ? sql`select set_config('role', 'motcua_app', true), set_config('motcua.tenant_id', ${tenantId}, true)`
        : sql`select set_config('motcua.tenant_id', ${tenantId}, true)`,
    );
    return work(tx);
  });
}

/**
 * A transaction outside any tenant, for the tenants table and national reference data only. Tenant
 * tables are invisible here.
 */
export async function withSystemTx<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => {
    if (database.usesAppRole) await tx.execute(sql`set local role motcua_app`);
    return work(tx);
  });
}
