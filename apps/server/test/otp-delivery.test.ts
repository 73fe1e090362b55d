import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { createChannels, type Channel, type ChannelKind } from '../src/modules/channels/index.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from '../src/modules/channels/testing/fake-sms-gateway.ts';
import { requestCitizenOtp } from '../src/modules/identity/citizens/citizen-sign-in.ts';
import { deliverOtp } from '../src/modules/notifications/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { testMasterKey } from './app.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let tenantId: string;
let gateway: FakeSmsGateway;
const keyProvider = masterKeyProvider(testMasterKey);
let now = new Date('2026-11-24T03:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  gateway = await startFakeSmsGateway({ fields: { phone: '/to', text: '/message', reference: '/clientRef' } });
});
afterAll(async () => {
  await gateway.close();
  await db.drop();
});

/** The sign-in code job as identity queued it. */
async function queuedJob(phone: string) {
  const rows = await db.database.pool.query<{ payload: Record<string, string> }>(
    `select payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
      where t.identifier = 'notifications:otp' and j.payload->>'phone' = $1 order by j.id desc limit 1`,
    [phone],
  );
  const p = rows.rows[0]?.payload ?? {};
  return {
    tenantId: p['tenantId'] ?? '',
    otpId: p['otpId'] ?? '',
    phone: p['phone'] ?? '',
    keyId: p['keyId'] ?? '',
    sealedCode: p['sealedCode'] ?? '',
  };
}

describe('sending a citizen’s sign-in code', () => {
  it('texts the code through the SMS gateway, and not once it expired or where no channel reaches', async () => {
    const sms = createChannels(
      loadConfig({
        MOTCUA_SMS_URL: gateway.url,
        MOTCUA_SMS_BODY: '{"to":"{{phone}}","message":"{{text}}","clientRef":"{{deliveryId}}"}',
        MOTCUA_SMS_ID_POINTER: '/data/messageId',
      }),
    );
    const deps = (channels: ReadonlyMap<ChannelKind, Channel>) => ({
      database: db.database,
      keyProvider,
      channels,
      now: () => now,
    });
    await requestCitizenOtp(
      { database: db.database, keyProvider, now: () => now },
      { tenantId, phone: '84912777888', revealCode: false },
    );
    const job = await queuedJob('84912777888');
    expect(await deliverOtp(deps(sms), job)).toBe('sent');
    const received = gateway.received();
    expect(received).toHaveLength(1);
    expect(received[0]?.text).toMatch(/^Mã xác thực Một Cửa của bạn là \d{6}, có hiệu lực 5 phút\./);
    // The code is not in the job in clear.
    expect(JSON.stringify(job)).not.toContain(received[0]?.text.match(/\d{6}/)?.[0] ?? 'none');

    expect(await deliverOtp(deps(new Map()), job)).toBe('no_channel');
    now = new Date(now.getTime() + 6 * 60_000);
    expect(await deliverOtp(deps(sms), job)).toBe('expired');
    expect(gateway.received()).toHaveLength(1);
  });
});
