import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { importAdminUnits, type Tenant } from '../src/modules/tenants/index.ts';
import { remapUnits, reportCsv } from '../src/modules/unit-changes/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { testMasterKey } from './app.ts';
import { dossierIn, type FiledDossier } from './factories/dossier.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let tenant: Tenant;
let open: FiledDossier;
let closed: FiledDossier;

const mapping = [
  { line: 2, value: { old_code: '25459', new_code: '25480' } },
  { line: 3, value: { old_code: '80', new_code: '97', kind: 'province' } },
  { line: 4, value: { old_code: '25486', new_code: '25480' } },
  { line: 5, value: { old_code: '25486', new_code: '25552' } },
  { line: 6, value: { old_code: '25585', new_code: '99999' } },
  { line: 7, value: { old_code: '25459', new_code: '25480' } },
  { line: 8, value: { old_code: '12345', new_code: '25480' } },
  { line: 9, value: { old_code: '2545', new_code: '25480' } },
];

async function one<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await db.database.pool.query(sql, params)).rows[0] as T | undefined;
}

async function formOf(code: string): Promise<string> {
  return (
    (await one<{ form: string }>('select form::text as form from applications where code = $1', [code]))?.form ?? ''
  );
}

async function snapshot(): Promise<unknown[]> {
  return [
    await formOf(open.code),
    await formOf(closed.code),
    await one('select commune_code from zalo_followers where oa_user_id = $1', ['oa-user-1']),
    await one('select target from broadcasts where title = $1', ['Lịch tiếp dân']),
    await one('select national_code from tenants where id = $1', [tenant.id]),
    (await db.database.pool.query('select eid, admin_unit_code from units order by eid')).rows,
    await one('select count(*)::int as n from admin_unit_successors'),
  ];
}

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = (await seedDemo(db.database, masterKeyProvider(testMasterKey))).tenant;
  await importAdminUnits(db.database, [
    {
      line: 1,
      value: { Code: '97', Name: 'Thử', FullName: 'Tỉnh Thử', AdministrativeUnitShortName: 'Tỉnh', Wards: [] },
    },
  ]);
  open = await dossierIn(db, tenant, 'processing', { at: new Date() });
  closed = await dossierIn(db, tenant, 'returned', { at: new Date() });
  await db.database.pool.query(
    `insert into zalo_followers (tenant_id, oa_user_id, follower, commune_code, updated_at)
     values ($1, 'oa-user-1', true, '25459', now()), ($1, 'oa-user-2', true, '25654', now())`,
    [tenant.id],
  );
  await db.database.pool.query(
    `insert into broadcasts (tenant_id, id, title, kind, body, target, status, scheduled_at, created_by, created_at)
     select $1, gen_random_uuid(), 'Lịch tiếp dân', 'text', 'Thông báo', '{"communes":["25459","25654"]}', 'scheduled',
            now() + interval '1 day', id, now()
       from officers where username = 'admin@tay-ninh'`,
    [tenant.id],
  );
}, 60_000);
afterAll(async () => db.drop());

describe('moving a province to merged administrative units', () => {
  it('reports in a dry run exactly what it would move, and changes nothing', async () => {
    const before = await snapshot();
    const report = await remapUnits({ database: db.database, now: () => new Date() }, tenant, mapping, {
      source: 'sap-nhap.csv',
      dryRun: true,
    });
    expect(report.dryRun).toBe(true);
    // Totals add the lines up: the open dossier moved on two lines (its commune and its province).
    expect(report.totals).toEqual({
      dossiers: 2,
      closedDossiers: 2,
      followers: 1,
      broadcasts: 1,
      units: 8,
      province: 1,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('moves open dossiers, followers, scheduled broadcasts, units and the province code, and says what it left', async () => {
    const report = await remapUnits({ database: db.database, now: () => new Date() }, tenant, mapping, {
      source: 'sap-nhap.csv',
      dryRun: false,
    });
    const byLine = new Map(report.lines.map((l) => [l.line, l]));
    expect(byLine.get(2)).toMatchObject({
      status: 'applied',
      dossiers: 1,
      closedDossiers: 1,
      followers: 1,
      broadcasts: 1,
      units: 1,
    });
    expect(byLine.get(3)).toMatchObject({ status: 'applied', kind: 'province', dossiers: 1, units: 7, province: 1 });
    expect([byLine.get(4)?.status, byLine.get(5)?.status]).toEqual(['skipped', 'skipped']);
    expect(byLine.get(6)).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining('import the new list first'),
    });
    expect(byLine.get(7)?.status).toBe('duplicate');
    expect(byLine.get(8)?.status).toBe('applied');
    expect(byLine.get(9)?.reason).toContain('2 (province) or 5 (commune) digits');
    expect(report.mappedTwice).toHaveLength(2);
    expect(report.mappedTwice).toEqual(
      expect.arrayContaining([
        { code: '25486', lines: [4, 5], newCodes: ['25480', '25552'] },
        { code: '25459', lines: [2, 7], newCodes: ['25480'] },
      ]),
    );
    expect(report.unknownCodes).toEqual(
      expect.arrayContaining([
        { line: 6, code: '99999', role: 'new' },
        { line: 8, code: '12345', role: 'old' },
      ]),
    );
    expect(report.closedDossiersUntouched).toEqual({ total: 2, byCode: { '25459': 1, '80': 1 } });

    expect(await formOf(open.code)).toContain('"communeCode": "25480"');
    expect(await formOf(open.code)).toContain('"provinceCode": "97"');
    expect(await formOf(closed.code)).toContain('"communeCode": "25459"');
    expect(await one('select commune_code from zalo_followers where oa_user_id = $1', ['oa-user-1'])).toEqual({
      commune_code: '25480',
    });
    expect(await one('select target from broadcasts where title = $1', ['Lịch tiếp dân'])).toEqual({
      target: { communes: ['25480', '25654'] },
    });
    expect(await one('select national_code from tenants where id = $1', [tenant.id])).toEqual({ national_code: '97' });
    expect(await one(`select admin_unit_code from units where eid = '000.20.01.H53'`)).toEqual({
      admin_unit_code: '25480',
    });
    expect(await one(`select new_code, kind, source from admin_unit_successors where old_code = '80'`)).toEqual({
      new_code: '97',
      kind: 'province',
      source: 'sap-nhap.csv',
    });
    const audit = await one<{ action: string; detail: string }>(
      `select action, detail from audit_log where tenant_id = $1 order by seq desc limit 1`,
      [tenant.id],
    );
    expect(audit?.action).toBe('units.remap');
    expect(JSON.parse(audit?.detail ?? '{}')).toMatchObject({ applied: 3, dossiers: 2, followers: 1 });
    expect(reportCsv(report).split('\n')[0]).toContain('line,oldCode,newCode,kind,status,reason,dossiers');
  });

  it('finds nothing left to move when run again', async () => {
    const again = await remapUnits({ database: db.database, now: () => new Date() }, tenant, mapping, {
      source: 'sap-nhap.csv',
      dryRun: false,
    });
    expect(again.totals).toMatchObject({
      dossiers: 0,
      followers: 0,
      broadcasts: 0,
      units: 0,
      province: 0,
      closedDossiers: 2,
    });
  });
});
