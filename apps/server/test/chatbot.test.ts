import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNoticeFacts } from '../src/modules/applications/index.ts';
import { createQrTokenService } from '../src/modules/receipts/index.ts';
import { masterKeyProvider } from '../src/platform/crypto/key-provider.ts';
import { withTx } from '../src/platform/db/database.ts';
import { newId } from '../src/platform/ids.ts';
import { testMasterKey } from './app.ts';
import { startChatKit, type ChatKit, type SimMessage } from './chatbot-kit.ts';
import { dossierIn } from './factories/dossier.ts';
import { documentJpeg } from './factories/files.ts';
import { loginOfficer, testOfficer } from './factories/officer.ts';

let kit: ChatKit;

beforeAll(async () => {
  kit = await startChatKit();
}, 60_000);
afterAll(async () => {
  await kit.close();
});

/** The OA's messages after the first `seen` of the conversation. */
async function oaAfter(userId: string, seen: number): Promise<SimMessage[]> {
  return (await kit.conversation(userId)).slice(seen).filter((m) => m.from === 'oa');
}

/** The citizen acts; the whole loop runs; the bot's answers come back. */
async function turn(userId: string, act: () => Promise<unknown>): Promise<SimMessage[]> {
  const seen = (await kit.conversation(userId)).length;
  await act();
  await kit.settle();
  return oaAfter(userId, seen);
}

const say = (userId: string, text: string) => turn(userId, () => kit.sim('POST', `/users/${userId}/text`, { text }));

async function tap(userId: string, message: SimMessage | undefined, title: string): Promise<SimMessage[]> {
  const index = message?.buttons?.findIndex((b) => b.title === title) ?? -1;
  if (!message || index < 0) throw new Error(`no button "${title}"`);
  return turn(userId, () => kit.sim('POST', `/users/${userId}/tap`, { msgId: message.msgId, button: index }));
}

const texts = (messages: SimMessage[]) => messages.map((m) => m.text ?? `[${m.kind}]`);
const titles = (message: SimMessage | undefined) => message?.buttons?.map((b) => b.title) ?? [];

async function receiptQrPng(code: string, key: string): Promise<Buffer> {
  const qr = createQrTokenService({ database: kit.db.database, keyProvider: masterKeyProvider(testMasterKey) });
  const token = await qr.sign(kit.tenant, { code, key }, new Date());
  return QRCode.toBuffer(`https://motcua.test/q/${token}`, {
    type: 'png',
    errorCorrectionLevel: 'M',
    scale: 6,
    margin: 4,
  });
}

const sendPhoto = (userId: string, bytes: Buffer, contentType: string) =>
  turn(userId, () => kit.sim('POST', `/users/${userId}/image`, { base64: bytes.toString('base64'), contentType }));

describe('chat bot transcripts (simulator → webhook → job → bot → OA)', () => {
  it('greets a new follower with the menu, then shows it in two messages of at most four buttons', async () => {
    const user = await kit.citizen('Nguyễn Văn An');
    const greeting = (await kit.conversation(user)).filter((m) => m.from === 'oa');
    expect(greeting[0]?.text).toContain('Cổng hành chính công Tỉnh Tây Ninh');
    expect(titles(greeting[0])).toEqual(['Tra cứu hồ sơ', 'Nộp hồ sơ', 'Tìm thủ tục']);
    const menu = await say(user, 'Xin chào');
    expect(menu[0]?.text).toContain('Cổng hành chính công Tỉnh Tây Ninh');
    expect(titles(menu[0])).toEqual(['Tra cứu hồ sơ', 'Nộp hồ sơ', 'Tìm thủ tục']);
    expect(titles(menu[1])).toEqual(['Hỏi đáp', 'Gặp cán bộ', 'Tra cứu khác']);
    const lookup = await tap(user, menu[0], 'Tra cứu hồ sơ');
    expect(lookup[0]?.text).toMatch(/^Gõ mã hồ sơ in trên giấy biên nhận/);
    expect(texts(await say(user, 'menu'))[0]).toContain('1. Tra cứu hồ sơ');
    expect(texts(await say(user, 'tra cuu'))[0]).toMatch(/^Gõ mã hồ sơ/);
    const faq = await say(user, 'hoi dap');
    expect(titles(faq[0])).toEqual(['Giờ làm việc', 'Lệ phí', 'Nộp trực tuyến', 'Bổ sung hồ sơ']);
    expect(texts(await tap(user, faq[0], 'Giờ làm việc'))[0]).toMatch(/^Giờ làm việc: Bộ phận một cửa làm việc/);
  });

  it('looks a dossier up by code: asks the key, refuses a wrong one, shows the status for the right one', async () => {
    const { code, key } = await dossierIn(kit.db, kit.tenant, 'processing', { at: new Date() });
    const user = await kit.citizen('Trần Thị Bích');
    const asked = await say(user, `Tra cứu hồ sơ ${code.toLowerCase()}`);
    expect(asked[0]?.text).toBe(
      `Để xem hồ sơ ${code}, vui lòng gõ mã tra cứu gồm 10 ký tự in trên giấy biên nhận. ` +
        'Hoặc chia sẻ số điện thoại đã khai khi nộp hồ sơ để tra cứu không cần mã.',
    );
    // An unknown code gets the same answer: codes cannot be probed.
    expect((await say(user, '000.20.01.H53-200101-9999'))[0]?.text).toContain('Để xem hồ sơ 000.20.01.H53-200101-9999');
    await say(user, code);
    expect((await say(user, 'ABCDEFGHJK'))[0]?.text).toBe(
      'Mã hồ sơ hoặc mã tra cứu không đúng. Vui lòng kiểm tra lại giấy biên nhận (còn 2 lần thử).',
    );
    const shown = await say(user, key.toLowerCase());
    expect(shown[0]?.text).toContain(`Hồ sơ ${code}\nThủ tục đăng ký khai sinh\n`);
    expect(shown[0]?.text).toContain('Tình trạng: Đang xử lý');
    expect(shown[0]?.text).toMatch(/Hẹn trả kết quả: \d{2}\/\d{2}\/\d{4}/);
    // Code and key in one message.
    expect((await say(user, `${code} ${key}`))[0]?.text).toContain('Tình trạng: Đang xử lý');
  });

  it('links the chat to the phone through request_user_info, then shows the dossier filed with it', async () => {
    const { code } = await dossierIn(kit.db, kit.tenant, 'accepted', { at: new Date() });
    const user = await kit.citizen('Lê Văn Cường', '0912345678');
    const asked = await say(user, code);
    const card = await tap(user, asked[0], 'Chia sẻ số điện thoại');
    expect(card[0]?.kind).toBe('request_user_info');
    const shared = await turn(user, () => kit.sim('POST', `/users/${user}/submit-info`, { phone: '0912345678' }));
    expect(shared[0]?.text).toMatch(/^Đã liên kết số điện thoại với Zalo của bạn/);
    expect(shared[1]?.text).toContain(`Hồ sơ ${code}`);
    expect(shared[1]?.text).toContain('Tình trạng: Được tiếp nhận');
    const linked = await kit.db.database.pool.query<{ zalo_oa_user_id: string }>(
      `select zalo_oa_user_id from citizens where tenant_id = $1 and phone = '84912345678'`,
      [kit.tenant.id],
    );
    expect(linked.rows[0]?.zalo_oa_user_id).toBe(user);
    // From now on the code alone is enough: the phone on file matches.
    expect((await say(user, code))[0]?.text).toContain('Tình trạng: Được tiếp nhận');
  });

  it('reads a receipt QR photo, binds the dossier to the chat, and attaches supplement photos', async () => {
    const { code, key } = await dossierIn(kit.db, kit.tenant, 'supplement_requested', { at: new Date() });
    // A counter applicant: their phone has no Zalo identity.
    await kit.db.database.pool.query(`update citizens set zalo_oa_user_id = null where phone = '84912345678'`);
    const user = await kit.citizen('Phạm Thị Dung');
    const read = await sendPhoto(user, await receiptQrPng(code, key), 'image/png');
    expect(read[0]?.text).toBe(
      `Đã liên kết hồ sơ ${code} với cuộc trò chuyện này: các thông báo tiếp theo của hồ sơ sẽ gửi đến đây.`,
    );
    expect(read[1]?.text).toContain('Tình trạng: Yêu cầu bổ sung');
    expect(read[1]?.text).toContain('- Giấy chứng sinh (ảnh rõ nét)');
    expect(read[1]?.text).toContain('Bạn có thể gửi ảnh giấy tờ bổ sung ngay trong cuộc trò chuyện này.');

    // Notices of this dossier now reach this chat, though the applicant's phone has no Zalo identity.
    const app = await kit.db.database.pool.query<{ id: string }>('select id from applications where code = $1', [code]);
    const facts = await withTx(kit.db.database, kit.tenant.id, (tx) =>
      readNoticeFacts(tx, kit.tenant.id, app.rows[0]?.id ?? '', newId()),
    );
    expect(facts?.recipient).toMatchObject({ zaloOaUserId: user, zaloFollower: true });

    const photo = await sendPhoto(user, await documentJpeg(1600, 1200), 'image/jpeg');
    expect(photo[0]?.text).toBe(
      `Đã nhận 1 ảnh bổ sung cho hồ sơ ${code}. Gửi tiếp ảnh nếu còn, hoặc bấm "Gửi bổ sung" khi đã đủ.`,
    );
    const sent = await tap(user, photo[0], 'Gửi bổ sung');
    expect(sent[0]?.text).toMatch(new RegExp(`^Đã gửi 1 ảnh bổ sung cho hồ sơ ${code.replace(/\./g, '\\.')}`));
    const after = await kit.db.database.pool.query<{ status: string; n: number }>(
      `select a.status, (select count(*)::int from application_documents d
          where d.tenant_id = a.tenant_id and d.application_id = a.id and d.supplement) as n
         from applications a where a.code = $1`,
      [code],
    );
    // The supplement came back: processing resumes (the clock restarts).
    expect(after.rows[0]).toEqual({ status: 'processing', n: 1 });
  });

  it('finds a procedure with documents, fee, time limit, place and a link that opens filing', async () => {
    const user = await kit.citizen('Võ Minh Em');
    const menu = await say(user, 'chào');
    const ask = await tap(user, menu[0], 'Tìm thủ tục');
    expect(ask[0]?.text).toMatch(/^Bạn tìm thủ tục gì\?/);
    const found = await say(user, 'đăng ký khai sinh');
    const answer = found[0]?.text ?? '';
    expect(answer).toMatch(/^Thủ tục đăng ký khai sinh \(mã \d\.\d{6}/);
    for (const part of ['Giấy tờ cần có:', 'Lệ phí:', 'Thời hạn giải quyết:', 'Nơi nộp:'])
      expect(answer).toContain(part);
    const link = found[0]?.buttons?.find((b) => b.type === 'oa.open.url');
    const procedureCode = /\(mã ([^)]+)\)/.exec(answer)?.[1] ?? '';
    expect(link?.payload).toEqual({
      url: `https://motcua.test/?tenant=tay-ninh&procedure=${encodeURIComponent(procedureCode)}`,
    });
    // Typed straight away, without the menu.
    expect((await say(user, 'khai sinh cho con'))[0]?.text).toMatch(/^Thủ tục đăng ký khai sinh/);
  });

  it('takes a rating by buttons, asking the reason when unhappy, stored once through feedback', async () => {
    const { code, key } = await dossierIn(kit.db, kit.tenant, 'returned', { at: new Date() });
    const user = await kit.citizen('Đặng Văn Phúc');
    const shown = await say(user, `${code} ${key}`);
    expect(shown[0]?.text).toContain('Tình trạng: Đã trả kết quả');
    expect(titles(shown[1])).toEqual(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    const why = await tap(user, shown[1], 'Không hài lòng');
    expect(why[0]?.text).toMatch(/^Rất tiếc vì bạn chưa hài lòng/);
    expect((await say(user, 'Phải chờ lâu ở quầy'))[0]?.text).toBe(
      'Cảm ơn bạn đã góp ý. Đơn vị sẽ xem xét để phục vụ tốt hơn.',
    );
    const stored = await kit.db.database.pool.query<{ rating: string; reason: string; channel: string }>(
      `select f.rating, f.reason, f.channel from feedback f join applications a
         on a.tenant_id = f.tenant_id and a.id = f.application_id where a.code = $1`,
      [code],
    );
    expect(stored.rows).toEqual([{ rating: 'unsatisfied', reason: 'Phải chờ lâu ở quầy', channel: 'zalo' }]);
    expect((await tap(user, shown[1], 'Hài lòng'))[0]?.text).toBe('Hồ sơ này đã được đánh giá. Cảm ơn bạn!');
  });

  it('hands off to an officer: the console sees the thread, the reply arrives in Zalo, closing returns to the bot', async () => {
    await testOfficer(kit.db.database, kit.tenant.id, 'chat.officer', '000.20.01.H53', 'intake');
    const officer = await loginOfficer(kit.app, kit.tenant.slug, 'chat.officer');
    const headers = { cookie: officer.cookie, 'x-csrf-token': officer.csrf };
    const user = await kit.citizen('Bùi Thị Giang');
    const handed = await say(user, 'Gặp cán bộ');
    expect(handed[0]?.text).toMatch(/^Đã chuyển cuộc trò chuyện đến cán bộ/);
    expect(await say(user, 'Cho tôi hỏi hồ sơ đất đai cần gì?')).toEqual([]);

    const list = await kit.app.inject({ method: 'GET', url: '/api/v1/tay-ninh/console/chats', headers });
    expect(list.statusCode).toBe(200);
    const thread = list.json<{ items: { id: string; awaitingReply: boolean; lastMessage: string }[] }>().items[0];
    expect(thread).toMatchObject({ awaitingReply: true, lastMessage: 'Cho tôi hỏi hồ sơ đất đai cần gì?' });
    const read = await kit.app.inject({
      method: 'GET',
      url: `/api/v1/tay-ninh/console/chats/${thread?.id ?? ''}`,
      headers,
    });
    // After the follow and its greeting: the request, the bot's hand-over line, the question.
    const authors = read.json<{ messages: { author: string; text?: string }[] }>().messages.map((m) => m.author);
    expect(authors.slice(-3)).toEqual(['citizen', 'bot', 'citizen']);
    const noCsrf = await kit.app.inject({
      method: 'POST',
      url: `/api/v1/tay-ninh/console/chats/${thread?.id ?? ''}/messages`,
      headers: { cookie: officer.cookie },
      payload: { text: 'x' },
    });
    expect(noCsrf.statusCode).toBe(403);

    const seen = (await kit.conversation(user)).length;
    const replied = await kit.app.inject({
      method: 'POST',
      url: `/api/v1/tay-ninh/console/chats/${thread?.id ?? ''}/messages`,
      headers,
      payload: { text: 'Chào chị, hồ sơ đất đai cần giấy chứng nhận và tờ khai.' },
    });
    expect(replied.statusCode).toBe(201);
    await kit.settle();
    expect(texts(await oaAfter(user, seen))).toEqual(['Chào chị, hồ sơ đất đai cần giấy chứng nhận và tờ khai.']);
    const after = await kit.app.inject({
      method: 'GET',
      url: `/api/v1/tay-ninh/console/chats/${thread?.id ?? ''}`,
      headers,
    });
    expect(
      after.json<{ messages: { author: string; officerName?: string; delivery: string }[] }>().messages.at(-1),
    ).toMatchObject({
      author: 'officer',
      delivery: 'sent',
    });

    const closed = await kit.app.inject({
      method: 'POST',
      url: `/api/v1/tay-ninh/console/chats/${thread?.id ?? ''}/close`,
      headers,
    });
    expect(closed.statusCode).toBe(200);
    await kit.settle();
    expect(texts(await say(user, 'menu'))[0]).toContain('1. Tra cứu hồ sơ');
    const audited = await kit.db.database.pool.query<{ action: string }>(
      `select action from audit_log where subject_type = 'chat_thread' order by seq`,
    );
    expect(audited.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['chat.list', 'chat.read', 'chat.reply', 'chat.close']),
    );
  });

  it('answers gibberish, stickers and files helpfully, never with silence', async () => {
    const user = await kit.citizen('Hồ Văn Hải');
    const lost = await say(user, 'qwzx vbnm plk');
    expect(lost[0]?.text).toMatch(/^Xin lỗi, trợ lý chưa hiểu ý bạn/);
    expect(titles(lost[0])).toEqual(['Tra cứu hồ sơ', 'Tìm thủ tục', 'Gặp cán bộ']);
    const file = await turn(user, () => kit.sim('POST', `/users/${user}/file`, { name: 'don.pdf' }));
    expect(file[0]?.text).toMatch(/^Trợ lý chưa đọc được tệp/);
    const plain = await sendPhoto(user, await documentJpeg(800, 600), 'image/jpeg');
    expect(plain[0]?.text).toMatch(/^Không đọc được mã QR trong ảnh/);
  });
});
