import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { UnitOfficerList } from '@motcua/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { masterKeyProvider } from '../../platform/crypto/key-provider.ts';
import { withTx } from '../../platform/db/database.ts';
import { buildTestApp, testMasterKey } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { loginOfficer, TEST_PASSWORD, type OfficerSession } from '../../../test/factories/officer.ts';
import { tenantWithUnits } from '../../../test/factories/tenant.ts';
import { listUnits, type Tenant } from '../tenants/index.ts';
import { createOfficer } from './use-cases/create-officer.ts';

type Role = 'intake' | 'processor' | 'leader' | 'admin';

let db: TestDatabase;
let app: FastifyInstance;
let home: Tenant;
let far: Tenant;
const unitIds = new Map<string, string>();
const sessions = new Map<string, OfficerSession>();

async function unitsOf(tenant: Tenant, prefix: string): Promise<string[]> {
  const units = await withTx(db.database, tenant.id, (tx) => listUnits(tx, tenant.id));
  for (const [index, unit] of units.entries()) unitIds.set(`${prefix}${String(index)}`, unit.id);
  return units.map((unit) => unit.eid);
}

async function officer(tenant: Tenant, username: string, fullName: string, roles: [string, Role][]): Promise<void> {
  const [first] = roles;
  if (!first) throw new Error('an officer needs a role');
  await createOfficer({ database: db.database, keyProvider: masterKeyProvider(testMasterKey) }, tenant.id, {
    username,
    fullName,
    unitEid: first[0],
    roles: roles.map(([unitEid, role]) => ({ unitEid, role })),
    password: TEST_PASSWORD,
  });
}

function unit(key: string): string {
  const id = unitIds.get(key);
  if (id === undefined) throw new Error(`no unit ${key}`);
  return id;
}

async function list(who: string, slug: string, query: string): Promise<LightMyRequestResponse> {
  const session = sessions.get(who);
  const headers = session ? { cookie: session.cookie } : {};
  return app.inject({ method: 'GET', url: `/api/v1/${slug}/console/officers?${query}`, headers });
}

beforeAll(async () => {
  db = await createTestDatabase();
  home = await tenantWithUnits(db.database, 'tinh-nha');
  far = await tenantWithUnits(db.database, 'tinh-xa');
  // Units come back in e-ID order: the centre (000.00.00…), then the two communes (000.20.0x…).
  const [centre = '', commune = ''] = await unitsOf(home, 'home');
  const [farCentre = ''] = await unitsOf(far, 'far');
  await officer(home, 'cb.xuly', 'Trần Văn Bình', [
    [centre, 'processor'],
    [centre, 'leader'],
    [commune, 'intake'],
  ]);
  await officer(home, 'cb.tiepnhan', 'Nguyễn Thị Lan', [[centre, 'intake']]);
  await officer(home, 'cb.xa', 'Lê Văn Cường', [[commune, 'processor']]);
  await officer(home, 'cb.nghi', 'Đỗ Thị Hoa', [[centre, 'processor']]);
  await db.database.pool.query(`update officers set status = 'disabled' where username = 'cb.nghi'`);
  await officer(far, 'cb.xa-xoi', 'Phan Thị Mai', [[farCentre, 'processor']]);
  app = await buildTestApp(db);
  for (const name of ['cb.tiepnhan', 'cb.xa']) sessions.set(name, await loginOfficer(app, 'tinh-nha', name));
  sessions.set('cb.xa-xoi', await loginOfficer(app, 'tinh-xa', 'cb.xa-xoi'));
});

afterAll(async () => {
  await app.close();
  await db.drop();
});

describe('officers of a unit', () => {
  it('lists the active officers of the unit with their roles on it, and nothing else about them', async () => {
    const res = await list('cb.tiepnhan', 'tinh-nha', `unit=${unit('home0')}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UnitOfficerList>().items).toEqual([
      { id: expect.any(String) as string, fullName: 'Nguyễn Thị Lan', roles: ['intake'] },
      { id: expect.any(String) as string, fullName: 'Trần Văn Bình', roles: ['leader', 'processor'] },
    ]);
    expect(res.body).not.toContain('cb.');
  });

  it('keeps only the officers holding the role asked for', async () => {
    const res = await list('cb.tiepnhan', 'tinh-nha', `unit=${unit('home0')}&role=processor`);
    expect(res.json<UnitOfficerList>().items.map((o) => o.fullName)).toEqual(['Trần Văn Bình']);
    const commune = await list('cb.xa', 'tinh-nha', `unit=${unit('home1')}&role=processor`);
    expect(commune.json<UnitOfficerList>().items).toEqual([
      { id: expect.any(String) as string, fullName: 'Lê Văn Cường', roles: ['processor'] },
    ]);
  });

  it('refuses an officer without a role on the unit (403)', async () => {
    const res = await list('cb.xa', 'tinh-nha', `unit=${unit('home0')}`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });

  it('keeps provinces apart', async () => {
    const foreignUnit = await list('cb.tiepnhan', 'tinh-nha', `unit=${unit('far0')}`);
    expect(foreignUnit.statusCode).toBe(403);
    const foreignSession = await list('cb.xa-xoi', 'tinh-nha', `unit=${unit('home0')}`);
    expect(foreignSession.statusCode).toBe(401);
    const own = await list('cb.xa-xoi', 'tinh-xa', `unit=${unit('far0')}`);
    expect(own.json<UnitOfficerList>().items.map((o) => o.fullName)).toEqual(['Phan Thị Mai']);
  });

  it('needs a signed-in officer and a unit id', async () => {
    expect((await list('nobody', 'tinh-nha', `unit=${unit('home0')}`)).statusCode).toBe(401);
    expect((await list('cb.tiepnhan', 'tinh-nha', 'unit=not-a-uuid')).statusCode).toBe(400);
    expect((await list('cb.tiepnhan', 'tinh-nha', `unit=${unit('home0')}&role=mayor`)).statusCode).toBe(400);
  });
});
