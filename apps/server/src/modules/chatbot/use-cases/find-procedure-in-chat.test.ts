import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChatKit, type ChatKit, type SimMessage } from '../../../../test/chatbot-kit.ts';

let kit: ChatKit;

beforeAll(async () => {
  kit = await startChatKit();
}, 60_000);
afterAll(async () => {
  await kit.close();
});

/** The citizen acts; the whole loop runs; the bot's answers come back. */
async function turn(userId: string, act: () => Promise<unknown>): Promise<SimMessage[]> {
  const seen = (await kit.conversation(userId)).length;
  await act();
  await kit.settle();
  return (await kit.conversation(userId)).slice(seen).filter((m) => m.from === 'oa');
}

const say = (userId: string, text: string) => turn(userId, () => kit.sim('POST', `/users/${userId}/text`, { text }));
const kinds = (messages: SimMessage[]) =>
  messages.map((m) => (m.kind === 'text' ? (m.text ?? '').split('\n')[0] : m.kind));

describe('the filing link asks for the phone the notices will go to', () => {
  it('asks a chat not linked to a phone to share it, right under the answer, and no more once it is', async () => {
    const user = await kit.citizen('Hồ Thị Lan', '0987000222');
    const first = await say(user, 'khai sinh cho con');
    expect(kinds(first)).toEqual([
      'Thủ tục đăng ký khai sinh (mã 1.001193)',
      'request_user_info',
      'Có thể bạn tìm thủ tục khác:',
    ]);
    expect(JSON.stringify(first[1])).toContain('Nhận biên nhận và thông báo qua Zalo');

    const shared = await turn(user, () => kit.sim('POST', `/users/${user}/submit-info`, { phone: '0987000222' }));
    expect(shared[0]?.text).toMatch(/^Đã liên kết số điện thoại với Zalo của bạn\. Từ nay thông báo/);

    const again = await say(user, 'khai sinh cho con');
    expect(kinds(again)).toEqual(['Thủ tục đăng ký khai sinh (mã 1.001193)', 'Có thể bạn tìm thủ tục khác:']);
  });

  it('does not ask under a procedure that cannot be filed online', async () => {
    const user = await kit.citizen('Mai Văn Sơn', '0987000333');
    const answers = await say(user, '2.002039');
    expect(kinds(answers)).toEqual(['Nhập quốc tịch Việt Nam ở trong nước (mã 2.002039)']);
    expect(answers[0]?.buttons?.map((b) => b.title)).toEqual(['Về menu chính']);
  });
});

describe('a clarifying question when several procedures match about equally well', () => {
  it('asks which one, with the candidates as buttons, and goes on with the one tapped', async () => {
    const user = await kit.citizen('Lý Văn Tài', '0987000444');
    const asked = await say(user, 'bằng lái');
    expect(asked).toHaveLength(1);
    expect(asked[0]?.text).toBe(
      'Có vài thủ tục gần giống nhau. Bạn cần thủ tục nào? Bấm một nút hoặc gõ số:\n' +
        '1. Đổi giấy phép lái xe\n2. Cấp giấy phép lái xe quốc tế',
    );
    expect(asked[0]?.buttons?.map((b) => b.title)).toEqual(['Đổi giấy phép lái xe', 'Cấp giấy phép lái xe quốc tế']);
    const message = asked[0];
    const tapped = await turn(user, () =>
      kit.sim('POST', `/users/${user}/tap`, { msgId: message?.msgId ?? '', button: 1 }),
    );
    expect(kinds(tapped)[0]).toBe('Cấp giấy phép lái xe quốc tế (mã 3.000353)');
  });

  it('takes the typed number as the answer, and still answers a clear match at once', async () => {
    const user = await kit.citizen('Đinh Thị Uyên', '0987000555');
    expect(kinds(await say(user, 'giấy phép lái xe'))[0]).toMatch(/^Có vài thủ tục gần giống nhau/);
    expect(kinds(await say(user, '1'))[0]).toBe('Đổi giấy phép lái xe (mã 3.000347)');
    expect(kinds(await say(user, 'đăng ký kết hôn'))[0]).toBe('Thủ tục đăng ký kết hôn (mã 1.000894)');
  });

  it('does not ask when the words name one of the close matches: "khai sinh" is the birth registration', async () => {
    const user = await kit.citizen('Trịnh Văn Khải', '0987000666');
    const answers = await say(user, 'khai sinh');
    expect(kinds(answers)[0]).toBe('Thủ tục đăng ký khai sinh (mã 1.001193)');
    const others = answers.find((m) => (m.text ?? '').startsWith('Có thể bạn tìm thủ tục khác:'));
    expect(others?.buttons?.map((b) => b.title)).toContain('Cấp bản sao Trích lục hộ tịch, bản…');
  });
});
