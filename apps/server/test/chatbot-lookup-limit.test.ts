import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChatKit, type ChatKit, type SimMessage } from './chatbot-kit.ts';

let kit: ChatKit;
const start = Date.now();
/** The bot's clock, moved by the script (the webhooks themselves are signed on real time). */
let clock = new Date(start);
const at = (seconds: number) => {
  clock = new Date(start + seconds * 1000);
};

beforeAll(async () => {
  // The demo seed loads sample land prices, traffic fines and licences for the demo province.
  kit = await startChatKit({ now: () => clock, chatLookups: { max: 3, windowMs: 10 * 60_000 } });
}, 60_000);
afterAll(async () => {
  await kit.close();
});

async function say(userId: string, text: string): Promise<SimMessage[]> {
  const seen = (await kit.conversation(userId)).length;
  await kit.sim('POST', `/users/${userId}/text`, { text });
  await kit.settle();
  return (await kit.conversation(userId)).slice(seen).filter((m) => m.from === 'oa');
}

const limited = (minutes: number) =>
  new RegExp(`^Bạn tra cứu quá nhiều lần \\(tối đa 3 lần trong 10 phút\\), thử lại sau ${String(minutes)} phút\\.$`);

/** One person's look-ups: seconds since the first, what they type, how the bot answers. */
const script: { second: number; says: string; answer: RegExp; why: string }[] = [
  { second: 0, says: 'phạt nguội 51F12345', answer: /^Phạt nguội: 51F-123\.45\n/, why: '1st look-up' },
  { second: 10, says: 'GPLX 1234567', answer: /^Số giấy phép lái xe gồm 12 chữ số/, why: 'bad format: not counted' },
  { second: 20, says: 'số của tôi', answer: /^Số giấy phép lái xe gồm 12 chữ số/, why: 'bad again: not counted' },
  { second: 30, says: '012345678901', answer: /Giấy phép lái xe số 012345678901: Còn hạn\./, why: '2nd' },
  { second: 60, says: 'giá đất Nguyễn Trãi', answer: /^Bảng giá đất: Nguyễn Trãi\n/, why: '3rd: the limit' },
  { second: 90, says: 'phạt nguội 30A99999', answer: limited(9), why: 'the 1st frees a slot at 600 s' },
  { second: 300, says: 'GPLX 012345678903', answer: limited(5), why: 'refusals are not counted' },
  { second: 599, says: '51F-123.45', answer: limited(1), why: 'less than a minute is one minute' },
  { second: 600, says: '51F-123.45', answer: /^Phạt nguội: 51F-123\.45\n/, why: 'the 1st left the window' },
  { second: 601, says: 'phạt nguội 30A99999', answer: limited(1), why: 'a sliding window: the 2nd frees at 630 s' },
  { second: 630, says: 'xe 30A-999.99 có bị phạt nguội không?', answer: /^Phạt nguội: 30A-999\.99\n/, why: 'freed' },
];

describe('the limit on civic look-ups in the chat (3 in any 10 minutes here; 20 by default)', () => {
  it('answers up to the limit, then says when to try again, counting only look-ups that read data', async () => {
    at(0);
    const user = await kit.citizen('Lương Văn Đạt');
    const other = await kit.citizen('Hồ Thị Xuân', '0987000222');
    const seen: string[] = [];
    for (const step of script) {
      at(step.second);
      const [reply] = await say(user, step.says);
      seen.push(`${String(step.second)} s ${step.says} → ${reply?.text ?? '(no reply)'}`);
      expect(reply?.text, `${step.why}\n${seen.join('\n')}`).toMatch(step.answer);
      if (step.second === 90) {
        // Someone else in the same province is not held back by this person's look-ups.
        expect((await say(other, 'phạt nguội 51F12345'))[0]?.text).toMatch(/^Phạt nguội: 51F-123\.45\n/);
      }
    }
  });

  it('leaves the rest of the chat open while look-ups are held back', async () => {
    at(0);
    const user = await kit.citizen('Kiều Văn Sơn', '0987000333');
    for (const plate of ['51F12345', '30A99999', '70H123456']) await say(user, `phạt nguội ${plate}`);
    at(30);
    const [held] = await say(user, 'phạt nguội 51F12345');
    expect(held?.text).toMatch(limited(10));
    expect(held?.buttons?.map((b) => b.title)).toEqual(['Về menu chính']);
    expect((await say(user, 'menu')).map((m) => m.text).join('\n')).toContain('1. Tra cứu hồ sơ');
  });
});
