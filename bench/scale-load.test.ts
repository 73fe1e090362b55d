import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTenantBySlug } from '../apps/server/src/modules/tenants/index.ts';
import { withSystemTx } from '../apps/server/src/platform/db/database.ts';
import { bootSystem, type BenchSystem } from './bench-support.ts';
import { LOADED_TABLES, addProvinces, loadDossiers, planProvince, type ProvincePlan } from './scale-data.ts';
import { dropIndexes, rebuildIndexes } from './scale-indexes.ts';

const NOW = new Date('2026-03-18T04:00:00Z');

let system: BenchSystem;
let plans: ProvincePlan[];

/** The dossier tables' indexes and constraints, and the foreign keys that point at them. */
async function schemaOf(): Promise<string[]> {
  const result = await system.database.pool.query<{ line: string }>(
    `select indexdef as line from pg_indexes where tablename = any($1::text[])
     union all
     select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated
       from pg_constraint
      where conrelid::regclass::text = any($1::text[]) or confrelid::regclass::text = any($1::text[])
      order by 1`,
    [LOADED_TABLES],
  );
  return result.rows.map((r) => r.line);
}

async function count(sql: string): Promise<number> {
  const result = await system.database.pool.query<{ n: number }>(sql);
  return result.rows[0]?.n ?? -1;
}

beforeAll(async () => {
  system = await bootSystem();
  const demo = await withSystemTx(system.database, (tx) => findTenantBySlug(tx, 'tay-ninh'));
  if (!demo) throw new Error('the demo province is missing');
  const tenants = [demo, ...(await addProvinces(system.database))];
  plans = await Promise.all(tenants.map((t, i) => planProvince(system.database.pool, t, i)));
}, 60_000);
afterAll(async () => system.stop());

describe('the scale run’s bulk load', () => {
  it('copies dossiers in without indexes and rebuilds exactly the indexes and keys of the schema', async () => {
    const { pool } = system.database;
    const schema = await schemaOf();
    expect(schema).toContain('applications applications_pkey PRIMARY KEY (tenant_id, id) true');
    expect(schema).toContain(
      'application_events application_events_application_fkey FOREIGN KEY (tenant_id, application_id) REFERENCES applications(tenant_id, id) ON DELETE CASCADE true',
    );

    const dropped = await dropIndexes(pool, LOADED_TABLES);
    expect(await count(`select count(*)::int as n from pg_indexes where tablename = 'applications'`)).toBe(0);
    const counts = await loadDossiers(pool, plans, 3_000, NOW, { batch: 700 });
    const rebuilt = await rebuildIndexes(pool, dropped);

    expect(await schemaOf()).toEqual(schema);
    expect(Object.keys(rebuilt.perIndex)).toHaveLength(dropped.indexes.length);
    expect(counts.dossiers).toBe(3_000);
    expect(await count('select count(*)::int as n from applications')).toBe(3_000);
    expect(await count('select count(*)::int as n from application_events')).toBe(counts.events);
    expect(await count('select count(*)::int as n from feedback')).toBe(counts.ratings);
    expect(counts.events / counts.dossiers).toBeGreaterThan(5);
    expect(counts.ratings).toBeGreaterThan(0);
    // Each province holds a third, and each dossier stands where its latest event left it.
    expect(await count('select count(distinct tenant_id)::int as n from applications')).toBe(3);
    expect(
      await count(
        `select count(*)::int as n from applications a
          where a.status is distinct from (select e.to_status from application_events e
                                             where e.tenant_id = a.tenant_id and e.application_id = a.id
                                             order by e.at desc limit 1)`,
      ),
    ).toBe(0);
    expect(
      await count(
        `select count(*)::int as n from feedback f join applications a on a.tenant_id = f.tenant_id
            and a.id = f.application_id where a.status <> 'returned' or f.created_at < a.returned_at`,
      ),
    ).toBe(0);
  }, 30_000);

  it('loads a larger size over a smaller one with the same first dossiers', async () => {
    const { pool } = system.database;
    const first = await pool.query<{ id: string; code: string; status: string }>(
      'select id, code, status from applications order by tenant_id, id',
    );
    const dropped = await dropIndexes(pool, LOADED_TABLES);
    await loadDossiers(pool, plans, 4_500, NOW);
    await rebuildIndexes(pool, dropped);

    const again = await pool.query<{ id: string; code: string; status: string }>(
      'select id, code, status from applications',
    );
    const byId = new Map(again.rows.map((r) => [r.id, r]));
    expect(again.rows).toHaveLength(4_500);
    expect(first.rows.map((r) => byId.get(r.id))).toEqual(first.rows);
  }, 30_000);
});
