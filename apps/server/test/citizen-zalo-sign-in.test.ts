import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { startZaloSim, type RunningZaloSim } from '@motcua/zalo-sim/server';
import { DEMO_ZALO_APP, seedDemo } from '../src/demo/seed-demo.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { buildTestApp, testMasterKey } from './app.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';
import { uploadRow } from './factories/upload.ts';

const MINI_APP_ORIGIN = 'https://h5.zdn.vn';

let db: TestDatabase;
let app: FastifyInstance;
let zalo: RunningZaloSim;
let tenantId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database, masterKeyProvider(testMasterKey))).tenant.id;
  zalo = await startZaloSim({ ...DEMO_ZALO_APP });
  app = await buildTestApp(db, { zaloGraphUrl: zalo.hosts.graph, corsOrigins: [MINI_APP_ORIGIN] });
});
afterAll(async () => {
  await app.close();
  await zalo.close();
  await db.drop();
});

/** A person opening the Mini App: Zalo gives the app an access token (getAccessToken). */
function openMiniApp(name: string, phone?: string): { id: string; accessToken: () => string } {
  const user = zalo.sim.miniApp.addUser({ name, ...(phone ? { phone } : {}) });
  return {
    id: user.id,
    accessToken: () => zalo.sim.miniApp.issueAccessToken(user.id)?.accessToken ?? '',
  };
}

/** They agree to share their number (getPhoneNumber): a single-use token for the server. */
function sharePhone(accessToken: string): string {
  const issued = zalo.sim.miniApp.issuePhoneToken(accessToken);
  if (typeof issued === 'string') throw new Error(issued);
  return issued.token;
}

function zaloSession(body: Record<string, string>) {
  return app.inject({ method: 'POST', url: '/api/v1/tay-ninh/citizen/zalo-session', payload: body });
}

function asBearer(token: string, url = '/api/v1/tay-ninh/citizen/applications', method: 'GET' | 'DELETE' = 'GET') {
  return app.inject({ method, url, headers: { authorization: `Bearer ${token}` } });
}

describe('citizens sign in from the Zalo Mini App', () => {
  it('links the Zalo user by the shared phone number, then by the Zalo id alone', async () => {
    const example = (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {};
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/applications',
      payload: {
        procedureCode: '1.001193',
        applicant: { fullName: 'Trần Thị Mai', phone: '0912000111' },
        form: example,
        attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenantId) }],
      },
    });
    expect(filed.statusCode).toBe(201);
    const { code } = filed.json<{ code: string }>();

    const mai = openMiniApp('Mai Trần', '84912000111');
    const withoutPhone = await zaloSession({ accessToken: mai.accessToken() });
    expect([withoutPhone.statusCode, withoutPhone.json<{ code: string }>().code]).toEqual([
      422,
      'AUTH.ZALO_PHONE_REQUIRED',
    ]);

    const accessToken = mai.accessToken();
    const phoneToken = sharePhone(accessToken);
    const first = await zaloSession({ accessToken, phoneToken });
    expect(first.statusCode).toBe(200);
    const session = first.json<{ phone: string; name?: string; token: string; expiresAt: string }>();
    // The name given at filing is kept; Zalo's display name does not overwrite it.
    expect(session).toMatchObject({ phone: '0912000111', name: 'Trần Thị Mai' });
    expect(first.headers['set-cookie']).toBeUndefined();
    const mine = await asBearer(session.token);
    expect(mine.statusCode).toBe(200);
    expect(mine.json<{ items: { code: string }[] }>().items.map((i) => i.code)).toEqual([code]);

    // The phone token is single use.
    const replay = await zaloSession({ accessToken, phoneToken });
    expect([replay.statusCode, replay.json<{ code: string }>().code]).toEqual([401, 'AUTH.ZALO_TOKEN_INVALID']);

    // Next time the Mini App needs only the access token.
    const again = await zaloSession({ accessToken: mai.accessToken() });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ phone: '0912000111' });

    const row = await db.database.pool.query<{ zalo_user_id: string }>(
      `select zalo_user_id from citizens where tenant_id = $1 and phone = '84912000111'`,
      [tenantId],
    );
    expect(row.rows[0]?.zalo_user_id).toBe(mai.id);

    const out = await asBearer(session.token, '/api/v1/tay-ninh/citizen/session', 'DELETE');
    expect(out.statusCode).toBe(204);
    expect((await asBearer(session.token)).statusCode).toBe(401);
  });

  it('moves the Zalo account to the new number when the person shares a different one', async () => {
    const user = zalo.sim.miniApp.addUser({ name: 'Lê Văn Bình', phone: '84933000111' });
    const token1 = zalo.sim.miniApp.issueAccessToken(user.id)?.accessToken ?? '';
    expect((await zaloSession({ accessToken: token1, phoneToken: sharePhone(token1) })).statusCode).toBe(200);

    user.phone = '84933000222';
    const token2 = zalo.sim.miniApp.issueAccessToken(user.id)?.accessToken ?? '';
    const moved = await zaloSession({ accessToken: token2, phoneToken: sharePhone(token2) });
    expect(moved.json()).toMatchObject({ phone: '0933000222' });
    const rows = await db.database.pool.query<{ phone: string; zalo_user_id: string | null }>(
      `select phone, zalo_user_id from citizens where tenant_id = $1 and phone in ('84933000111', '84933000222') order by phone`,
      [tenantId],
    );
    expect(rows.rows).toEqual([
      { phone: '84933000111', zalo_user_id: null },
      { phone: '84933000222', zalo_user_id: user.id },
    ]);
  });

  it('refuses tokens Zalo does not vouch for, and bad bearer headers', async () => {
    const forged = await zaloSession({ accessToken: 'not-a-zalo-token' });
    expect([forged.statusCode, forged.json<{ code: string }>().code]).toEqual([401, 'AUTH.ZALO_TOKEN_INVALID']);
    const someone = openMiniApp('Phạm Thu', '84977000111');
    const other = openMiniApp('Đỗ Minh', '84977000222');
    const stolen = sharePhone(someone.accessToken());
    const mismatched = await zaloSession({ accessToken: other.accessToken(), phoneToken: stolen });
    expect(mismatched.statusCode).toBe(401);
    expect((await asBearer('x'.repeat(300))).statusCode).toBe(401);
    expect((await asBearer('short')).statusCode).toBe(401);
    const extra = await zaloSession({ accessToken: someone.accessToken(), phone: '0977000111' });
    expect(extra.statusCode).toBe(400);
  });

  it('answers 503 with a Vietnamese way out when Zalo cannot be reached', async () => {
    const unreachable = await buildTestApp(db, { zaloGraphUrl: 'http://127.0.0.1:9' });
    try {
      const answer = await unreachable.inject({
        method: 'POST',
        url: '/api/v1/tay-ninh/citizen/zalo-session',
        payload: { accessToken: openMiniApp('Vũ Lan', '84966000111').accessToken() },
      });
      expect(answer.statusCode).toBe(503);
      expect(answer.headers['content-type']).toMatch(/problem\+json/);
      expect(answer.json()).toMatchObject({ code: 'AUTH.ZALO_UNAVAILABLE' });
      expect(answer.json<{ detail: string }>().detail).toMatch(/số điện thoại và mã xác thực/);
    } finally {
      await unreachable.close();
    }
  });

  it('lets only the configured Mini App origin call the API across origins', async () => {
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/api/v1/tay-ninh/citizen/zalo-session',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight(MINI_APP_ORIGIN);
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(MINI_APP_ORIGIN);
    expect(String(allowed.headers['access-control-allow-headers'])).toMatch(/authorization/);
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    const foreign = await preflight('https://evil.example');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });
});
