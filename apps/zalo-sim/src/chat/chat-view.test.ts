// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslate } from '../i18n/translate.ts';
import { createChatController } from './chat-controller.ts';
import { mountChat } from './chat-view.ts';
import { createFakeTransport, oaMessage, sentAt, simUser, type FakeTransport } from './test/fake-transport.ts';

async function mount(setup: (transport: FakeTransport) => void = () => undefined, userId?: string) {
  const root = document.createElement('main');
  document.body.append(root);
  const transport = createFakeTransport();
  setup(transport);
  const controller = createChatController({
    transport,
    now: () => new Date('2026-01-05T08:15:00+07:00'),
    isVisible: () => true,
  });
  const unmount = mountChat(root, { controller, t: createTranslate('vi') });
  await controller.start(userId);
  return { root, transport, controller, unmount };
}

/** A mounted page playing a follower with `messages` already in the conversation. */
function withUser(...messages: Parameters<typeof oaMessage>[0][]) {
  return (transport: FakeTransport) => {
    transport.users.push(simUser());
    transport.conversations.set('1001', messages.map(oaMessage));
  };
}

function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

function labelled(root: HTMLElement, label: string): Element {
  const found = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent === label);
  const control = found ? root.querySelector(`#${found.htmlFor}`) : null;
  if (!control) throw new Error(`no field labelled "${label}"`);
  return control;
}

function field(root: HTMLElement, label: string): HTMLInputElement {
  return labelled(root, label) as HTMLInputElement;
}

function dropdown(root: HTMLElement, label: string): HTMLSelectElement {
  return labelled(root, label) as HTMLSelectElement;
}

function log(root: HTMLElement): HTMLElement {
  const found = root.querySelector<HTMLElement>('[role="log"]');
  if (!found) throw new Error('no log');
  return found;
}

function pick(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('connection', () => {
  it('says when the simulator cannot be reached, and hides once it answers', async () => {
    const { root, transport } = await mount();
    const banner = root.querySelector<HTMLElement>('.sim-banner');
    expect(banner?.textContent).toContain('Đang kết nối');
    transport.setConnection('offline');
    expect(banner?.textContent).toContain('Mất kết nối — đang thử lại');
    expect(banner?.hidden).toBe(false);
    transport.setConnection('online');
    expect(banner?.hidden).toBe(true);
  });
});

describe('the Zalo user played', () => {
  it('lists the users and opens the chat of the one picked', async () => {
    const { root, transport } = await mount(withUser({ kind: 'text', text: 'Xin chào' }));
    const select = dropdown(root, 'Đóng vai người dùng');
    expect([...select.options].map((option) => option.textContent)).toEqual([
      '— Chưa chọn —',
      'Nguyễn Văn An · 0912345678',
    ]);
    expect(root.querySelector<HTMLInputElement>('#composer-input')?.disabled).toBe(true);

    select.value = '1001';
    select.dispatchEvent(new Event('change'));
    await flush();
    expect(transport.callsOf('getConversation')).toEqual([['1001']]);
    expect(log(root).textContent).toContain('Xin chào');
    expect(root.querySelector<HTMLInputElement>('#composer-input')?.disabled).toBe(false);
  });

  it('shows the conversation as a named live log around a list, so each message stays a list item', async () => {
    const { root } = await mount(withUser({ kind: 'text', text: 'Xin chào' }), '1001');
    expect(log(root).getAttribute('aria-label')).toBe('Cuộc trò chuyện');
    const items = [...log(root).querySelectorAll('li')];
    expect(items).toHaveLength(1);
    expect(
      items.every((item) => item.parentElement?.tagName === 'OL' && !item.parentElement.hasAttribute('role')),
    ).toBe(true);
  });

  it('creates a user with a phone, linked to a Mini App user, and plays them', async () => {
    const { root, transport } = await mount();
    field(root, 'Họ và tên').value = 'Trần Thị Bình';
    field(root, 'Số điện thoại (không bắt buộc)').value = '0987654321';
    field(root, 'Mã người dùng Mini App (không bắt buộc)').value = '5551';
    button(root, 'Tạo người dùng').click();
    await flush();
    expect(transport.callsOf('createUser')).toEqual([
      [{ name: 'Trần Thị Bình', phone: '0987654321', miniAppUserId: '5551', follow: true }],
    ]);
    expect(dropdown(root, 'Đóng vai người dùng').value).toBe('1001');
    expect(button(root, 'Bỏ quan tâm').hidden).toBe(false);
  });

  it('asks for a name before creating a user', async () => {
    const { root, transport } = await mount();
    button(root, 'Tạo người dùng').click();
    await flush();
    expect(transport.callsOf('createUser')).toEqual([]);
    expect(root.querySelector('.user-form [role="alert"]')?.textContent).toBe(
      'Cần nhập họ và tên hoặc mã người dùng Mini App.',
    );
  });

  it('follows and unfollows the Official Account', async () => {
    const { root, transport } = await mount((fake) => fake.users.push(simUser({ isFollower: false })), '1001');
    button(root, 'Quan tâm').click();
    await flush();
    expect(transport.callsOf('follow')).toEqual([['1001']]);
    expect(button(root, 'Quan tâm').hidden).toBe(true);
    expect(log(root).textContent).toContain('Bạn đã quan tâm Official Account này.');

    button(root, 'Bỏ quan tâm').click();
    await flush();
    expect(transport.callsOf('unfollow')).toEqual([['1001']]);
    expect(button(root, 'Quan tâm').hidden).toBe(false);
  });
});

describe('what the citizen sends', () => {
  it('sends text as typed, never as HTML, and ticks it once stored', async () => {
    const { root, transport } = await mount(withUser(), '1001');
    const input = field(root, 'Tin nhắn');
    input.value = '<b>Tra cứu</b> 000.00.00.H57-260105-0001';
    button(root, 'Gửi').click();
    await flush();

    expect(transport.callsOf('sendText')).toEqual([['1001', '<b>Tra cứu</b> 000.00.00.H57-260105-0001']]);
    const bubble = root.querySelector('.bubble--citizen');
    expect(bubble?.querySelector('.bubble__text')?.textContent).toBe('<b>Tra cứu</b> 000.00.00.H57-260105-0001');
    expect(bubble?.querySelector('b')).toBeNull();
    expect(bubble?.textContent).toContain('✓ Đã gửi');
    expect(input.value).toBe('');
  });

  it('marks a message the server refused, with the reason', async () => {
    const { root, transport } = await mount(withUser(), '1001');
    transport.failNext = new Error('text is required (≤ 2,000 characters)');
    field(root, 'Tin nhắn').value = 'Xin chào';
    button(root, 'Gửi').click();
    await flush();
    expect(root.querySelector('.bubble--citizen')?.textContent).toContain(
      'Chưa gửi được: text is required (≤ 2,000 characters)',
    );
  });

  it('ignores a blank message', async () => {
    const { root, transport } = await mount(withUser(), '1001');
    button(root, 'Gửi').click();
    await flush();
    expect(transport.callsOf('sendText')).toEqual([]);
    expect(root.querySelectorAll('.bubble')).toHaveLength(0);
  });

  it('sends a photo with its caption, as base64', async () => {
    const { root, transport } = await mount(withUser(), '1001');
    field(root, 'Chú thích ảnh (không bắt buộc)').value = 'CCCD mặt trước';
    pick(field(root, 'Gửi ảnh'), new File(['png-bytes'], 'cccd.png', { type: 'image/png' }));
    await vi.waitFor(() => expect(transport.callsOf('sendImage')).toHaveLength(1));
    expect(transport.callsOf('sendImage')[0]).toEqual([
      '1001',
      { name: 'cccd.png', contentType: 'image/png', base64: btoa('png-bytes') },
      'CCCD mặt trước',
    ]);
    await flush();
    const image = root.querySelector<HTMLImageElement>('.bubble--citizen img');
    expect(image?.src).toBe('http://sim.test/_sim/media/cccd.png');
    expect(image?.alt).toBe('CCCD mặt trước');
  });

  it('sends a picked image as the receipt QR, and closes the tray so the answer shows', async () => {
    const { root, transport } = await mount(withUser(), '1001');
    const tray = root.querySelector<HTMLDetailsElement>('details.attach');
    if (!tray) throw new Error('no attach tray');
    tray.open = true;
    pick(field(root, 'QR biên nhận'), new File(['qr'], 'bien-nhan.jpg', { type: 'image/jpeg' }));
    await vi.waitFor(() => expect(transport.callsOf('sendImage')).toHaveLength(1));
    expect(transport.callsOf('sendImage')[0]?.[2]).toBe('QR biên nhận');
    expect(tray.open).toBe(false);
  });

  it('refuses a file too large for the simulator', async () => {
    const { root, transport } = await mount(withUser(), '1001');
    pick(field(root, 'Gửi ảnh'), new File([new Uint8Array(800 * 1024)], 'big.jpg', { type: 'image/jpeg' }));
    await vi.waitFor(() => expect(root.querySelector('.sim-problem')?.textContent).toContain('Tệp quá lớn'));
    expect(transport.callsOf('sendImage')).toEqual([]);
  });

  it('sends a file', async () => {
    const { root, transport } = await mount(withUser(), '1001');
    pick(field(root, 'Gửi tệp'), new File(['%PDF'], 'don.pdf', { type: 'application/pdf' }));
    await vi.waitFor(() => expect(transport.callsOf('sendFile')).toHaveLength(1));
    await flush();
    const link = root.querySelector<HTMLAnchorElement>('.bubble--citizen a');
    expect(link?.textContent).toContain('don.pdf');
    expect(link?.href).toBe('http://sim.test/_sim/media/don.pdf');
  });

  it('sends a preset location, or refuses coordinates that are not one', async () => {
    const { root, transport } = await mount(withUser(), '1001');
    button(root, 'Gửi vị trí').click();
    expect(root.querySelector('.sim-problem')?.textContent).toContain('Vĩ độ phải từ -90 đến 90');

    const preset = dropdown(root, 'Vị trí có sẵn');
    preset.value = '0';
    preset.dispatchEvent(new Event('change'));
    expect(field(root, 'Vĩ độ').value).toBe('11.3101');
    button(root, 'Gửi vị trí').click();
    await flush();
    expect(transport.callsOf('sendLocation')).toEqual([['1001', 11.3101, 106.0983]]);
    expect(log(root).textContent).toContain('Vị trí: 11.3101, 106.0983');
  });
});

describe("the Official Account's messages", () => {
  it('shows text with its links clickable', async () => {
    const { root } = await mount(
      withUser({ kind: 'text', text: 'Xem tại https://dichvucong.gov.vn/hs?id=1.' }),
      '1001',
    );
    const bubble = root.querySelector('.bubble--oa');
    const link = bubble?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://dichvucong.gov.vn/hs?id=1');
    expect(link?.target).toBe('_blank');
    expect(bubble?.querySelector('.bubble__text')?.textContent).toBe('Xem tại https://dichvucong.gov.vn/hs?id=1.');
  });

  it('shows an uploaded image from the simulator, with its caption', async () => {
    const attachment = {
      type: 'template',
      payload: { template_type: 'media', elements: [{ media_type: 'image', attachment_id: 'att-1' }] },
    };
    const { root } = await mount(withUser({ kind: 'image', text: 'Biên nhận', attachment }), '1001');
    const image = root.querySelector<HTMLImageElement>('.bubble--oa img');
    expect(image?.src).toBe('http://sim.test/_sim/media/att-1');
    expect(root.querySelector('.bubble--oa')?.textContent).toContain('Biên nhận');
  });

  it('links a file to where the simulator serves it', async () => {
    const { root } = await mount(
      withUser({ kind: 'file', attachment: { type: 'file', payload: { token: 'tok' } } }),
      '1001',
    );
    const link = root.querySelector<HTMLAnchorElement>('.bubble--oa a');
    expect(link?.href).toBe('http://sim.test/_sim/media/tok');
    expect(link?.textContent).toContain('Tệp đính kèm');
  });

  it('shows a list with its items and links', async () => {
    const elements = [
      { title: 'Tra cứu hồ sơ', subtitle: 'Nhập mã hồ sơ' },
      { title: 'Cổng dịch vụ công', default_action: { type: 'oa.open.url', url: 'https://dichvucong.gov.vn' } },
    ];
    const attachment = { type: 'template', payload: { template_type: 'list', elements } };
    const { root } = await mount(withUser({ kind: 'list', attachment }), '1001');
    const items = root.querySelectorAll('.bubble--oa .list__item');
    expect([...items].map((item) => item.textContent)).toEqual([
      'Tra cứu hồ sơNhập mã hồ sơ',
      'Cổng dịch vụ công (mở trong thẻ mới)',
    ]);
    expect(items[1]?.querySelector('a')?.getAttribute('href')).toBe('https://dichvucong.gov.vn');
  });

  it('taps a query button, and opens a link button in a new tab after telling the OA', async () => {
    const buttons = [
      { title: 'Tra cứu', type: 'oa.query.show' as const, payload: '#tracuu' },
      { title: 'Bí mật', type: 'oa.query.hide' as const, payload: '#an' },
      { title: 'Cổng DVC', type: 'oa.open.url' as const, payload: { url: 'https://dichvucong.gov.vn' } },
    ];
    const { root, transport } = await mount(withUser({ kind: 'text', text: 'Chọn', buttons }), '1001');
    button(root, 'Tra cứu').click();
    await flush();
    expect(transport.callsOf('tap')).toEqual([['1001', 'oa-text', 0]]);
    expect(root.querySelector('.bubble--citizen')?.textContent).toContain('#tracuu');

    button(root, 'Bí mật').click();
    await flush();
    expect(root.querySelectorAll('.bubble--citizen')).toHaveLength(1);

    const link = [...root.querySelectorAll<HTMLAnchorElement>('.bubble__buttons a')][0];
    expect(link?.getAttribute('href')).toBe('https://dichvucong.gov.vn');
    expect(link?.target).toBe('_blank');
    link?.addEventListener('click', (event) => event.preventDefault());
    link?.click();
    await flush();
    expect(transport.callsOf('tap').at(-1)).toEqual(['1001', 'oa-text', 2]);
  });

  it('answers a request_user_info card with the share-info form', async () => {
    const attachment = {
      type: 'template',
      payload: {
        template_type: 'request_user_info',
        elements: [{ title: 'Cho phép liên hệ', subtitle: 'Để gửi kết quả' }],
      },
    };
    const { root, transport } = await mount((fake) => {
      withUser({ kind: 'request_user_info', attachment })(fake);
      fake.users[0] = simUser({ awaitingInfo: true });
    }, '1001');
    expect(root.querySelector('.bubble--oa')?.textContent).toContain('Cho phép liên hệ');
    button(root, 'Chia sẻ thông tin').click();
    const form = root.querySelector<HTMLFormElement>('.share-form');
    if (!form) throw new Error('no share form');
    expect(form.hidden).toBe(false);
    expect(field(form, 'Họ và tên').value).toBe('Nguyễn Văn An');
    expect(field(form, 'Số điện thoại').value).toBe('0912345678');
    field(form, 'Địa chỉ').value = '1 Trần Hưng Đạo';
    button(root, 'Gửi thông tin').click();
    await flush();
    expect(transport.callsOf('submitInfo')).toEqual([
      ['1001', { name: 'Nguyễn Văn An', phone: '0912345678', address: '1 Trần Hưng Đạo' }],
    ]);
    expect(root.querySelector('.bubble--oa')?.textContent).toContain('Đã trả lời');
    expect(log(root).textContent).toContain('Đã chia sẻ thông tin: Nguyễn Văn An · 0912345678');
  });

  it('shows a template message sent to the user id', async () => {
    const template = { templateId: '7895417', templateData: { customer: 'An', code: 'HS-0001' } };
    const { root } = await mount(withUser({ kind: 'template', template }), '1001');
    const card = root.querySelector('.bubble--oa');
    expect(card?.textContent).toContain('Tin nhắn mẫu 7895417');
    expect(card?.querySelector('dl')?.textContent).toBe('customerAncodeHS-0001');
  });

  it('shows messages arriving live, and reports them received and seen', async () => {
    const { root, transport } = await mount(withUser(), '1001');
    transport.emit([
      { type: 'message', userId: '1001', data: oaMessage({ kind: 'text', msgId: 'live', text: 'Hồ sơ đã tiếp nhận' }) },
      { type: 'message', userId: '9999', data: oaMessage({ kind: 'text', msgId: 'other', text: 'Người khác' }) },
    ]);
    await flush();
    expect(log(root).textContent).toContain('Hồ sơ đã tiếp nhận');
    expect(log(root).textContent).not.toContain('Người khác');
    expect(transport.callsOf('reportReceived')).toEqual([['1001', ['live']]]);
    expect(transport.callsOf('reportSeen')).toEqual([['1001', ['live']]]);

    transport.emit([{ type: 'message_status', userId: '1001', data: { msgIds: ['live'], status: 'seen' } }]);
    expect(root.querySelector('.bubble--oa .tick')?.textContent).toBe('✓✓ Đã xem');
  });

  it('leaves statuses alone when automatic reports are off', async () => {
    const { root, transport } = await mount(withUser({ kind: 'text', text: 'Chào' }), '1001');
    transport.calls.length = 0;
    const auto = field(root, 'Tự động báo đã nhận và đã xem');
    auto.checked = false;
    auto.dispatchEvent(new Event('change'));
    transport.emit([{ type: 'message', userId: '1001', data: oaMessage({ kind: 'text', msgId: 'n', text: 'Mới' }) }]);
    await flush();
    expect(transport.callsOf('reportReceived')).toEqual([]);
    expect(root.querySelectorAll('.bubble--oa .tick')[1]?.textContent).toBe('✓ Đã gửi');
  });

  it('lists ZNS messages for the user’s phone in their own panel', async () => {
    const { root, transport } = await mount((fake) => {
      withUser()(fake);
      fake.templates.push({ templateId: '7895417', name: 'Tiếp nhận hồ sơ', params: ['code'] });
      fake.zns.push({
        msgId: 'z1',
        phone: '84912345678',
        templateId: '7895417',
        templateData: { code: 'HS-0001' },
        trackingId: 'd-1',
        mode: 'production',
        sentTime: String(Date.parse(sentAt)),
      });
    }, '1001');
    const panel = root.querySelector<HTMLElement>('.zns');
    expect(panel?.querySelector('h2')?.textContent).toBe('Tin nhắn mẫu (ZNS)');
    expect(panel?.textContent).toContain('Gửi tới số 0912345678');
    expect(panel?.textContent).toContain('Tiếp nhận hồ sơ (7895417)');
    expect(panel?.textContent).toContain('HS-0001');

    transport.emit([
      {
        type: 'zns',
        data: {
          msgId: 'z2',
          phone: '84912345678',
          templateId: '7895417',
          templateData: { code: 'HS-0002' },
          mode: 'production',
          sentTime: String(Date.parse(sentAt)),
        },
      },
      {
        type: 'zns',
        data: {
          msgId: 'z3',
          phone: '84900000000',
          templateId: '7895417',
          templateData: { code: 'HS-9' },
          mode: 'production',
          sentTime: String(Date.parse(sentAt)),
        },
      },
    ]);
    expect(panel?.querySelectorAll('.zns__item')).toHaveLength(2);
    expect(panel?.querySelector('.zns__item')?.textContent).toContain('HS-0002');
    expect(log(root).textContent).not.toContain('HS-0002');
  });
});
