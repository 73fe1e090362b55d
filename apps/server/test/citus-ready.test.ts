import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './harness.ts';

/**
 * The schema, as the migrations leave it, stays ready to be distributed by `tenant_id` on Citus
 * (docs/scaling.md): every tenant table can be a colocated distributed table, and every other table
 * is named here with its place. Reads the catalog only.
 */

/**
 * Tables without `tenant_id`, each with where it lives in a Citus cluster and why it is not one
 * province's data: reference tables are copied to every node (joins with them stay local),
 * `tenants` is distributed by `id` in the tenant tables' colocation group, and coordinator tables
 * stay on the coordinator only (like the `graphile_worker` schema).
 */
const GLOBAL_TABLES: Readonly<
  Record<string, { placement: 'reference' | 'distributed by id' | 'coordinator'; why: string }>
> = {
  tenants: { placement: 'distributed by id', why: 'the provinces themselves' },
  admin_units: { placement: 'reference', why: 'national administrative units (QĐ 19/2025), shared by every province' },
  admin_unit_successors: {
    placement: 'reference',
    why: 'national record of merged or renumbered administrative units',
  },
  job_runners: { placement: 'coordinator', why: 'liveness of the job-runner processes, one row per process' },
};

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.drop());

async function rows<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await db.database.pool.query(text, params)).rows as T[];
}

/** Ordinary and partitioned tables of the application's schema, with whether they have `tenant_id`. */
async function tables(): Promise<{ name: string; tenant: boolean }[]> {
  return rows(`
    select c.relname as name,
           exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as tenant
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
     order by 1`);
}

async function tenantTables(): Promise<string[]> {
  return (await tables()).filter((t) => t.tenant).map((t) => t.name);
}

/** A constraint or index of a tenant table, with its columns in order (null for an expression). */
interface KeyRow {
  table: string;
  name: string;
  columns: (string | null)[];
}

/** Tables without tenant_id and no place in GLOBAL_TABLES, and entries of it that are no such table. */
async function unplacedTables(): Promise<string[]> {
  const all = await tables();
  const unlisted = all
    .filter((t) => !t.tenant && GLOBAL_TABLES[t.name] === undefined)
    .map((t) => `${t.name}: unplaced`);
  const stale = Object.keys(GLOBAL_TABLES).filter((name) => !all.some((t) => t.name === name && !t.tenant));
  return [...unlisted, ...stale.map((name) => `${name}: listed but no such table without tenant_id`)];
}

async function badTenantColumns(): Promise<string[]> {
  const bad = await rows<{ table: string }>(
    `select table_name as table from information_schema.columns
      where table_schema = 'public' and column_name = 'tenant_id' and table_name = any($1)
        and (data_type <> 'uuid' or is_nullable <> 'NO')`,
    [await tenantTables()],
  );
  return bad.map((b) => `${b.table}: tenant_id is not a non-null uuid`);
}

async function badPrimaryKeys(): Promise<string[]> {
  const keys = await rows<KeyRow>(
    `select cl.relname as table, con.conname as name,
            array(select a.attname from unnest(con.conkey) with ordinality k(attnum, i)
                    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.i)::text[] as columns
       from pg_constraint con join pg_class cl on cl.oid = con.conrelid
      where con.contype = 'p' and cl.relname = any($1)`,
    [await tenantTables()],
  );
  const withKey = new Set(keys.map((k) => k.table));
  const missing = (await tenantTables()).filter((t) => !withKey.has(t)).map((t) => `${t}: no primary key`);
  const wrong = keys
    .filter((k) => k.columns[0] !== 'tenant_id')
    .map((k) => `${k.table}.${k.name}: does not lead with tenant_id`);
  return [...missing, ...wrong];
}

/** Unique constraints and unique indexes (partial or on expressions too) of tenant tables without tenant_id. */
async function spanningUniques(): Promise<string[]> {
  const unique = await rows<KeyRow>(
    `select t.relname as table, i.relname as name,
            array(select case when k.attnum = 0 then null else a.attname::text end
                    from unnest(ix.indkey::int2[]) with ordinality k(attnum, n)
                    left join pg_attribute a on a.attrelid = ix.indrelid and a.attnum = k.attnum
                   where k.n <= ix.indnkeyatts order by k.n) as columns
       from pg_index ix join pg_class i on i.oid = ix.indexrelid join pg_class t on t.oid = ix.indrelid
      where ix.indisunique and t.relname = any($1)`,
    [await tenantTables()],
  );
  expect(unique.length).toBeGreaterThan(20);
  return unique
    .filter((u) => !u.columns.includes('tenant_id'))
    .map((u) => `${u.table}.${u.name}: unique across provinces`);
}

async function badForeignKeys(): Promise<string[]> {
  const foreign = await rows<{ table: string; name: string; target: string; pairs: string[] }>(
    `select src.relname as table, con.conname as name, dst.relname as target,
            array(select a.attname || '>' || b.attname
                    from unnest(con.conkey, con.confkey) with ordinality k(src, dst, i)
                    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.src
                    join pg_attribute b on b.attrelid = con.confrelid and b.attnum = k.dst order by k.i) as pairs
       from pg_constraint con
       join pg_class src on src.oid = con.conrelid join pg_class dst on dst.oid = con.confrelid
       join pg_namespace n on n.oid = src.relnamespace
      where con.contype = 'f' and n.nspname = 'public'`,
  );
  expect(foreign.length).toBeGreaterThan(20);
  const tenant = new Set(await tenantTables());
  return foreign.flatMap((fk) => {
    const from = tenant.has(fk.table);
    const to = tenant.has(fk.target);
    const where = `${fk.table}.${fk.name}`;
    if (from && to && !fk.pairs.includes('tenant_id>tenant_id'))
      return [`${where}: tenant_id not matched to tenant_id`];
    // A tenant table may point at `tenants` by tenant_id (the same distribution value) or at a reference table.
    if (from && fk.target === 'tenants' && !fk.pairs.includes('tenant_id>id')) return [`${where}: not by tenant_id`];
    if (from && GLOBAL_TABLES[fk.target]?.placement === 'coordinator') return [`${where}: into a coordinator table`];
    if (!from && to) return [`${where}: a table without tenant_id points into a tenant table`];
    return [];
  });
}

/** Identity, serial or sequence-owned columns in tenant tables: one counter shared by every province. */
async function sharedSequences(): Promise<string[]> {
  const sequenced = await rows<{ table: string; column: string }>(
    `select c.table_name as table, c.column_name as column from information_schema.columns c
      where c.table_schema = 'public' and c.table_name = any($1)
        and (c.is_identity = 'YES' or c.column_default like 'nextval(%')`,
    [await tenantTables()],
  );
  const owned = await rows<{ sequence: string; table: string }>(
    `select s.relname as sequence, t.relname as table
       from pg_class s join pg_depend d on d.objid = s.oid and d.deptype in ('a', 'i')
       join pg_class t on t.oid = d.refobjid
      where s.relkind = 'S' and t.relname = any($1)`,
    [await tenantTables()],
  );
  return [
    ...sequenced.map((c) => `${c.table}.${c.column}: numbered by a sequence`),
    ...owned.map((o) => `${o.table}: owns sequence ${o.sequence}`),
  ];
}

describe('schema stays ready to distribute by tenant_id (Citus)', () => {
  it('places every table without tenant_id explicitly (reference, distributed by id, coordinator)', async () => {
    expect((await tables()).filter((t) => t.tenant).length).toBeGreaterThan(20);
    expect(await unplacedTables()).toEqual([]);
  });

  it('has tenant_id as a non-null uuid in every tenant table', async () => {
    expect(await badTenantColumns()).toEqual([]);
  });

  it('leads every tenant table’s primary key with tenant_id', async () => {
    expect(await badPrimaryKeys()).toEqual([]);
  });

  it('has no unique constraint or unique index on a tenant table without tenant_id', async () => {
    expect(await spanningUniques()).toEqual([]);
  });

  it('puts tenant_id, matched to tenant_id, in every foreign key between tenant tables', async () => {
    expect(await badForeignKeys()).toEqual([]);
  });

  it('numbers no tenant table’s keys from a sequence shared by all provinces', async () => {
    expect(await sharedSequences()).toEqual([]);
  });

  it('catches each kind of break (a table made wrong on purpose, then dropped)', async () => {
    await db.database.pool.query(`
      create table citus_canary_parent (tenant_id uuid not null, id uuid not null, primary key (tenant_id, id));
      create table citus_canary (id serial primary key, tenant_id uuid, code text unique, parent_id uuid,
        foreign key (tenant_id, parent_id) references citus_canary_parent (id, tenant_id));
      create unique index citus_canary_code_lower on citus_canary (lower(code));
      create table citus_canary_global (id int primary key, parent_tenant uuid, parent_id uuid,
        foreign key (parent_tenant, parent_id) references citus_canary_parent (tenant_id, id));`);
    try {
      expect(await unplacedTables()).toEqual(['citus_canary_global: unplaced']);
      expect(await badTenantColumns()).toEqual(['citus_canary: tenant_id is not a non-null uuid']);
      expect(await badPrimaryKeys()).toEqual(['citus_canary.citus_canary_pkey: does not lead with tenant_id']);
      expect((await spanningUniques()).sort()).toEqual([
        'citus_canary.citus_canary_code_key: unique across provinces',
        'citus_canary.citus_canary_code_lower: unique across provinces',
        'citus_canary.citus_canary_pkey: unique across provinces',
      ]);
      expect((await badForeignKeys()).sort()).toEqual([
        'citus_canary.citus_canary_tenant_id_parent_id_fkey: tenant_id not matched to tenant_id',
        'citus_canary_global.citus_canary_global_parent_tenant_parent_id_fkey: a table without tenant_id points into a tenant table',
      ]);
      expect(await sharedSequences()).toEqual([
        'citus_canary.id: numbered by a sequence',
        'citus_canary: owns sequence citus_canary_id_seq',
      ]);
    } finally {
      await db.database.pool.query('drop table citus_canary_global, citus_canary, citus_canary_parent');
    }
  });
});
