import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ZALO_APP } from '../../src/demo/seed-demo.ts';
import { processWebhookEvent, zaloSignature } from '../../src/modules/channels/index.ts';
import { updateZaloChannel } from '../../src/modules/tenants/index.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { masterKeyProvider } from '../../src/platform/crypto/key-provider.ts';
import { buildTestApp, testMasterKey } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../harness.ts';
import { seedProvinces } from './kit.ts';

const now = new Date('2026-11-24T03:00:00Z');
const OTHER_APP = {
  oaId: '111000111000111000',
  appId: '222000222000222000',
  oaSecretKey: 'tinh-khac-oa-secret-key-0001',
};

let db: TestDatabase;
let app: FastifyInstance;
let tenantId: string;
let sequence = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  const seeded = await seedProvinces(db);
  tenantId = seeded.tenant.id;
  const keyProvider = masterKeyProvider(testMasterKey);
  await updateZaloChannel({ database: db.database, keyProvider, now: () => now }, seeded.other.id, OTHER_APP, {
    system: 'test',
  });
  app = await buildTestApp(db, { clock: fixedClock(now) });
});
afterAll(async () => {
  await app.close();
  await db.drop();
});

/** A person sharing their phone number with the OA: processed, it would create a citizen record. */
function sharePhone(phone: string, msAgo = 1_000): Record<string, unknown> {
  sequence += 1;
  return {
    app_id: DEMO_ZALO_APP.appId,
    sender: { id: `88800011122233${String(sequence).padStart(5, '0')}` },
    recipient: { id: DEMO_ZALO_APP.oaId },
    event_name: 'user_submit_info',
    info: { name: 'Người Giả Mạo', phone, address: '1 Đường Thử' },
    timestamp: String(now.getTime() - msAgo),
  };
}

interface Sent {
  body: string;
  signature: string | string[] | undefined;
  headers?: Record<string, string>;
  slug?: string;
}

function deliver(sent: Sent): Promise<LightMyRequestResponse> {
  const headers: Record<string, string | string[]> = { 'content-type': 'application/json', ...sent.headers };
  if (sent.signature !== undefined) headers['x-zevent-signature'] = sent.signature;
  return app.inject({
    method: 'POST',
    url: `/api/v1/${sent.slug ?? 'tay-ninh'}/channels/zalo/webhook`,
    payload: sent.body,
    headers,
  });
}

function signed(
  event: Record<string, unknown>,
  appId: string = DEMO_ZALO_APP.appId,
  secret: string = DEMO_ZALO_APP.oaSecretKey,
) {
  const body = JSON.stringify(event);
  return { body, signature: zaloSignature(appId, body, String(event['timestamp']), secret) };
}

async function storedEvents(): Promise<string[]> {
  const rows = await db.database.pool.query<{ event_key: string }>('select event_key from zalo_webhook_events');
  return rows.rows.map((r) => r.event_key);
}

async function processAll(): Promise<void> {
  for (const eventKey of await storedEvents()) {
    await processWebhookEvent({ database: db.database, now: () => now }, { tenantId, eventKey });
  }
}

async function citizensWith(phones: string[]): Promise<string[]> {
  const rows = await db.database.pool.query<{ phone: string }>('select phone from citizens where phone = any($1)', [
    phones.map((p) => `84${p.slice(1)}`),
  ]);
  return rows.rows.map((r) => r.phone);
}

describe('Zalo webhook forgery and replay', () => {
  it('refuses every forged or stale event with 401, stores and processes none of them', async () => {
    const forged: [string, Sent, string][] = [
      [
        'no signature',
        { body: JSON.stringify(sharePhone('0901000001')), signature: undefined },
        'CHANNEL.WEBHOOK_SIGNATURE',
      ],
      [
        'signed with a guessed secret',
        signed(sharePhone('0901000002'), DEMO_ZALO_APP.appId, 'guess'),
        'CHANNEL.WEBHOOK_SIGNATURE',
      ],
      [
        'signed by another province’s OA',
        signed(sharePhone('0901000003'), OTHER_APP.appId, OTHER_APP.oaSecretKey),
        'CHANNEL.WEBHOOK_SIGNATURE',
      ],
      ['signed for another app id', signed(sharePhone('0901000004'), OTHER_APP.appId), 'CHANNEL.WEBHOOK_SIGNATURE'],
      [
        'body changed after signing',
        (() => {
          const s = signed(sharePhone('0901000005'));
          return { ...s, body: s.body.replace('0901000005', '0901000006') };
        })(),
        'CHANNEL.WEBHOOK_SIGNATURE',
      ],
      [
        'timestamp changed after signing',
        (() => {
          const event = sharePhone('0901000007');
          const s = signed(event);
          return { ...s, body: s.body.replace(String(event['timestamp']), String(now.getTime())) };
        })(),
        'CHANNEL.WEBHOOK_SIGNATURE',
      ],
      [
        'signature header sent twice',
        (() => {
          const s = signed(sharePhone('0901000008'));
          return { ...s, signature: [s.signature, s.signature] };
        })(),
        'CHANNEL.WEBHOOK_SIGNATURE',
      ],
      ['a JSON array', { body: '[1,2,3]', signature: 'mac=00' }, 'CHANNEL.WEBHOOK_SIGNATURE'],
      ['six minutes old', signed(sharePhone('0901000009', 6 * 60_000)), 'CHANNEL.WEBHOOK_STALE'],
      ['two minutes in the future', signed(sharePhone('0901000010', -2 * 60_000)), 'CHANNEL.WEBHOOK_STALE'],
      [
        'three hours old, claiming to be Zalo’s retry',
        { ...signed(sharePhone('0901000011', 3 * 3_600_000)), headers: { num_retry: '5' } },
        'CHANNEL.WEBHOOK_STALE',
      ],
      [
        'signed by this province, sent to another’s URL',
        { ...signed(sharePhone('0901000012')), slug: 'tinh-khac' },
        'CHANNEL.WEBHOOK_SIGNATURE',
      ],
    ];
    for (const [why, sent, code] of forged) {
      const res = await deliver(sent);
      expect([res.statusCode, res.json<{ code: string }>().code], why).toEqual([401, code]);
    }
    expect(await storedEvents()).toEqual([]);
    await processAll();
    const phones = Array.from({ length: 12 }, (_, i) => `09010000${String(i + 1).padStart(2, '0')}`);
    expect(await citizensWith(phones)).toEqual([]);
  });

  it('takes a genuine event once: its replay, even marked as Zalo’s retry, is refused and changes nothing', async () => {
    const genuine = signed(sharePhone('0902000001'));
    expect((await deliver(genuine)).statusCode).toBe(200);
    const replays = [
      genuine,
      { ...genuine, headers: { num_retry: '1' } },
      { ...genuine, signature: genuine.signature.toUpperCase() },
    ];
    for (const replay of replays) {
      const res = await deliver(replay);
      expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([401, 'CHANNEL.WEBHOOK_REPLAY']);
    }
    expect(await storedEvents()).toHaveLength(1);
    await processAll();
    expect(await citizensWith(['0902000001'])).toEqual(['84902000001']);
  });

  it('refuses an oversized body before reading it as an event', async () => {
    const event = { ...sharePhone('0903000001'), padding: 'x'.repeat(300 * 1024) };
    const res = await deliver(signed(event));
    expect(res.statusCode).toBe(413);
    expect(await citizensWith(['0903000001'])).toEqual([]);
  });
});
