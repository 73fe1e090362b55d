import { describe, expect, it } from 'vitest';
import { safeUrl, toChatMessage, toZnsEntry } from './messages.ts';
import { oaMessage, sentAt } from './test/fake-transport.ts';
import type { SimMessage } from './transport.ts';

const mediaUrl = (id: string) => `http://sim.test/_sim/media/${id}`;

function bodyOf(message: SimMessage) {
  const shown = toChatMessage(message, mediaUrl);
  return shown?.kind === 'notice' ? undefined : shown?.body;
}

describe('toChatMessage', () => {
  it.each<[string, SimMessage, unknown]>([
    [
      'an image by URL',
      oaMessage({
        kind: 'gif',
        attachment: {
          type: 'template',
          payload: { template_type: 'media', elements: [{ media_type: 'gif', url: 'https://a.vn/x.gif' }] },
        },
      }),
      { kind: 'image', url: 'https://a.vn/x.gif' },
    ],
    ['a sticker', oaMessage({ kind: 'sticker' }), { kind: 'sticker' }],
    [
      'a kind the page does not know',
      oaMessage({ kind: 'transaction_order' }),
      { kind: 'unknown', name: 'transaction_order' },
    ],
    [
      'a card whose image is not a web address',
      oaMessage({
        kind: 'request_user_info',
        attachment: { payload: { elements: [{ title: 'T', subtitle: 'S', image_url: 'javascript:alert(1)' }] } },
      }),
      { kind: 'request_user_info', title: 'T', subtitle: 'S' },
    ],
    [
      "a citizen's location",
      {
        msgId: 'u1',
        from: 'user',
        kind: 'location',
        sentAt,
        attachment: [{ type: 'location', payload: { coordinates: { latitude: '11.31', longitude: '106.1' } } }],
      },
      { kind: 'location', latitude: 11.31, longitude: 106.1 },
    ],
  ])('shows %s', (_name, message, body) => {
    expect(bodyOf(message)).toEqual(body);
  });

  it('turns buttons into actions, dropping links that are not web addresses', () => {
    const shown = toChatMessage(
      oaMessage({
        kind: 'text',
        text: 'Liên hệ',
        buttons: [
          { title: 'Gọi', type: 'oa.open.phone', payload: { phone_code: '02763822222' } },
          { title: 'Nhắn', type: 'oa.open.sms', payload: { phone_code: '0912345678', content: 'HS-1' } },
          { title: 'Xấu', type: 'oa.open.url', payload: { url: 'javascript:alert(1)' } },
          { title: 'Ẩn', type: 'oa.query.hide', payload: '#an' },
        ],
      }),
      mediaUrl,
    );
    expect(shown?.kind === 'oa' ? shown.buttons : undefined).toEqual([
      { title: 'Gọi', action: { type: 'phone', phone: '02763822222' } },
      { title: 'Nhắn', action: { type: 'sms', phone: '0912345678', content: 'HS-1' } },
      { title: 'Ẩn', action: { type: 'query', text: '#an' } },
    ]);
  });

  it('leaves out hidden query texts and ZNS messages (they have their own panel)', () => {
    expect(
      toChatMessage({ msgId: 'u1', from: 'user', kind: 'text', text: '#an', hidden: true, sentAt }, mediaUrl),
    ).toBe(undefined);
    expect(toChatMessage(oaMessage({ kind: 'zns' }), mediaUrl)).toBe(undefined);
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://dichvucong.gov.vn', 'https://dichvucong.gov.vn'],
    ['http://localhost:3000/x', 'http://localhost:3000/x'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,hi', undefined],
    ['not a url', undefined],
    [42, undefined],
  ])('%s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });
});

describe('toZnsEntry', () => {
  it('reads the millisecond string time and keeps the tracking id', () => {
    expect(
      toZnsEntry({
        msgId: 'z1',
        phone: '84912345678',
        templateId: '1',
        templateData: { code: 'HS-1', amount: 50000 },
        trackingId: 't',
        mode: 'development',
        sentTime: String(Date.parse(sentAt)),
      }),
    ).toEqual({
      id: 'z1',
      templateId: '1',
      data: [
        ['code', 'HS-1'],
        ['amount', '50000'],
      ],
      at: new Date(sentAt),
      trackingId: 't',
      mode: 'development',
    });
  });
});
