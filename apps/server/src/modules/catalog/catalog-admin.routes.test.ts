import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { ProcedureDefinition, ProcedureVersionList } from '@motcua/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../platform/db/database.ts';
import { buildTestApp } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { loginOfficer, testOfficer, type OfficerSession } from '../../../test/factories/officer.ts';
import { procedureDefinition } from '../../../test/factories/procedure.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import { listUnits, type Tenant } from '../tenants/index.ts';
import { importCatalog } from './index.ts';

let db: TestDatabase;
let app: FastifyInstance;
let tenant: Tenant;
let communeEid: string;
let otherCommuneEid: string;
const sessions = new Map<string, OfficerSession>();

const form = {
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { hoTen: { type: 'string', minLength: 2 }, ngaySinh: { type: 'string', format: 'date' } },
    required: ['hoTen'],
    additionalProperties: false,
    examples: [{ hoTen: 'Nguyễn Văn An', ngaySinh: '2025-01-02' }],
  },
  uiSchema: { hoTen: { 'ui:title': 'Họ và tên' } },
};

beforeAll(async () => {
  db = await createTestDatabase();
  tenant = await tenantWithUnits(db.database, 'tinh-danh-muc');
  const units = await withTx(db.database, tenant.id, (tx) => listUnits(tx, tenant.id));
  const centre = units.find((u) => u.kind === 'service_centre')?.eid ?? '';
  [communeEid = '', otherCommuneEid = ''] = units.filter((u) => u.kind === 'commune').map((u) => u.eid);
  await testOfficer(db.database, tenant.id, 'dm.admin', centre, 'admin');
  await testOfficer(db.database, tenant.id, 'dm.leader', centre, 'leader');
  app = await buildTestApp(db);
  for (const name of ['dm.admin', 'dm.leader']) sessions.set(name, await loginOfficer(app, tenant.slug, name));
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

async function call(
  who: string,
  method: InjectOptions['method'],
  code: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  const session = sessions.get(who);
  return app.inject({
    method,
    url: `/api/v1/${tenant.slug}/console/admin/procedures/${code}/versions`,
    headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {},
    ...(payload ? { payload } : {}),
  });
}

async function versions(code: string): Promise<ProcedureVersionList['items']> {
  return (await call('dm.admin', 'GET', code)).json<ProcedureVersionList>().items;
}

describe('catalogue editor', () => {
  it('publishes a new immutable version; the same content again publishes nothing', async () => {
    const def = procedureDefinition({ form, unitEids: [communeEid] });
    const first = await call('dm.admin', 'POST', def.code, def);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ version: 1, published: true });
    const same = await call('dm.admin', 'POST', def.code, def);
    expect(same.statusCode).toBe(200);
    expect(same.json()).toEqual({ version: 1, published: false });
    const changed = await call('dm.admin', 'POST', def.code, { ...def, name: `${def.name} (sửa đổi)` });
    expect(changed.json()).toEqual({ version: 2, published: true });
    const items = await versions(def.code);
    expect(items.map((v) => v.version)).toEqual([2, 1]);
    expect(items[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(items[0]?.contentHash).not.toBe(items[1]?.contentHash);
    const pub = await app.inject({ method: 'GET', url: `/api/v1/${tenant.slug}/procedures/${def.code}` });
    expect(pub.json()).toMatchObject({ version: 2, name: `${def.name} (sửa đổi)` });
    const audit = await db.database.pool.query<{ n: number }>(
      `select count(*)::int as n from audit_log where tenant_id = $1 and action = 'procedure.publish'`,
      [tenant.id],
    );
    expect(audit.rows[0]?.n).toBe(3);
  });

  it('gives the editor the full current definition, which published back unchanged publishes nothing', async () => {
    const unitEids = [otherCommuneEid, communeEid];
    const def = procedureDefinition({ form, unitEids, keywords: ['giấy khai sinh', 'gks'] });
    expect((await call('dm.admin', 'POST', def.code, def)).statusCode).toBe(201);
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/${tenant.slug}/console/admin/procedures/${def.code}`,
      headers: { cookie: sessions.get('dm.admin')?.cookie ?? '' },
    });
    expect(res.statusCode).toBe(200);
    const source = res.json<{ version: number; definition: ProcedureDefinition }>();
    expect(source.version).toBe(1);
    expect(source.definition).toMatchObject({ keywords: def.keywords, form });
    expect([...source.definition.unitEids].sort()).toEqual([...unitEids].sort());
    for (const order of [unitEids, [...unitEids].reverse()]) {
      const again = await call('dm.admin', 'POST', def.code, { ...source.definition, unitEids: order });
      expect(again.json()).toEqual({ version: 1, published: false });
    }
  });

  it('treats NFD text as the NFC text already published', async () => {
    const def = procedureDefinition({ name: 'Chứng thực bản sao từ bản chính' });
    expect((await call('dm.admin', 'POST', def.code, def)).statusCode).toBe(201);
    const nfd = { ...def, name: def.name.normalize('NFD') };
    expect((await call('dm.admin', 'POST', def.code, nfd)).json()).toEqual({ version: 1, published: false });
  });

  const invalid: [string, (d: ProcedureDefinition) => object, number, string][] = [
    [
      'a form schema that does not compile',
      (d) => ({ ...d, form: { ...form, schema: { ...form.schema, type: 'objekt' } } }),
      422,
      '/body/form',
    ],
    [
      'examples[0] that fails its own schema',
      (d) => ({ ...d, form: { ...form, schema: { ...form.schema, examples: [{ hoTen: 'A' }] } } }),
      422,
      '/body/form',
    ],
    ['a code other than the path’s', (d) => ({ ...d, code: '2.999999' }), 422, '/body/code'],
    ['an unknown unit', (d) => ({ ...d, unitEids: ['999.99.99.Z99'] }), 422, '/body/unitEids/0'],
    ['repeated case keys', (d) => ({ ...d, cases: [...d.cases, ...d.cases] }), 422, '/body/cases'],
  ];

  it.each(invalid)('refuses %s and publishes nothing', async (_label, change, status, pointer) => {
    const def = procedureDefinition();
    const res = await call('dm.admin', 'POST', def.code, change(def));
    expect(res.statusCode, res.body).toBe(status);
    const problem = res.json<{ code: string; errors: { pointer: string }[] }>();
    expect(problem.code).toBe('CATALOG.DEFINITION_INVALID');
    expect(problem.errors.map((e) => e.pointer)).toContain(pointer);
    expect((await call('dm.admin', 'GET', def.code)).statusCode).toBe(404);
  });

  it('refuses a body that is not a procedure definition (400)', async () => {
    const def = procedureDefinition();
    const { cases: _cases, ...withoutCases } = def;
    expect((await call('dm.admin', 'POST', def.code, withoutCases)).statusCode).toBe(400);
  });

  it('is for admins only (403), and another province’s procedures are not found (404)', async () => {
    const def = procedureDefinition();
    expect((await call('dm.leader', 'POST', def.code, def)).statusCode).toBe(403);
    expect((await call('dm.leader', 'GET', '1.001193')).statusCode).toBe(403);
    const other = await tenantWithUnits(db.database, 'tinh-khac-dm');
    const foreign = procedureDefinition();
    await importCatalog(db.database, other.id, [{ line: 1, value: foreign }], { publishedBy: 'test' });
    const res = await call('dm.admin', 'GET', foreign.code);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'CATALOG.PROCEDURE_NOT_FOUND' });
    const anonymous = await app.inject({
      method: 'GET',
      url: `/api/v1/${tenant.slug}/console/admin/procedures/${foreign.code}/versions`,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
