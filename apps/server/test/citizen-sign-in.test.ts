import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { khaiSinh } from '@motcua/demo/procedures/khai-sinh.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { open } from '../src/platform/crypto/seal.ts';
import { buildTestApp, testMasterKey } from './app.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';
import { uploadRow } from './factories/upload.ts';

let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  app = await buildTestApp(db);
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

/** The code as the notification channel will deliver it: sealed in the delivery job. */
async function deliveredCode(phone: string): Promise<string> {
  const rows = await db.database.pool.query<{ payload: Record<string, string> }>(
    `select payload from graphile_worker._private_jobs j
       join graphile_worker._private_tasks t on t.id = j.task_id
      where t.identifier = 'notifications:otp' and j.payload->>'phone' = $1 order by j.id desc limit 1`,
    [phone],
  );
  const payload = rows.rows[0]?.payload;
  if (!payload) throw new Error('no delivery job');
  const key = masterKeyProvider(testMasterKey).byId(tenantId, payload['keyId'] ?? '');
  const sealed = Buffer.from(payload['sealedCode'] ?? '', 'base64');
  return open(key.key, sealed, `otp:${tenantId}:${payload['otpId'] ?? ''}`).toString('utf8');
}

function requestCode(phone: string) {
  return app.inject({ method: 'POST', url: '/api/v1/tay-ninh/citizen/otp', payload: { phone } });
}

function signIn(phone: string, code: string) {
  return app.inject({ method: 'POST', url: '/api/v1/tay-ninh/citizen/session', payload: { phone, code } });
}

describe('citizens sign in on the web with a one-time code', () => {
  it('queues the code for delivery, signs in once with it, and lists the citizen’s dossiers', async () => {
    const example = (khaiSinh.form?.schema['examples'] as Record<string, unknown>[])[0] ?? {};
    const filed = await app.inject({
      method: 'POST',
      url: '/api/v1/tay-ninh/applications',
      payload: {
        procedureCode: '1.001193',
        applicant: { fullName: 'Lê Thị Hoa', phone: '0987654321' },
        form: example,
        attachments: [{ documentKey: 'giay-chung-sinh', uploadId: await uploadRow(db, tenantId) }],
      },
    });
    expect(filed.statusCode).toBe(201);
    const { code, lookupKey } = filed.json<{ code: string; lookupKey: string }>();

    const sent = await requestCode('0987654321');
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).not.toHaveProperty('devCode');
    const otp = await deliveredCode('84987654321');
    expect(otp).toMatch(/^\d{6}$/);

    const wrong = await signIn('0987654321', otp === '000000' ? '111111' : '000000');
    expect([wrong.statusCode, wrong.json<{ code: string }>().code]).toEqual([401, 'AUTH.OTP_INVALID']);
    const ok = await signIn('+84987654321', otp);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ phone: '0987654321', name: 'Lê Thị Hoa' });
    const cookie = String(ok.headers['set-cookie']);
    expect(cookie).toMatch(/motcua_citizen=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await signIn('0987654321', otp)).statusCode).toBe(401);

    const session = cookie.split(';')[0] ?? '';
    const mine = await app.inject({
      method: 'GET',
      url: '/api/v1/tay-ninh/citizen/applications',
      headers: { cookie: session },
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      items: [{ code, key: lookupKey, procedure: { code: '1.001193', name: khaiSinh.name }, status: 1 }],
    });

    const out = await app.inject({
      method: 'DELETE',
      url: '/api/v1/tay-ninh/citizen/session',
      headers: { cookie: session },
    });
    expect(out.statusCode).toBe(204);
    const after = await app.inject({
      method: 'GET',
      url: '/api/v1/tay-ninh/citizen/applications',
      headers: { cookie: session },
    });
    expect(after.statusCode).toBe(401);
  });

  it('burns a code after five wrong guesses and throttles a number after three codes', async () => {
    const phone = '0911222333';
    expect((await requestCode(phone)).statusCode).toBe(202);
    const otp = await deliveredCode('84911222333');
    const wrong = otp === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i += 1) expect((await signIn(phone, wrong)).statusCode).toBe(401);
    expect((await signIn(phone, otp)).statusCode).toBe(401);
    expect((await requestCode(phone)).statusCode).toBe(202);
    expect((await requestCode(phone)).statusCode).toBe(202);
    const throttled = await requestCode(phone);
    expect([throttled.statusCode, throttled.json<{ code: string }>().code]).toEqual([429, 'AUTH.OTP_THROTTLED']);
    expect((await requestCode('12345')).statusCode).toBe(400);
  });

  it('answers the address picker with the provinces and one province’s communes', async () => {
    const provinces = await app.inject({ method: 'GET', url: '/api/v1/tay-ninh/admin-units' });
    expect(provinces.statusCode).toBe(200);
    expect(provinces.json<{ items: unknown[] }>().items).toContainEqual(
      expect.objectContaining({ code: '80', name: 'Tỉnh Tây Ninh', level: 'province' }),
    );
    const communes = await app.inject({ method: 'GET', url: '/api/v1/tay-ninh/admin-units?parent=80' });
    const names = communes.json<{ items: { name: string; level: string }[] }>().items;
    expect(names).toContainEqual(expect.objectContaining({ name: 'Phường Tân Ninh', level: 'commune' }));
    expect(names.map((n) => n.name)).toEqual([...names.map((n) => n.name)].sort(new Intl.Collator('vi').compare));
  });
});
