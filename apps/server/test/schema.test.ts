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

// Citus readiness (keys, foreign keys, unique constraints, sequences): citus-ready.test.ts.
describe('tenant isolation and immutable records in the schema', () => {
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
