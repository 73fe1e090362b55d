import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { seedDemo } from '../../demo/seed-demo.ts';
import { masterKeyProvider } from '../../platform/crypto/key-provider.ts';
import { buildTestApp, testMasterKey } from '../../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/harness.ts';
import { loginOfficer, TEST_PASSWORD, type OfficerSession } from '../../../test/factories/officer.ts';
import { uploadRow } from '../../../test/factories/upload.ts';
import { createOfficer } from '../identity/index.ts';

const TAN_NINH = '000.20.01.H53';

let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;
let desk: OfficerSession;
let leader: OfficerSession;

interface TimelineEntry {
  action: string;
  actorType: string;
  actorName: string | null;
  role: string | null;
}

async function officer(username: string, fullName: string, roles: ('intake' | 'processor' | 'leader')[]) {
  await createOfficer({ database: db.database, keyProvider: masterKeyProvider(testMasterKey) }, tenantId, {
    username,
    fullName,
    unitEid: TAN_NINH,
    roles: roles.map((role) => ({ unitEid: TAN_NINH, role })),
    password: TEST_PASSWORD,
  });
  return loginOfficer(app, 'tay-ninh', username);
}

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  app = await buildTestApp(db);
  // One officer both takes dossiers in and processes them at the commune centre.
  desk = await officer('motcua.tanninh', 'Nguyễn Thị Lan', ['intake', 'processor']);
  leader = await officer('lanhdao.tanninh', 'Lê Minh Châu', ['leader']);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

function example(): Record<string, unknown> {
  return (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {};
}

async function send(session: OfficerSession, url: string, payload: object) {
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    payload,
  });
}

async function act(session: OfficerSession, code: string, action: string): Promise<void> {
  const res = await send(session, `/api/v1/tay-ninh/console/applications/${code}/actions/${action}`, {});
  expect([action, res.statusCode, res.body.slice(0, 200)]).toEqual([action, 200, expect.any(String)]);
}

async function timeline(code: string): Promise<TimelineEntry[]> {
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/tay-ninh/console/applications/${code}`,
    headers: { cookie: desk.cookie },
  });
  expect(res.statusCode).toBe(200);
  return res.json<{ timeline: TimelineEntry[] }>().timeline;
}

describe('the dossier timeline', () => {
  it('records the role each officer acted in on the unit holding the dossier', async () => {
    const walkIn = await send(desk, '/api/v1/tay-ninh/console/applications', {
      procedureCode: khaiSinh.code,
      unitEid: TAN_NINH,
      applicant: { fullName: 'Trần Văn Bình', phone: '0987654321' },
      form: example(),
      attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenantId) }],
    });
    expect(walkIn.statusCode, walkIn.body).toBe(201);
    const code = walkIn.json<{ state: { code: string } }>().state.code;
    await act(desk, code, 'start_processing');
    await act(desk, code, 'submit_for_approval');
    await act(leader, code, 'approve');

    const events = (await timeline(code)).map(({ action, actorName, role }) => ({ action, actorName, role }));
    expect(events).toEqual([
      { action: 'submit', actorName: 'Nguyễn Thị Lan', role: 'intake' },
      { action: 'accept', actorName: 'Nguyễn Thị Lan', role: 'intake' },
      { action: 'start_processing', actorName: 'Nguyễn Thị Lan', role: 'processor' },
      { action: 'submit_for_approval', actorName: 'Nguyễn Thị Lan', role: 'processor' },
      { action: 'approve', actorName: 'Lê Minh Châu', role: 'leader' },
    ]);
  });

  it('has no role for what the citizen did', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/applications',
      payload: {
        procedureCode: khaiSinh.code,
        applicant: { fullName: 'Trần Văn Bình', phone: '0912345678' },
        form: example(),
        attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenantId) }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const code = res.json<{ code: string }>().code;
    await act(desk, code, 'accept');
    expect(await timeline(code)).toMatchObject([
      { action: 'submit', actorType: 'citizen', actorName: null, role: null },
      { action: 'accept', actorType: 'officer', actorName: 'Nguyễn Thị Lan', role: 'intake' },
    ]);
  });
});
