import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ZALO_APP } from '../src/demo/seed-demo.ts';
import { zaloSignature } from '../src/modules/channels/index.ts';
import { fetchChatImage, isAllowedHost } from '../src/modules/chatbot/index.ts';
import { countingServer, startChatKit, type ChatKit } from './chatbot-kit.ts';

type Counting = Awaited<ReturnType<typeof countingServer>>;

let kit: ChatKit;
/** Stands for a private address a redirect would lead to: it must never be asked. */
let trap: Counting;
/** An allow-listed media host that redirects. */
let redirector: Counting;
let png: Buffer;

beforeAll(async () => {
  png = await QRCode.toBuffer('https://example.test/not-a-receipt', { type: 'png' });
  trap = await countingServer(() => ({ status: 200, headers: { 'content-type': 'image/png' }, body: png }));
  redirector = await countingServer(() => ({ status: 302, headers: { location: `${trap.url}/internal/secret.png` } }));
  kit = await startChatKit({ mediaHosts: [`127.0.0.1:${String(redirector.port)}`] });
}, 60_000);
afterAll(async () => {
  await kit.close();
  await trap.close();
  await redirector.close();
});

/** Posts a signed `user_send_image` event as Zalo would, with an image URL of our choosing. */
async function imageEvent(userId: string, url: string): Promise<void> {
  const event = {
    app_id: DEMO_ZALO_APP.appId,
    sender: { id: userId },
    recipient: { id: DEMO_ZALO_APP.oaId },
    event_name: 'user_send_image',
    message: { msg_id: `img-${String(Math.random()).slice(2)}`, attachments: [{ type: 'image', payload: { url } }] },
    timestamp: String(Date.now()),
  };
  const body = JSON.stringify(event);
  const response = await kit.app.inject({
    method: 'POST',
    url: '/api/v1/tay-ninh/channels/zalo/webhook',
    payload: body,
    headers: {
      'content-type': 'application/json',
      'x-zevent-signature': zaloSignature(DEMO_ZALO_APP.appId, body, event.timestamp, DEMO_ZALO_APP.oaSecretKey),
    },
  });
  expect(response.statusCode).toBe(200);
  await kit.settle();
}

async function lastOaText(userId: string): Promise<string | undefined> {
  return (await kit.conversation(userId)).filter((m) => m.from === 'oa').at(-1)?.text;
}

describe('photo fetching refuses what is not the channel’s media (SSRF)', () => {
  it('does not fetch an image on a host that is not allow-listed', async () => {
    const user = await kit.citizen('Ngô Thị Hoa');
    await imageEvent(user, `${trap.url.replace('127.0.0.1', 'localhost')}/x.png`);
    await imageEvent(user, `${trap.url}/x.png`);
    expect(trap.hits).toEqual([]);
    expect(await lastOaText(user)).toMatch(/^Không đọc được mã QR trong ảnh/);
  });

  it('does not follow a media host’s redirect to a private address', async () => {
    const user = await kit.citizen('Đỗ Văn Khoa');
    await imageEvent(user, `${redirector.url}/photo.png`);
    expect(redirector.hits).toEqual(['/photo.png']);
    expect(trap.hits).toEqual([]);
    expect(await lastOaText(user)).toMatch(/^Không đọc được mã QR trong ảnh/);
  });

  it('checks the scheme, credentials, exact host and port, suffixes and size', async () => {
    const allowed = [`127.0.0.1:${String(trap.port)}`, '*.zdn.vn'];
    const policy = { allowedHosts: () => allowed, maxBytes: 1_000_000, timeoutMs: 2_000 };
    const host = (url: string) => isAllowedHost(new URL(url), allowed);
    expect(host('https://photo-1.zdn.vn/a.jpg')).toBe(true);
    expect(host('https://zdn.vn/a.jpg')).toBe(false);
    expect(host('https://evil-zdn.vn/a.jpg')).toBe(false);
    expect(host('https://photo.zdn.vn:8443/a.jpg')).toBe(false);
    expect(host(`http://127.0.0.1:${String(trap.port + 1)}/a.png`)).toBe(false);
    expect(await fetchChatImage(policy, 'file:///etc/passwd')).toEqual({ ok: false, refusal: 'bad_url' });
    expect(await fetchChatImage(policy, `http://user:pw@127.0.0.1:${String(trap.port)}/a`)).toEqual({
      ok: false,
      refusal: 'bad_url',
    });
    expect(trap.hits).toEqual([]);
    const fetched = await fetchChatImage(policy, `${trap.url}/ok.png`);
    expect(fetched).toMatchObject({ ok: true });
    const small = { ...policy, maxBytes: 10 };
    expect(await fetchChatImage(small, `${trap.url}/big.png`)).toEqual({ ok: false, refusal: 'too_large' });
  });
});
