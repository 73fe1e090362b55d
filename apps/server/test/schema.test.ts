import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.drop());

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db.database.pool.query(sql, params)).rows as T[];
}

const tenantTablesSql = `
  select c.table_name from information_schema.columns c
  join information_schema.tables t using (table_schema, table_name)
  where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
  order by 1`;

describe('schema stays ready to distribute by tenant (Citus)', () => {
  it('has tenant tables', async () => {
    const tables = await rows<{ table_name: string }>(tenantTablesSql);
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['units', 'procedures', 'procedure_versions', 'calendar_days']),
    );
  });

  it('leads every tenant table primary key with tenant_id', async () => {
    const bad = await rows<{ table: string; first: string }>(`
      select cl.relname as table, a.attname as first
      from pg_constraint con
      join pg_class cl on cl.oid = con.conrelid
      join pg_namespace n on n.oid = cl.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
      where con.contype = 'p' and cl.relname in (${tenantTablesSql.replace('order by 1', '')})
        and a.attname <> 'tenant_id'`);
    expect(bad).toEqual([]);
  });

  it('leads every foreign key between tenant tables with tenant_id on both sides', async () => {
    const bad = await rows<{ name: string }>(`
      select con.conname as name
      from pg_constraint con
      join pg_class src on src.oid = con.conrelid
      join pg_class dst on dst.oid = con.confrelid
      join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
      join pg_attribute b on b.attrelid = con.confrelid and b.attnum = con.confkey[1]
      where con.contype = 'f' and src.relname in (${tenantTablesSql.replace('order by 1', '')})
        and not (a.attname = 'tenant_id' and (b.attname = 'tenant_id' or (dst.relname = 'tenants' and b.attname = 'id')))`);
    expect(bad).toEqual([]);
  });

  it('has no unique constraint on a tenant table that spans tenants', async () => {
    const bad = await rows<{ name: string }>(`
      select con.conname as name
      from pg_constraint con
      join pg_class cl on cl.oid = con.conrelid
      join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
      where con.contype in ('u', 'p') and cl.relname in (${tenantTablesSql.replace('order by 1', '')})
        and a.attname <> 'tenant_id'`);
    expect(bad).toEqual([]);
  });

  it('turns on forced row-level security with a tenant policy on every tenant table', async () => {
    const tables = await rows<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
      policies: number;
    }>(`
      select cl.relname, cl.relrowsecurity, cl.relforcerowsecurity,
        (select count(*) from pg_policies p where p.tablename = cl.relname and p.policyname = 'tenant_isolation')::int as policies
      from pg_class cl where cl.relname in (${tenantTablesSql.replace('order by 1', '')})`);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables)
      expect(t, t.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true, policies: 1 });
  });

  it('refuses to change a published procedure version', async () => {
    const client = await db.database.pool.connect();
    try {
      await client.query('begin');
      await client.query(
        `insert into tenants (id, slug, name, national_code) values ('00000000-0000-7000-8000-000000000001', 'x', 'X', '99')`,
      );
      await client.query(`select set_config('motcua.tenant_id', '00000000-0000-7000-8000-000000000001', true)`);
      await client.query(
        `insert into procedures (tenant_id, id, code) values ('00000000-0000-7000-8000-000000000001', '00000000-0000-7000-8000-000000000002', '1.000001')`,
      );
      await client.query(`insert into procedure_versions (tenant_id, id, procedure_id, version, code, name, field_name, level, online_level, authority,
          processing_time_value, processing_time_unit, fee_amount, fee_text, channels, cases, subjects, steps, conditions, legal_basis, results,
          keywords, uncertainties, content_hash, published_by)
        values ('00000000-0000-7000-8000-000000000001', '00000000-0000-7000-8000-000000000003', '00000000-0000-7000-8000-000000000002', 1,
          '1.000001', 'Thủ tục thử', 'Hộ tịch', 'commune', 'partial', 'UBND cấp xã', 1, 'working_days', 0, 'Miễn phí',
          '[]', '[]', '[]', '[]', '[]', '[]', '[]', '[]', '[]', 'h', 'test')`);
      await expect(
        client.query(`update procedure_versions set name = 'khác' where id = '00000000-0000-7000-8000-000000000003'`),
      ).rejects.toThrow(/immutable/);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});
