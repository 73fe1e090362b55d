import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChatKit, type ChatKit, type SimMessage } from './chatbot-kit.ts';

let kit: ChatKit;

beforeAll(async () => {
  // The demo seed loads the sample look-up data (flagged sample) of the demo province.
  kit = await startChatKit();
}, 60_000);
afterAll(async () => {
  await kit.close();
});

async function turn(userId: string, act: () => Promise<unknown>): Promise<SimMessage[]> {
  const seen = (await kit.conversation(userId)).length;
  await act();
  await kit.settle();
  return (await kit.conversation(userId)).slice(seen).filter((m) => m.from === 'oa');
}

const say = (userId: string, text: string) => turn(userId, () => kit.sim('POST', `/users/${userId}/text`, { text }));

async function tap(userId: string, message: SimMessage | undefined, title: string): Promise<SimMessage[]> {
  const index = message?.buttons?.findIndex((b) => b.title === title) ?? -1;
  if (!message || index < 0) throw new Error(`no button "${title}"`);
  return turn(userId, () => kit.sim('POST', `/users/${userId}/tap`, { msgId: message.msgId, button: index }));
}

const SAMPLE = '⚠ Dữ liệu mẫu — không dùng cho giao dịch thật.';

describe('civic look-ups in the chat (simulator → webhook → job → bot → OA)', () => {
  it('answers "giá đất <street>" with the prices, without diacritics too, and says the data is sample data', async () => {
    const user = await kit.citizen('Ngô Văn Khải');
    const [answer] = await say(user, 'giá đất Nguyễn Trãi');
    const text = answer?.text ?? '';
    expect(text).toMatch(/^Bảng giá đất: Nguyễn Trãi\nTìm thấy 3 mức giá/);
    expect(text).toContain('▸ Nguyễn Trãi — Đoạn từ Cách Mạng Tháng Tám đến Trần Hưng Đạo');
    expect(text).toContain('Vị trí 1 (VT1): 18.500.000 ₫/m²');
    expect(text.endsWith(SAMPLE)).toBe(true);
    expect(answer?.buttons?.map((b) => b.title)).toEqual(['Tra cứu tiếp', 'Về menu chính']);

    const natural = await say(user, 'Cho tôi hỏi giá đất đường dien bien phu bao nhiêu?');
    expect(natural[0]?.text).toContain('▸ Điện Biên Phủ — Đoạn từ Hùng Vương đến Lạc Long Quân');
  });

  it('answers "phạt nguội <plate>" in any spelling, and an unknown plate with a helpful "nothing found"', async () => {
    const user = await kit.citizen('Trịnh Thị Lụa');
    const [found] = await say(user, 'phạt nguội 51F12345');
    expect(found?.text).toContain('Biển số 51F-123.45 có 2 lỗi vi phạm (1 lỗi chưa xử phạt');
    expect(found?.text).toContain('Trạng thái: Chưa xử phạt');
    expect(found?.text).toContain(SAMPLE);
    expect((await say(user, '51f-123.45'))[0]?.text).toContain('Biển số 51F-123.45 có 2 lỗi vi phạm');
    const [clean] = await say(user, 'xe 30A-999.99 có bị phạt nguội không?');
    expect(clean?.text).toMatch(/^Phạt nguội: 30A-999\.99\nKhông tìm thấy lỗi vi phạm nào của biển số 30A-999\.99/);
    expect(clean?.text).toContain(SAMPLE);
  });

  it('answers "GPLX <number>" with the holder masked', async () => {
    const user = await kit.citizen('Mạc Văn Long');
    const [answer] = await say(user, 'GPLX 012345678901');
    expect(answer?.text).toContain('Giấy phép lái xe số 012345678901: Còn hạn.');
    expect(answer?.text).toContain('Người được cấp: Nguyễn V** A*');
    expect(answer?.text).not.toContain('Văn An');
    expect((await say(user, 'bằng lái 0123 4567 8903 còn hạn không'))[0]?.text).toContain(
      'Giấy phép lái xe số 012345678903: Hết hạn.',
    );
  });

  it('offers the look-ups from the menu, asks for the plate, and asks again when it is not one', async () => {
    const user = await kit.citizen('Tạ Thị Mơ');
    const menu = await say(user, 'menu');
    const offered = await tap(user, menu[1], 'Tra cứu khác');
    expect(offered[0]?.buttons?.map((b) => b.title)).toEqual(['Giá đất', 'Phạt nguội', 'Giấy phép lái xe']);
    const asked = await tap(user, offered[0], 'Phạt nguội');
    expect(asked[0]?.text).toBe('Gõ biển số xe cần tra cứu phạt nguội (ví dụ 51F-123.45 hoặc 51F12345).');
    expect((await say(user, 'xe của tôi'))[0]?.text).toMatch(/^Biển số xe chưa đúng\./);
    const [answer] = await say(user, 'xe tôi 70H1-234.56');
    expect(answer?.text).toMatch(/^Phạt nguội: 70H1-234\.56\nBiển số 70H1-234\.56 có 1 lỗi vi phạm/);
    // Answered: the next words are the bot's to place again.
    expect((await say(user, 'hello'))[0]?.text).toContain('1. Tra cứu hồ sơ');
  });
});
