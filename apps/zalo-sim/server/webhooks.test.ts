import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { webhookMac } from './webhooks.ts';
import { follower, sendCs, startKit, startReceiver, type Receiver, type SimKit } from './test/sim-kit.ts';

let kit: SimKit;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  kit = await startKit({ webhookUrl: receiver.url, webhookTimeoutMs: 100, webhookRetryScale: 0.0001 });
});
afterAll(async () => {
  await kit.close();
  await receiver.close();
});
beforeEach(() => {
  receiver.respond = (_hook, _index, response) => response.writeHead(200).end('ok');
});

async function hooksAfter(action: () => Promise<unknown>) {
  await kit.running.sim.state.webhooks.idle();
  const from = receiver.hooks.length;
  await action();
  await kit.running.sim.state.webhooks.idle();
  return receiver.hooks.slice(from);
}

function verify(hook: { body: string; json: { timestamp: string }; headers: Record<string, unknown> }) {
  const { appId, oaSecretKey } = kit.running.sim.options;
  expect(hook.headers['x-zevent-signature']).toBe(
    `mac=${webhookMac(appId, hook.body, hook.json.timestamp, oaSecretKey)}`,
  );
}

describe('signature (§7.2)', () => {
  it('reproduces the worked test vector', () => {
    const body =
      '{"app_id":"360846524940903967","sender":{"id":"246845883529197922"},"user_id_by_app":"552177279717587730",' +
      '"recipient":{"id":"388613280878808645"},"event_name":"user_send_text","message":{"text":"message","msg_id":"96d3cdf3af150460909"},' +
      '"timestamp":"154390853474"}';
    expect(Buffer.byteLength(body)).toBe(263);
    expect(`mac=${webhookMac('360846524940903967', body, '154390853474', 'OA_SECRET_EXAMPLE')}`).toBe(
      'mac=d1a03ff87751a016031fdd800ff8afd6caf197834145e6f239cc75f5a646e341',
    );
  });

  it('signs with the app secret and oa_id when the §13.1/§13.2 options say so', async () => {
    const other = await startReceiver();
    const alt = await startKit({ webhookUrl: other.url, webhookSecret: 'appSecret', webhookMacFirstTerm: 'oaId' });
    try {
      await follower(alt);
      await alt.running.sim.state.webhooks.idle();
      const hook = other.hooks[0];
      const { oaId, appSecret } = alt.running.sim.options;
      expect(hook?.headers['x-zevent-signature']).toBe(
        `mac=${webhookMac(oaId, String(hook?.body), hook?.json.timestamp, appSecret)}`,
      );
    } finally {
      await alt.close();
      await other.close();
    }
  });
});

describe('citizen events (§7.3, §12)', () => {
  it('posts follow with oa_id, follower.id and source; unfollow alike', async () => {
    const created = (await kit.script('POST', '/users', { name: 'Võ Thị Em' })).body;
    const [followed] = await hooksAfter(() => kit.script('POST', `/users/${created.userId}/follow`));
    expect(followed?.json).toEqual({
      app_id: kit.running.sim.options.appId,
      oa_id: kit.running.sim.options.oaId,
      user_id_by_app: created.userIdByApp,
      event_name: 'follow',
      timestamp: String(kit.now().getTime()),
      source: 'oa_profile',
      follower: { id: created.userId },
    });
    expect(followed?.headers['content-type']).toBe('application/json');
    verify(followed as never);
    const [unfollowed] = await hooksAfter(() => kit.script('POST', `/users/${created.userId}/unfollow`));
    expect(unfollowed?.json.event_name).toBe('unfollow');
  });

  it('posts user_send_text, image (served by the simulator), location and file', async () => {
    const userId = await follower(kit);
    const [text] = await hooksAfter(() => kit.script('POST', `/users/${userId}/text`, { text: '#tracuu HS-0001' }));
    expect(Object.keys(text?.json ?? {})).toEqual([
      'app_id',
      'sender',
      'user_id_by_app',
      'recipient',
      'event_name',
      'message',
      'timestamp',
    ]);
    expect(text?.json).toMatchObject({
      sender: { id: userId },
      recipient: { id: kit.running.sim.options.oaId },
      message: { text: '#tracuu HS-0001' },
    });
    verify(text as never);

    const [image] = await hooksAfter(() => kit.script('POST', `/users/${userId}/image`, {}));
    const attachment = image?.json.message.attachments[0];
    expect(attachment.type).toBe('image');
    const served = await fetch(attachment.payload.url);
    expect(served.headers.get('content-type')).toBe('image/png');

    const [location] = await hooksAfter(() =>
      kit.script('POST', `/users/${userId}/location`, { latitude: 11.31, longitude: 106.1 }),
    );
    expect(location?.json.message.attachments[0]).toEqual({
      type: 'location',
      payload: { coordinates: { latitude: '11.31', longitude: '106.1' } },
    });

    // A phone photo of about 1.2 MB arrives base64-encoded, beyond Fastify's default body limit.
    const big = await kit.script('POST', `/users/${userId}/image`, {
      base64: Buffer.alloc(1_200_000, 7).toString('base64'),
      contentType: 'image/jpeg',
    });
    expect(big.status).toBeLessThan(300);

    const [file] = await hooksAfter(() => kit.script('POST', `/users/${userId}/file`, { name: 'don.pdf' }));
    expect(file?.json.event_name).toBe('user_send_file');
    expect(file?.json.message.attachments[0].payload).toMatchObject({
      name: 'don.pdf',
      type: 'pdf',
      size: expect.any(String),
    });
  });

  it('turns an oa.query.show tap into user_send_text with the payload (§7.4)', async () => {
    const userId = await follower(kit);
    const buttons = [{ title: 'Tra cứu', type: 'oa.query.show', payload: '#tracuu' }];
    const sent = await sendCs(kit, userId, { text: 'Chọn', attachment: { type: 'template', payload: { buttons } } });
    const [tapped] = await hooksAfter(() =>
      kit.script('POST', `/users/${userId}/tap`, { msgId: sent.body.data.message_id, button: 0 }),
    );
    expect(tapped?.json).toMatchObject({ event_name: 'user_send_text', message: { text: '#tracuu' } });
  });

  it('posts user_submit_info after a request_user_info card, nested by default, flat as an option (§13.8)', async () => {
    const userId = await follower(kit, 'Đặng Văn Phúc', '0912000111');
    expect((await kit.script('POST', `/users/${userId}/submit-info`, {})).status).toBe(409);
    const card = {
      type: 'template',
      payload: { template_type: 'request_user_info', elements: [{ title: 'T', subtitle: 'S' }] },
    };
    await sendCs(kit, userId, { attachment: card });
    const [nested] = await hooksAfter(() =>
      kit.script('POST', `/users/${userId}/submit-info`, { city: 'Tây Ninh', address: '1 Trần Hưng Đạo' }),
    );
    expect(nested?.json.info).toEqual({
      name: 'Đặng Văn Phúc',
      phone: '84912000111',
      full_address: { user_city: 'Tây Ninh', user_district: '', user_ward: '', user_address: '1 Trần Hưng Đạo' },
    });

    const other = await startReceiver();
    const flat = await startKit({ webhookUrl: other.url, submitInfoShape: 'flat' });
    try {
      const flatUser = await follower(flat, 'A', '0912000112');
      await sendCs(flat, flatUser, { attachment: card });
      await flat.script('POST', `/users/${flatUser}/submit-info`, { ward: 'Phường 1' });
      await flat.running.sim.state.webhooks.idle();
      expect(other.hooks.at(-1)?.json.info).toEqual({
        address: '',
        phone: '84912000112',
        city: '',
        district: '',
        name: 'A',
        ward: 'Phường 1',
      });
    } finally {
      await flat.close();
      await other.close();
    }
  });

  it('reports user_received_message (msg_id) and user_seen_message (msg_ids) for CS messages', async () => {
    const userId = await follower(kit);
    const first = (await sendCs(kit, userId, { text: 'một' })).body.data.message_id;
    const second = (await sendCs(kit, userId, { text: 'hai' })).body.data.message_id;
    const receivedHooks = await hooksAfter(() => kit.script('POST', `/users/${userId}/received`, {}));
    expect(receivedHooks.map((hook) => hook.json.message.msg_id as string)).toEqual([first, second]);
    expect(receivedHooks[0]?.json).toMatchObject({
      sender: { id: kit.running.sim.options.oaId },
      recipient: { id: userId },
    });
    const [seenHook] = await hooksAfter(() => kit.script('POST', `/users/${userId}/seen`, {}));
    expect(seenHook?.json).toMatchObject({ event_name: 'user_seen_message', message: { msg_ids: [first, second] } });
  });
});

describe('delivery and retries (§7.1, §13.3)', () => {
  it('retries a non-200 along the ladder with a num_retry header, and stops at the first 200', async () => {
    await kit.running.sim.state.webhooks.idle();
    const start = receiver.hooks.length;
    receiver.respond = (_hook, index, response) => response.writeHead(index - start < 2 ? 500 : 200).end();
    const hooks = await hooksAfter(() => follower(kit));
    expect(hooks.map((hook) => hook.headers['num_retry'])).toEqual([undefined, '1', '2']);
    expect(new Set(hooks.map((hook) => hook.body)).size).toBe(1);
    const delivery = kit.running.sim.state.webhooks.deliveries().at(-1);
    expect(delivery?.state).toBe('delivered');
    expect(delivery?.attempts.map((attempt) => attempt.outcome)).toEqual([500, 500, 200]);
  });

  it('gives up after the five retries of the ladder; a late answer counts as a timeout', async () => {
    receiver.respond = (_hook, _index, response) => {
      setTimeout(() => response.writeHead(200).end(), 250);
    };
    const hooks = await hooksAfter(() => follower(kit));
    expect(hooks.map((hook) => hook.headers['num_retry'])).toEqual([undefined, '1', '2', '3', '4', '5']);
    const delivery = kit.running.sim.state.webhooks.deliveries().at(-1);
    expect(delivery?.state).toBe('failed');
    expect(delivery?.attempts.every((attempt) => attempt.outcome === 'timeout')).toBe(true);
  });

  it('records events without a URL and starts posting once PUT /_sim/webhook sets one', async () => {
    const quiet = await startKit();
    const other = await startReceiver();
    try {
      await follower(quiet);
      expect(quiet.running.sim.state.webhooks.deliveries().at(-1)?.state).toBe('no_url');
      expect((await quiet.script('PUT', '/webhook', { url: other.url })).status).toBe(200);
      await follower(quiet);
      await quiet.running.sim.state.webhooks.idle();
      expect(other.hooks).toHaveLength(1);
    } finally {
      await quiet.close();
      await other.close();
    }
  });
});
