import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { createOfficer } from '../src/modules/identity/index.ts';
import { listUnits } from '../src/modules/tenants/index.ts';
import { withTx } from '../src/platform/db/database.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { buildTestApp, testMasterKey } from './app.ts';
import { uploadRow } from './factories/upload.ts';
import { loginOfficer, TEST_PASSWORD, type OfficerSession } from './factories/officer.ts';
import { documentJpeg, fileUpload } from './factories/files.ts';
import { tenantWithUnits } from './factories/tenant.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;
const password = TEST_PASSWORD;
type Who = 'own' | 'otherUnit' | 'adminOnly' | 'otherTenant' | 'anonymous';
const sessions = new Map<Who, { cookie: string; csrf: string }>();

async function login(tenant: string, username: string): Promise<OfficerSession> {
  return loginOfficer(app, tenant, username);
}

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  const deps = { database: db.database, keyProvider: masterKeyProvider(testMasterKey) };
  const officer = (
    username: string,
    unitEid: string,
    role: 'intake' | 'admin',
  ): Parameters<typeof createOfficer>[2] => ({
    username,
    fullName: 'Cán bộ thử',
    unitEid,
    roles: [{ unitEid, role }],
    password,
  });
  await createOfficer(deps, tenantId, officer('own.intake', '000.20.01.H53', 'intake'));
  await createOfficer(deps, tenantId, officer('other.intake', '000.20.02.H53', 'intake'));
  await createOfficer(deps, tenantId, officer('only.admin', '000.20.01.H53', 'admin'));
  const elsewhere = await tenantWithUnits(db.database, 'tinh-khac');
  const farUnit = (await withTx(db.database, elsewhere.id, (tx) => listUnits(tx, elsewhere.id))).find(
    (u) => u.kind === 'commune',
  );
  await createOfficer(deps, elsewhere.id, officer('far.intake', farUnit?.eid ?? '', 'intake'));
  app = await buildTestApp(db);
  sessions.set('own', await login('tay-ninh', 'own.intake'));
  sessions.set('otherUnit', await login('tay-ninh', 'other.intake'));
  sessions.set('adminOnly', await login('tay-ninh', 'only.admin'));
  sessions.set('otherTenant', await login('tinh-khac', 'far.intake'));
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

let photo: Buffer | undefined;

async function newDossier(): Promise<{ code: string; uploadId: string }> {
  photo ??= await documentJpeg(1000, 800);
  const { payload, headers } = fileUpload(photo);
  const uploaded = await app.inject({ method: 'POST', url: '/api/v1/tay-ninh/uploads', payload, headers });
  const uploadId = uploaded.json<{ id: string }>().id;
  const example = (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {};
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/tay-ninh/applications',
    payload: {
      procedureCode: '1.001193',
      applicant: { fullName: 'Nguyễn Thị Lan', phone: '0912345678' },
      form: example,
      attachments: [{ documentKey: 'giay-chung-sinh', uploadId }],
    },
  });
  return { code: res.json<{ code: string }>().code, uploadId };
}

interface Route {
  name: string;
  request: (d: {
    code: string;
    uploadId: string;
  }) => Promise<{ method: 'GET' | 'POST'; url: string; payload?: Record<string, unknown> }>;
}

const routes: Route[] = [
  {
    name: 'accept',
    request: async (d) => ({
      method: 'POST',
      url: `/api/v1/tay-ninh/console/applications/${d.code}/actions/accept`,
      payload: {},
    }),
  },
  {
    name: 'refuse',
    request: async (d) => ({
      method: 'POST',
      url: `/api/v1/tay-ninh/console/applications/${d.code}/actions/refuse`,
      payload: { reason: 'Không đủ điều kiện' },
    }),
  },
  {
    name: 'read document',
    request: async (d) => ({
      method: 'GET',
      url: `/api/v1/tay-ninh/console/applications/${d.code}/documents/${d.uploadId}`,
    }),
  },
  {
    name: 'counter intake',
    request: async () => ({
      method: 'POST',
      url: '/api/v1/tay-ninh/console/applications',
      payload: {
        procedureCode: '1.001193',
        unitEid: '000.20.01.H53',
        applicant: { fullName: 'Trần Văn Bình', phone: '0987654321' },
        form: (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {},
        attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenantId) }],
      },
    }),
  },
];

/** Expected status per route for each kind of caller: the owner succeeds, everyone else is kept out. */
const expected: Record<Who, number> = { own: 200, otherUnit: 403, adminOnly: 403, otherTenant: 401, anonymous: 401 };

describe('officer routes × callers', () => {
  const cases = routes.flatMap((route) =>
    (Object.keys(expected) as Who[]).map((who) => [route.name, who, route] as const),
  );
  it.each(cases)('%s by %s', async (_name, who, route) => {
    const dossier = await newDossier();
    const request = await route.request(dossier);
    const session = sessions.get(who);
    const headers = who === 'anonymous' || !session ? {} : { cookie: session.cookie, 'x-csrf-token': session.csrf };
    const res = await app.inject({ ...request, headers });
    const want = who === 'own' && route.name === 'counter intake' ? 201 : expected[who];
    expect(res.statusCode, res.body.slice(0, 200)).toBe(want);
  });

  it('shows an officer only their own units’ dossiers in the inbox', async () => {
    const { code } = await newDossier();
    const list = async (who: Who): Promise<string[]> => {
      const session = sessions.get(who);
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/tay-ninh/console/applications?limit=200',
        headers: { cookie: session?.cookie ?? '' },
      });
      return res.json<{ items: { code: string }[] }>().items.map((i) => i.code);
    };
    expect(await list('own')).toContain(code);
    expect(await list('otherUnit')).not.toContain(code);
    expect(await list('adminOnly')).not.toContain(code);
  });
});
