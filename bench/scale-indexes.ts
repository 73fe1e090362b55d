/**
 * The bulk-load recipe around the scale run's COPY: the loaded tables' indexes, the primary and
 * unique keys behind them and the foreign keys that lean on those keys are read from the catalog
 * (so exactly what the migrations made), dropped, and made again once the rows are in: every
 * index built in one pass over the table, two at a time, with a large sort memory; the keys
 * attached to their indexes; the foreign keys validated as ADD CONSTRAINT would. Then the catalog
 * is read again and compared with what was dropped.
 */
import type pg from 'pg';
import { elapsedSince } from './bench-support.ts';

export interface IndexDefinition {
  name: string;
  table: string;
  /** `CREATE [UNIQUE] INDEX …` as `pg_get_indexdef` prints it. */
  ddl: string;
  /** The primary key or unique constraint the index backs. */
  constraint: { kind: 'PRIMARY KEY' | 'UNIQUE'; definition: string } | null;
  bytes: number;
}

export interface ForeignKeyDefinition {
  name: string;
  table: string;
  definition: string;
}

export interface DroppedIndexes {
  tables: readonly string[];
  indexes: IndexDefinition[];
  foreignKeys: ForeignKeyDefinition[];
  /** What the catalog said before the drop, to compare with after the rebuild. */
  fingerprint: string[];
}

export interface RebuildFigures {
  vacuumSeconds: number;
  indexSeconds: number;
  constraintSeconds: number;
  perIndex: Record<string, number>;
}

/** Each index build gets this much sort memory: a 10,000,000-dossier event log still spills. */
const SORT_MEMORY = '2GB';

async function readIndexes(pool: pg.Pool, tables: readonly string[]): Promise<IndexDefinition[]> {
  const result = await pool.query<{
    name: string;
    table: string;
    ddl: string;
    contype: string | null;
    definition: string | null;
    deferrable: boolean | null;
    bytes: string;
  }>(
    `select ic.relname as name, c.relname as table, pg_get_indexdef(i.indexrelid) as ddl,
            con.contype::text as contype, pg_get_constraintdef(con.oid) as definition,
            con.condeferrable as deferrable, pg_relation_size(i.indexrelid)::text as bytes
       from pg_index i
       join pg_class c on c.oid = i.indrelid
       join pg_class ic on ic.oid = i.indexrelid
       left join pg_constraint con on con.conindid = i.indexrelid and con.conrelid = i.indrelid
                                   and con.contype in ('p', 'u', 'x')
      where c.relnamespace = 'public'::regnamespace and c.relname = any($1::text[])
      order by c.relname, ic.relname`,
    [tables],
  );
  return result.rows.map((r) => {
    if (r.contype === 'x' || r.deferrable === true)
      throw new Error(`${r.name}: an exclusion or deferrable constraint; the loader cannot rebuild it`);
    const constraint =
      r.contype === null
        ? null
        : { kind: r.contype === 'p' ? ('PRIMARY KEY' as const) : ('UNIQUE' as const), definition: r.definition ?? '' };
    return { name: r.name, table: r.table, ddl: r.ddl, constraint, bytes: Number(r.bytes) };
  });
}

/** Foreign keys (of any table) whose referenced key is one of these indexes. */
async function readForeignKeys(pool: pg.Pool, indexes: readonly IndexDefinition[]): Promise<ForeignKeyDefinition[]> {
  const result = await pool.query<ForeignKeyDefinition>(
    `select con.conname as name, c.relname as table, pg_get_constraintdef(con.oid) as definition
       from pg_constraint con
       join pg_class c on c.oid = con.conrelid
       join pg_class ic on ic.oid = con.conindid
      where con.contype = 'f' and c.relnamespace = 'public'::regnamespace
        and ic.relnamespace = 'public'::regnamespace and ic.relname = any($1::text[])
      order by c.relname, con.conname`,
    [indexes.map((i) => i.name)],
  );
  return result.rows;
}

/** Everything the rebuild must restore, as comparable lines. */
async function fingerprint(pool: pg.Pool, tables: readonly string[]): Promise<string[]> {
  const result = await pool.query<{ line: string }>(
    `select c.relname || ' index ' || pg_get_indexdef(i.indexrelid) || ' valid=' || i.indisvalid
            || ' primary=' || i.indisprimary || ' unique=' || i.indisunique as line
       from pg_index i join pg_class c on c.oid = i.indrelid
      where c.relnamespace = 'public'::regnamespace and c.relname = any($1::text[])
     union all
     select c.relname || ' constraint ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
            || ' validated=' || con.convalidated || ' on ' || coalesce(ic.relname, '-') as line
       from pg_constraint con
       join pg_class c on c.oid = con.conrelid
       left join pg_class ic on ic.oid = con.conindid
       left join pg_class rc on rc.oid = con.confrelid
      where c.relnamespace = 'public'::regnamespace
        and (c.relname = any($1::text[]) or rc.relname = any($1::text[]))
     union all
     select c.relname || ' options ' || coalesce(array_to_string(c.reloptions, ','), '-') as line
       from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relname = any($1::text[])
      order by 1`,
    [tables],
  );
  return result.rows.map((r) => r.line);
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * Drops every index of `tables` (and the keys and foreign keys that need them) and turns
 * autovacuum off on them until the rebuild: a bulk load writes heap pages only.
 */
export async function dropIndexes(pool: pg.Pool, tables: readonly string[]): Promise<DroppedIndexes> {
  const before = await fingerprint(pool, tables);
  const indexes = await readIndexes(pool, tables);
  const foreignKeys = await readForeignKeys(pool, indexes);
  const client = await pool.connect();
  try {
    await client.query('begin');
    for (const fk of foreignKeys)
      await client.query(`alter table ${quote(fk.table)} drop constraint ${quote(fk.name)}`);
    for (const index of indexes) {
      if (index.constraint)
        await client.query(`alter table ${quote(index.table)} drop constraint ${quote(index.name)}`);
      else await client.query(`drop index ${quote(index.name)}`);
    }
    for (const table of tables) await client.query(`alter table ${quote(table)} set (autovacuum_enabled = off)`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
  return { tables, indexes, foreignKeys, fingerprint: before };
}

/**
 * Runs the tasks on `lanes` connections (each first running `setup`), each taking the next task
 * when its last one ends.
 */
export async function inLanes<T>(
  pool: pg.Pool,
  lanes: number,
  tasks: readonly T[],
  setup: string,
  run: (client: pg.PoolClient, task: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    const client = await pool.connect();
    try {
      await client.query(setup);
      for (let task = tasks[next++]; task !== undefined; task = tasks[next++]) await run(client, task);
    } finally {
      await client.query('reset all').catch(() => undefined);
      client.release();
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, tasks.length) }, lane));
}

/**
 * Restores what `dropIndexes` took away, after vacuuming the freshly loaded tables (hint bits and
 * the visibility map set once, before the index builds read every row; next to nothing to do
 * after `COPY … FREEZE`), and checks the catalog matches what it was. The largest tables' builds
 * go first, on `lanes` connections.
 */
export async function rebuildIndexes(pool: pg.Pool, dropped: DroppedIndexes, lanes = 2): Promise<RebuildFigures> {
  const vacuumStarted = process.hrtime.bigint();
  await inLanes(pool, lanes, dropped.tables, 'select 1', async (client, table) => {
    await client.query(`vacuum ${quote(table)}`);
  });
  const vacuumSeconds = elapsedSince(vacuumStarted);
  const sizes = await pool.query<{ table: string; bytes: string }>(
    `select relname as table, pg_relation_size(oid)::text as bytes from pg_class
      where relnamespace = 'public'::regnamespace and relname = any($1::text[])`,
    [dropped.tables],
  );
  const heap = new Map(sizes.rows.map((r) => [r.table, Number(r.bytes)]));
  // A build reads the whole table: the largest tables' indexes first, the bigger of them first.
  const order = [...dropped.indexes].sort(
    (a, b) => (heap.get(b.table) ?? 0) - (heap.get(a.table) ?? 0) || b.bytes - a.bytes,
  );
  const perIndex: Record<string, number> = {};
  const indexStarted = process.hrtime.bigint();
  await inLanes(
    pool,
    lanes,
    order,
    `set maintenance_work_mem = '${SORT_MEMORY}'; set max_parallel_maintenance_workers = 0`,
    async (client, index) => {
      const started = process.hrtime.bigint();
      await client.query(index.ddl);
      perIndex[index.name] = elapsedSince(started);
    },
  );
  const indexSeconds = elapsedSince(indexStarted);
  const constraintStarted = process.hrtime.bigint();
  await attachKeys(pool, dropped, lanes);
  const constraintSeconds = elapsedSince(constraintStarted);
  const after = await fingerprint(pool, dropped.tables);
  const missing = dropped.fingerprint.filter((line) => !after.includes(line));
  const extra = after.filter((line) => !dropped.fingerprint.includes(line));
  if (missing.length > 0 || extra.length > 0)
    throw new Error(
      `the rebuilt indexes differ from the schema's:\n- ${missing.join('\n- ')}\n+ ${extra.join('\n+ ')}`,
    );
  return { vacuumSeconds, indexSeconds, constraintSeconds, perIndex };
}

/**
 * The keys take their already-built indexes; the foreign keys are added unvalidated (a moment's
 * lock) and then validated, which reads both tables under locks that let the other validations
 * run beside it. Autovacuum is given back its settings.
 */
async function attachKeys(pool: pg.Pool, dropped: DroppedIndexes, lanes: number): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    for (const index of dropped.indexes) {
      if (!index.constraint) continue;
      await client.query(
        `alter table ${quote(index.table)} add constraint ${quote(index.name)} ${index.constraint.kind} using index ${quote(index.name)}`,
      );
    }
    for (const fk of dropped.foreignKeys)
      await client.query(`alter table ${quote(fk.table)} add constraint ${quote(fk.name)} ${fk.definition} not valid`);
    for (const table of dropped.tables) await client.query(`alter table ${quote(table)} reset (autovacuum_enabled)`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
  await inLanes(pool, lanes, dropped.foreignKeys, `set maintenance_work_mem = '${SORT_MEMORY}'`, async (lane, fk) => {
    await lane.query(`alter table ${quote(fk.table)} validate constraint ${quote(fk.name)}`);
  });
}
