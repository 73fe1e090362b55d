import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startZaloSim, type RunningZaloSim } from '@motcua/zalo-sim/server';
import { DEMO_ZALO_APP, seedDemo } from '../src/demo/seed-demo.ts';
import {
  createOaTokenStore,
  zaloChatChannel,
  zaloTemplateChannel,
  type OaTokenStore,
  type OutboundMessage,
} from '../src/modules/channels/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { newId } from '../src/platform/ids.ts';
import { testMasterKey } from './app.ts';
import { callSim } from './sim-client.ts';
import { createTestDatabase, type TestDatabase } from './harness.ts';

let db: TestDatabase;
let zalo: RunningZaloSim;
let tenantId: string;
let tokens: OaTokenStore;
let refreshes = 0;

const sim = <T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> =>
  callSim<T>(zalo.url, method, path, body);

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedDemo(db.database)).tenant.id;
  zalo = await startZaloSim({ ...DEMO_ZALO_APP });
  const keyProvider = masterKeyProvider(testMasterKey);
  tokens = createOaTokenStore({
    database: db.database,
    keyProvider,
    hosts: () => zalo.hosts,
    credentials: () => {
      refreshes += 1;
      return Promise.resolve({ appId: DEMO_ZALO_APP.appId, appSecret: DEMO_ZALO_APP.appSecret });
    },
    now: () => new Date(),
  });
  const pair = await sim<{ access_token: string; refresh_token: string; expires_in: string }>('POST', '/oauth/tokens');
  await tokens.store(tenantId, {
    accessToken: pair.access_token,
    refreshToken: pair.refresh_token,
    expiresInSeconds: Number(pair.expires_in),
  });
  await sim('POST', '/zns/templates', {
    templateId: '301234',
    name: 'Cập nhật hồ sơ',
    params: ['ma_ho_so', 'ten_thu_tuc', 'trang_thai', 'ngay_hen', 'ghi_chu'],
    status: 'ENABLE',
  });
});
afterAll(async () => {
  await zalo.close();
  await db.drop();
});
beforeEach(async () => {
  await sim('DELETE', '/faults');
});

const deps = () => ({
  tokens,
  hosts: () => zalo.hosts,
  connected: () => Promise.resolve(true),
  templateId: (_tenant: string, name: string) => Promise.resolve(name === 'dossier_update' ? '301234' : undefined),
  znsDeduplicates: true,
});

function chat(userId: string, text: string): OutboundMessage {
  return { tenantId, deliveryId: newId(), attempt: 1, to: { zaloUserId: userId }, content: { kind: 'text', text } };
}

async function follower(name: string): Promise<string> {
  const user = await sim<{ userId: string }>('POST', '/users', { name, phone: '0912345678', follow: true });
  return user.userId;
}

async function conversation(userId: string): Promise<{ from: string; text?: string }[]> {
  return (await sim<{ messages: { from: string; text?: string }[] }>('GET', `/users/${userId}/conversation`)).messages;
}

describe('Zalo OA channels against the simulator', () => {
  it('writes to a follower in the chat, in Vietnamese, and says who cannot be reached', async () => {
    const channel = zaloChatChannel(deps());
    const userId = await follower('Nguyễn Thị Lan');
    const result = await channel.send(chat(userId, 'Hồ sơ 000.20.01.H53-261124-0001 đã được tiếp nhận.'));
    expect(result).toMatchObject({ outcome: 'sent', providerId: expect.stringMatching(/.+/) as string });
    expect((await conversation(userId)).filter((m) => m.from === 'oa').map((m) => m.text)).toEqual([
      'Hồ sơ 000.20.01.H53-261124-0001 đã được tiếp nhận.',
    ]);

    const stranger = await sim<{ userId: string }>('POST', '/users', { name: 'Trần Văn Bình' });
    expect(await channel.send(chat(stranger.userId, 'Xin chào'))).toMatchObject({ outcome: 'unreachable' });
    expect(await channel.send(chat(userId, 'x'.repeat(2_001)))).toMatchObject({ outcome: 'failed' });

    // Eight days without a word from the citizen: outside the window (-230), the template route takes over.
    await sim('POST', '/clock', { advanceMs: 8 * 24 * 3_600_000 });
    expect(await channel.send(chat(userId, 'Nhắc lịch hẹn'))).toMatchObject({ outcome: 'unreachable' });
  });

  it('carries buttons under a chat notice: a link, and rating answers that come back to the bot unseen', async () => {
    const channel = zaloChatChannel(deps());
    const userId = await follower('Đỗ Văn Tâm');
    const result = await channel.send({
      ...chat(userId, 'Đã trả kết quả hồ sơ 000.20.01.H53-261124-0002.'),
      content: {
        kind: 'text',
        text: 'Đã trả kết quả hồ sơ 000.20.01.H53-261124-0002.',
        buttons: [
          { title: 'Rất hài lòng', query: '#danhgia 000.20.01.H53-261124-0002 very_satisfied', hidden: true },
          { title: 'Xem hồ sơ', url: 'https://motcua.test/?track=000.20.01.H53-261124-0002' },
        ],
      },
    });
    expect(result).toMatchObject({ outcome: 'sent' });
    const messages = await sim<{ messages: { from: string; buttons?: unknown[] }[] }>(
      'GET',
      `/users/${userId}/conversation`,
    );
    expect(messages.messages.at(-1)?.buttons).toEqual([
      { title: 'Rất hài lòng', type: 'oa.query.hide', payload: '#danhgia 000.20.01.H53-261124-0002 very_satisfied' },
      {
        title: 'Xem hồ sơ',
        type: 'oa.open.url',
        payload: { url: 'https://motcua.test/?track=000.20.01.H53-261124-0002' },
      },
    ]);
  });

  it('refreshes a revoked token once and carries on; two workers refreshing at once keep a working token', async () => {
    const channel = zaloChatChannel(deps());
    const userId = await follower('Lê Minh Châu');
    await sim('POST', '/faults', [{ endpoint: '/openapi/v3.0/oa/message/cs', kind: 'revoke_token' }]);
    const before = await tokens.current(tenantId);
    expect(await channel.send(chat(userId, 'Sau khi làm mới mã truy cập'))).toMatchObject({ outcome: 'sent' });
    const after = await tokens.current(tenantId);
    expect(after.generation).toBe(before.generation + 1);
    expect(after.accessToken).not.toBe(before.accessToken);

    // Both workers saw the same stale token; the refresh token is single use, yet neither loses.
    const counted = refreshes;
    const [a, b] = await Promise.all([tokens.refresh(tenantId, after), tokens.refresh(tenantId, after)]);
    expect(a.accessToken).toBe(b.accessToken);
    expect(refreshes - counted).toBe(1);
    expect(await channel.send(chat(userId, 'Vẫn gửi được'))).toMatchObject({ outcome: 'sent' });
  });

  it('turns faults into retries: a 5xx answer and a -32 burst', async () => {
    const channel = zaloChatChannel(deps());
    const userId = await follower('Phạm Thu Hà');
    await sim('POST', '/faults', [{ endpoint: '/openapi/v3.0/oa/message/cs', kind: 'http_error', status: 502 }]);
    expect(await channel.send(chat(userId, 'a'))).toMatchObject({ outcome: 'retry', reason: 'HTTP 502' });
    await sim('POST', '/faults', [{ endpoint: '*', kind: 'rate_limit' }]);
    expect(await channel.send(chat(userId, 'b'))).toMatchObject({ outcome: 'retry' });
    expect(await channel.send(chat(userId, 'c'))).toMatchObject({ outcome: 'sent' });
  });

  it('sends the dossier template by phone with the delivery id as tracking_id, once even when resent', async () => {
    const channel = zaloTemplateChannel(deps());
    const message: OutboundMessage = {
      tenantId,
      deliveryId: newId(),
      attempt: 1,
      to: { phone: '84987000111' },
      content: {
        kind: 'template',
        templateId: 'dossier_update',
        params: {
          ma_ho_so: '000.20.01.H53-261124-0002',
          ten_thu_tuc: 'Đăng ký khai sinh',
          trang_thai: 'Được tiếp nhận',
          ngay_hen: '27/11/2026',
          ghi_chu: 'Hồ sơ đã được tiếp nhận',
        },
      },
    };
    const first = await channel.send(message);
    expect(first).toMatchObject({ outcome: 'sent' });
    const again = await channel.send({ ...message, attempt: 2 });
    expect(again).toEqual(first);
    const received = await sim<{ trackingId: string; templateId: string; templateData: Record<string, string> }[]>(
      'GET',
      '/zns?phone=84987000111',
    );
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      trackingId: message.deliveryId,
      templateId: '301234',
      templateData: { ma_ho_so: '000.20.01.H53-261124-0002', trang_thai: 'Được tiếp nhận' },
    });
    expect(await channel.send({ ...message, to: { phone: '8412' } })).toMatchObject({ outcome: 'unreachable' });
  });
});
