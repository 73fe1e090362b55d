import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { day, follower, hour, sendCs, startKit, type SimKit } from './test/sim-kit.ts';

let kit: SimKit;

beforeAll(async () => {
  kit = await startKit();
});
afterAll(() => kit.close());

describe('POST /v3.0/oa/message/cs (§4, §5, §12.6)', () => {
  it('sends a text and answers message_id, user_id, sent_time and quota as strings', async () => {
    const userId = await follower(kit);
    const sent = await sendCs(kit, userId, { text: 'Hồ sơ của bạn đã được tiếp nhận.' });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({
      data: {
        quota: { quota_type: 'reply', remain: '-1', total: '-1' },
        message_id: expect.stringMatching(/^[0-9a-f]{20}$/),
        user_id: userId,
        sent_time: String(kit.now().getTime()),
      },
      error: 0,
      message: 'Success',
    });
    const conversation = (await kit.script('GET', `/users/${userId}/conversation`)).body.messages;
    expect(conversation.at(-1)).toMatchObject({
      msgId: sent.body.data.message_id,
      from: 'oa',
      kind: 'text',
      status: 'sent',
    });
  });

  it('answers a reply addressed by the user message id', async () => {
    const userId = await follower(kit);
    const text = await kit.script('POST', `/users/${userId}/text`, { text: 'Xin chào' });
    const reply = await kit.zalo('/openapi/v3.0/oa/message/cs', {
      body: { recipient: { message_id: text.body.msgId }, message: { text: 'Chào bạn' } },
    });
    expect(reply.body.data.user_id).toBe(userId);
  });

  it('answers -216 without or with an unknown token, -220 with an expired one', async () => {
    const userId = await follower(kit);
    expect((await sendCs(kit, userId, { text: 'a' }, '')).body).toEqual({
      error: -216,
      message: 'Access token is invalid',
    });
    expect((await sendCs(kit, userId, { text: 'a' }, 'nope')).body.error).toBe(-216);
    const pair = (await kit.script('POST', '/oauth/tokens')).body;
    await kit.script('POST', '/oauth/expire', { access_token: pair.access_token });
    expect((await sendCs(kit, userId, { text: 'a' }, pair.access_token)).body.error).toBe(-220);
  });

  it('answers -213 to a non-follower and -201 for unknown users and bad messages', async () => {
    const created = await kit.script('POST', '/users', { name: 'Trần Thị Bình' });
    expect((await sendCs(kit, created.body.userId, { text: 'a' })).body).toEqual({
      error: -213,
      message: 'User has not followed OA',
    });
    expect((await sendCs(kit, '123', { text: 'a' })).body).toEqual({ error: -201, message: 'user_id is invalid!' });
    const userId = await follower(kit);
    expect((await sendCs(kit, userId, { text: 'x'.repeat(2_000) })).body.error).toBe(0);
    expect((await sendCs(kit, userId, { text: 'x'.repeat(2_001) })).body).toEqual({
      error: -201,
      message: 'text is invalid!',
    });
    expect((await sendCs(kit, userId, { text: '' })).body.error).toBe(-201);
    const badButton = { type: 'template', payload: { buttons: [{ title: 'A', type: 'oa.query.show', payload: 42 }] } };
    expect((await sendCs(kit, userId, { text: 'a', attachment: badButton })).body.error).toBe(-201);
  });

  it('keeps the reply window: free 48 h, billable to 7 days, then -230; a message reopens it', async () => {
    // A long-lived token: this test moves the clock past the 25 h access-token lifetime.
    const kit = await startKit({ accessTokenTtlMs: 30 * day });
    const userId = await follower(kit);
    kit.advance(47 * hour);
    expect((await sendCs(kit, userId, { text: 'a' })).body.data.quota.quota_type).toBe('reply');
    kit.advance(2 * hour);
    expect((await sendCs(kit, userId, { text: 'b' })).body.data.quota.quota_type).toBe('purchase_quota');
    kit.advance(7 * day - 49 * hour);
    expect((await sendCs(kit, userId, { text: 'c' })).body).toEqual({
      error: -230,
      message: 'User has not interacted with the OA in the past 7 days',
    });
    await kit.script('POST', `/users/${userId}/text`, { text: 'Cho hỏi hồ sơ' });
    expect((await sendCs(kit, userId, { text: 'd' })).body.data.quota.quota_type).toBe('reply');
    const billing = (await kit.script('GET', `/users/${userId}/conversation`)).body.messages
      .filter((message: { from: string }) => message.from === 'oa')
      .map((message: { billing: string }) => message.billing);
    expect(billing).toEqual(['free', 'paid', 'free']);
    await kit.close();
  });

  it('sends buttons and a request_user_info card, refuses list unless enabled (-233)', async () => {
    const userId = await follower(kit);
    const buttons = [
      { title: 'Tra cứu', type: 'oa.query.show', payload: '#tracuu' },
      { title: 'Cổng DVC', type: 'oa.open.url', payload: { url: 'https://dichvucong.gov.vn' } },
    ];
    const withButtons = await sendCs(kit, userId, {
      text: 'Chọn',
      attachment: { type: 'template', payload: { buttons } },
    });
    expect(withButtons.body.error).toBe(0);
    const card = {
      type: 'template',
      payload: {
        template_type: 'request_user_info',
        elements: [
          { title: 'Chia sẻ thông tin', subtitle: 'Để nhận kết quả', image_url: 'https://example.test/a.png' },
        ],
      },
    };
    expect((await sendCs(kit, userId, { attachment: card })).body.error).toBe(0);
    const twoElements = {
      ...card,
      payload: { ...card.payload, elements: [card.payload.elements[0], card.payload.elements[0]] },
    };
    expect((await sendCs(kit, userId, { attachment: twoElements })).body.error).toBe(-210);
    const list = { type: 'template', payload: { template_type: 'list', elements: [{ title: 'Một' }] } };
    expect((await sendCs(kit, userId, { attachment: list })).body).toEqual({
      error: -233,
      message: 'Message type is not supported',
    });
    expect(
      (
        await sendCs(kit, userId, {
          attachment: { type: 'template', payload: { template_type: 'transaction_order', elements: [] } },
        })
      ).body.error,
    ).toBe(-233);
  });

  it('accepts list with listTemplateOnV3, up to listMaxElements (-210 beyond)', async () => {
    const listKit = await startKit({ listTemplateOnV3: true });
    try {
      const userId = await follower(listKit);
      const elements = (count: number) => Array.from({ length: count }, (_, index) => ({ title: `Mục ${index}` }));
      const list = (count: number) => ({
        attachment: { type: 'template', payload: { template_type: 'list', elements: elements(count) } },
      });
      expect((await sendCs(listKit, userId, list(4))).body.error).toBe(0);
      expect((await sendCs(listKit, userId, list(5))).body.error).toBe(-210);
    } finally {
      await listKit.close();
    }
  });

  it('sends an image by URL and refuses an unknown attachment_id', async () => {
    const userId = await follower(kit);
    const media = (element: object) => ({
      attachment: { type: 'template', payload: { template_type: 'media', elements: [element] } },
    });
    expect(
      (await sendCs(kit, userId, media({ media_type: 'image', url: 'https://example.test/a.jpg' }))).body.error,
    ).toBe(0);
    expect((await sendCs(kit, userId, media({ media_type: 'image', attachment_id: 'nope' }))).body).toEqual({
      error: -201,
      message: 'attachment_id is invalid!',
    });
  });
});

describe('rate limit (§6)', () => {
  it('puts X-RateLimit-* on every answer and answers -32 beyond the limit until the minute turns', async () => {
    const limited = await startKit({ rateLimitPerMinute: 3 });
    try {
      const call = () => limited.zalo('/openapi/v3.0/oa/user/getlist?data={}');
      const answers = [await call(), await call(), await call(), await call()];
      expect(answers.map((answer) => answer.headers.get('x-ratelimit-limit'))).toEqual(['3', '3', '3', '3']);
      expect(answers.map((answer) => answer.headers.get('x-ratelimit-remain'))).toEqual(['2', '1', '0', '0']);
      expect(answers.map((answer) => answer.body.error as number)).toEqual([0, 0, 0, -32]);
      expect(answers[3]?.status).toBe(200);
      expect((await limited.zalo('/business/message/template', { body: {} })).body.error).toBe(-32);
      limited.advance(60_000);
      expect((await call()).body.error).toBe(0);
    } finally {
      await limited.close();
    }
  });
});

describe('user detail and list (§3)', () => {
  it('returns the v3 fields, the interaction date as DD/MM/YYYY and shared_info once shared', async () => {
    const userId = await follower(kit, 'Lê Văn Cường', '0912345678');
    const data = encodeURIComponent(JSON.stringify({ user_id: userId }));
    const before = (await kit.zalo(`/openapi/v3.0/oa/user/detail?data=${data}`)).body;
    const today = new Date(kit.now().getTime() + 7 * hour).toISOString().slice(0, 10).split('-').reverse().join('/');
    expect(before).toMatchObject({
      error: 0,
      message: 'Success',
      data: {
        user_id: userId,
        user_id_by_app: expect.stringMatching(/^[0-9]+$/),
        display_name: 'Lê Văn Cường',
        user_last_interaction_date: today,
        user_is_follower: true,
        is_sensitive: false,
        avatars: { '120': expect.any(String), '240': expect.any(String) },
        tags_and_notes_info: { notes: [], tag_names: [] },
      },
    });
    expect(before.data).not.toHaveProperty('shared_info');

    const card = {
      type: 'template',
      payload: { template_type: 'request_user_info', elements: [{ title: 'T', subtitle: 'S' }] },
    };
    await sendCs(kit, userId, { attachment: card });
    expect(
      (await kit.script('POST', `/users/${userId}/submit-info`, { address: '12 Lê Lợi', city: 'Tây Ninh' })).status,
    ).toBe(201);
    const after = (await kit.zalo(`/openapi/v3.0/oa/user/detail?data=${data}`)).body;
    expect(after.data.shared_info).toEqual({
      address: '12 Lê Lợi',
      city: 'Tây Ninh',
      district: '',
      phone: '84912345678',
      name: 'Lê Văn Cường',
    });
    expect((await kit.zalo('/openapi/v3.0/oa/user/detail?data=nope')).body.error).toBe(-201);
  });

  it('pages followers with count ≤ 50 (-210 beyond)', async () => {
    const listed = (await kit.zalo('/openapi/v3.0/oa/user/getlist?data={"offset":0,"count":2,"is_follower":true}'))
      .body;
    expect(listed.data.count).toBe(2);
    expect(listed.data.total).toBeGreaterThan(2);
    expect(listed.data.users[0]).toEqual({ user_id: expect.stringMatching(/^[0-9]+$/) });
    expect((await kit.zalo('/openapi/v3.0/oa/user/getlist?data={"offset":0,"count":51}')).body.error).toBe(-210);
  });
});
