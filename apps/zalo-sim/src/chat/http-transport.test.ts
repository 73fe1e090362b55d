/// <reference types="node" />
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startZaloSim, type RunningZaloSim } from '../../server/index.ts';
import { createHttpTransport, simApiBase } from './http-transport.ts';
import { SimApiError, type ChatTransport, type ConnectionStatus, type SimEvent } from './transport.ts';

let running: RunningZaloSim;
let transport: ChatTransport;

function connect(): ChatTransport {
  return createHttpTransport({
    apiBase: `${running.url}/_sim`,
    feed: { waitMs: 5_000, retryMs: { first: 50, max: 200 } },
  });
}

/** Sends as the OA through Zalo's own API (`access_token` header), as the Một Cửa server does. */
async function oaSends(userId: string, message: unknown): Promise<string> {
  const tokens = (await (await fetch(`${running.url}/_sim/oauth/tokens`, { method: 'POST' })).json()) as {
    access_token: string;
  };
  const response = await fetch(`${running.url}/openapi/v3.0/oa/message/cs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', access_token: tokens.access_token },
    body: JSON.stringify({ recipient: { user_id: userId }, message }),
  });
  const body = (await response.json()) as { error: number; data: { message_id: string } };
  expect(body.error).toBe(0);
  return body.data.message_id;
}

/** Collects what the feed delivers from now on. */
function collect(from: ChatTransport) {
  const events: SimEvent[] = [];
  const statuses: ConnectionStatus[] = [];
  from.onConnection((status) => statuses.push(status));
  from.onEvents((batch) => events.push(...batch));
  return { events, statuses };
}

beforeEach(async () => {
  running = await startZaloSim();
  transport = connect();
});

afterEach(async () => {
  transport.close();
  await running.close();
});

describe('simApiBase', () => {
  it.each([
    ['/zalo-sim/', 'http://localhost:3000/zalo-sim/', 'http://localhost:3000/zalo-sim/_sim'],
    ['/zalo-sim/', 'http://localhost:5173/zalo-sim/?lang=en', 'http://localhost:5173/zalo-sim/_sim'],
    ['./', 'http://192.168.1.5:3000/zalo-sim/index.html', 'http://192.168.1.5:3000/zalo-sim/_sim'],
    ['/zalo-sim', 'http://localhost:3000/zalo-sim', 'http://localhost:3000/zalo-sim/_sim'],
  ])('base %s on %s', (base, page, expected) => {
    expect(simApiBase(base, page)).toBe(expected);
  });
});

describe('HTTP transport against the simulator', () => {
  it('creates a user who follows, lists them and sends text', async () => {
    const user = await transport.createUser({ name: 'Nguyễn Văn An', phone: '0912345678', follow: true });
    expect(user).toMatchObject({ displayName: 'Nguyễn Văn An', phone: '84912345678', isFollower: true });
    expect((await transport.listUsers()).map((known) => known.userId)).toEqual([user.userId]);

    const sent = await transport.sendText(user.userId, 'Tra cứu HS-0001');
    expect(sent).toMatchObject({ from: 'user', kind: 'text', text: 'Tra cứu HS-0001' });
    const { messages } = await transport.getConversation(user.userId);
    expect(messages.map((message) => message.msgId)).toEqual([sent.msgId]);
  });

  it('follows and unfollows', async () => {
    const user = await transport.createUser({ name: 'Trần Thị Bình' });
    await transport.follow(user.userId);
    expect((await transport.getConversation(user.userId)).user.isFollower).toBe(true);
    await transport.unfollow(user.userId);
    expect((await transport.getConversation(user.userId)).user.isFollower).toBe(false);
  });

  it('receives a message the OA sends with the OpenAPI through the event feed', async () => {
    const user = await transport.createUser({ name: 'Nguyễn Văn An', follow: true });
    const { events, statuses } = collect(transport);
    await vi.waitFor(() => expect(statuses).toContain('online'));

    const msgId = await oaSends(user.userId, { text: 'Hồ sơ của bạn đã được tiếp nhận.' });
    await vi.waitFor(() => expect(events.some((event) => event.type === 'message')).toBe(true), { timeout: 5_000 });
    const message = events.find((event) => event.type === 'message');
    expect(message).toMatchObject({
      userId: user.userId,
      data: { msgId, from: 'oa', kind: 'text', text: 'Hồ sơ của bạn đã được tiếp nhận.', status: 'sent' },
    });

    await transport.reportReceived(user.userId, [msgId]);
    await transport.reportSeen(user.userId, [msgId]);
    await vi.waitFor(() =>
      expect(events.filter((event) => event.type === 'message_status').map((event) => event.data)).toEqual([
        { msgIds: [msgId], status: 'received' },
        { msgIds: [msgId], status: 'seen' },
      ]),
    );
  });

  it('sends a photo, a location and a file the simulator then serves', async () => {
    const user = await transport.createUser({ name: 'Nguyễn Văn An', follow: true });
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const image = await transport.sendImage(
      user.userId,
      { name: 'qr.png', contentType: 'image/png', base64: png },
      'QR biên nhận',
    );
    expect(image).toMatchObject({ kind: 'image', text: 'QR biên nhận' });
    const url = (image.attachment as { payload: { url: string } }[])[0]?.payload.url ?? '';
    expect(url.startsWith(`${running.url}/_sim/media/`)).toBe(true);
    const served = await fetch(url);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).toString('base64')).toBe(png);

    const location = await transport.sendLocation(user.userId, 11.31, 106.1);
    expect(location.attachment).toEqual([
      { type: 'location', payload: { coordinates: { latitude: '11.31', longitude: '106.1' } } },
    ]);

    const file = await transport.sendFile(user.userId, {
      name: 'don.pdf',
      contentType: 'application/pdf',
      base64: btoa('%PDF-1.4'),
    });
    expect(file.attachment).toMatchObject([{ type: 'file', payload: { name: 'don.pdf', size: '8', type: 'pdf' } }]);
  });

  it('taps a query button and answers a request_user_info card', async () => {
    const user = await transport.createUser({ name: 'Nguyễn Văn An', phone: '0912345678', follow: true });
    const menu = await oaSends(user.userId, {
      text: 'Bạn cần gì?',
      attachment: {
        type: 'template',
        payload: { buttons: [{ title: 'Tra cứu', type: 'oa.query.show', payload: '#tracuu' }] },
      },
    });
    expect(await transport.tap(user.userId, menu, 0)).toMatchObject({ from: 'user', text: '#tracuu' });

    await oaSends(user.userId, {
      attachment: {
        type: 'template',
        payload: { template_type: 'request_user_info', elements: [{ title: 'Chia sẻ', subtitle: 'Để liên hệ' }] },
      },
    });
    expect((await transport.getConversation(user.userId)).user.awaitingInfo).toBe(true);
    const answer = await transport.submitInfo(user.userId, {
      name: 'Nguyễn Văn An',
      phone: '0912345678',
      address: '1 Trần Hưng Đạo',
    });
    expect(answer).toMatchObject({ kind: 'submit_info', text: 'Nguyễn Văn An · 84912345678' });
    await expect(transport.submitInfo(user.userId, { name: 'A', phone: '', address: '' })).rejects.toMatchObject({
      status: 409,
    });
  });

  it('lists the ZNS messages sent to a phone, with the template names', async () => {
    await fetch(`${running.url}/_sim/zns/templates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ templateId: '7895417', name: 'Tiếp nhận', params: ['code'] }),
    });
    const tokens = (await (await fetch(`${running.url}/_sim/oauth/tokens`, { method: 'POST' })).json()) as {
      access_token: string;
    };
    const sent = await fetch(`${running.url}/business/message/template`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: tokens.access_token },
      body: JSON.stringify({ phone: '0912345678', template_id: '7895417', template_data: { code: 'HS-1' } }),
    });
    expect(((await sent.json()) as { error: number }).error).toBe(0);

    expect(await transport.listZns('84912345678')).toMatchObject([
      { phone: '84912345678', templateId: '7895417', templateData: { code: 'HS-1' } },
    ]);
    expect(await transport.listZnsTemplates()).toMatchObject([{ templateId: '7895417', name: 'Tiếp nhận' }]);
  });

  it("answers the simulator's refusals as errors with their message", async () => {
    const refused = transport.sendText('404404', 'Xin chào');
    await expect(refused).rejects.toBeInstanceOf(SimApiError);
    await expect(refused).rejects.toMatchObject({ status: 404, message: 'no such user' });
  });

  it('reports the feed offline while the simulator is down, then resyncs', async () => {
    const port = Number(new URL(running.url).port);
    const { statuses } = collect(transport);
    let resyncs = 0;
    transport.onResync(() => {
      resyncs += 1;
    });
    await vi.waitFor(() => expect(statuses).toEqual(['online']));

    await running.close();
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('offline'), { timeout: 5_000 });

    running = await startZaloSim({}, { port });
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('online'), { timeout: 5_000 });
    expect(resyncs).toBe(1);
  });
});
