/**
 * Journey 3, the Zalo channel in demo mode: a mother on the simulator's chat page follows the
 * province's Official Account, finds Đăng ký khai sinh (1.001193) through the bot, shares her phone,
 * files it from the link on her phone (signed in with a one-time code), and follows it in
 * the chat: the notice that it arrived, the e-receipt when the desk accepts it, "result ready"; a
 * photo of the receipt's QR gets the status; once the result is handed over she rates it there.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { pageOnePng } from '../../apps/server/src/modules/receipts/pdf/poppler.ts';
import { expectAccessible } from '../support/a11y.ts';
import { artifactsDir, desktopContext, launchChromium, phoneContext, screenshot } from '../support/browser.ts';
import { daysAgo, fact, fillKhaiSinhForm, pickFile, type Residence } from '../support/citizen.ts';
import {
  confirmAction,
  demoOfficers,
  dialogReady,
  historyEntries,
  openFromInbox,
  signIn,
  takeAction,
} from '../support/console.ts';
import { writeDocumentPhotos, type DocumentPhotos } from '../support/files.ts';
import { journey, slug } from '../support/journey.ts';
import { hasPoppler } from '../support/pdf.ts';
import {
  createZaloUser,
  linkAfter,
  messageButton,
  messageLines,
  OA_ANSWER_WAIT_MS,
  oaAnswer,
  oaMessages,
  openSimChat,
  say,
  sendReceiptQr,
  shareInfo,
} from '../support/zalo.ts';

const TENANT = 'tay-ninh';
const KHAI_SINH = '1.001193';
const DOSSIER_CODE = /^000\.20\.01\.H53-\d{6}-\d{4}$/;
const residence: Residence = {
  province: 'Tỉnh Tây Ninh',
  commune: 'Phường Tân Ninh',
  street: '18 đường Nguyễn Chí Thanh, khu phố 3',
};
const mother = { fullName: 'Võ Thị Ngọc Hân', idNumber: '072196003456', dateOfBirth: '05/09/1996' };
/** Her Zalo account's phone, which she files with: no other journey uses it. */
const PHONE = '0918246810';
/**
 * How long she waits for what the OA should send by itself (the greeting of a new follower, the
 * rating request once the result is handed over) before she asks for it.
 */
/** The greeting goes through the webhook, the drain job and the OA: a few seconds at most. */
const GREETING_WAIT_MS = 15_000;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first two lines of a citizen notice (notice-texts.ts): the province, then the title. */
function heading(title: string | RegExp): RegExp {
  const pattern = typeof title === 'string' ? escaped(title) : title.source;
  return new RegExp(`Tỉnh Tây Ninh — Một Cửa\\s+${pattern}`);
}

describe('Journey 3: the Zalo channel — follow, find, file, follow up in the chat, rate', () => {
  let browser: Browser;
  /** The simulator's chat page, where the person plays her Zalo account. */
  let chat: Page;
  /** Her phone's browser: the citizen web app the bot's links open. */
  let citizen: Page;
  const desks = new Map<string, Page>();
  let photos: DocumentPhotos;
  let base = '';
  let filingUrl = '';
  let trackingUrl = '';
  let code = '';
  let key = '';

  /** An officer at their own desk computer, signed in once. */
  async function officer(username: string): Promise<Page> {
    const open = desks.get(username);
    if (open) return open;
    const context = await desktopContext(browser, base);
    const page = await context.newPage();
    await signIn(page, username);
    desks.set(username, page);
    return page;
  }

  beforeAll(async () => {
    base = inject('e2eBaseUrl');
    photos = await writeDocumentPhotos(['giay-chung-sinh-trang-1.jpg', 'giay-chung-sinh-trang-2.jpg']);
    browser = await launchChromium();
    chat = await (await desktopContext(browser, base)).newPage();
    citizen = await (await phoneContext(browser, base)).newPage();
  });

  afterAll(async () => {
    await browser.close();
    await photos.remove();
  });

  const step = journey(async (name) => {
    await screenshot(chat, `j3-failed-${slug(name)}-chat`);
    await screenshot(citizen, `j3-failed-${slug(name)}-citizen`);
    for (const [username, page] of desks) {
      await screenshot(page, `j3-failed-${slug(name)}-${slug(username)}`, { fullPage: true });
    }
  });

  /** The OA's notice about the dossier titled `title`, after the desk's `act`. */
  function notice(title: string | RegExp, act: () => Promise<void>): Promise<Locator> {
    return oaAnswer(chat, heading(title), act);
  }

  step('she becomes a Zalo user on the chat page and follows the OA; the bot greets her with its menu', async () => {
    await openSimChat(chat);
    await createZaloUser(chat, { name: mother.fullName, phone: PHONE });
    await chat.getByText('Chưa có tin nhắn. Hãy gửi lời chào hoặc nhập mã hồ sơ để tra cứu.').waitFor();
    const greeting = oaMessages(chat).filter({ hasText: 'Xin chào! Đây là Cổng hành chính công Tỉnh Tây Ninh' });
    await chat.getByRole('button', { name: 'Quan tâm', exact: true }).click();
    await chat.getByText('Bạn đã quan tâm Official Account này.').waitFor();
    await chat.getByText('Official Account · Đang quan tâm').waitFor();
    // A follow is greeted at once: the menu comes unasked.
    const menu = greeting.first();
    await menu.waitFor({ timeout: GREETING_WAIT_MS });
    const lines = await messageLines(menu);
    expect(lines).toEqual(expect.arrayContaining(['1. Tra cứu hồ sơ', '3. Tìm thủ tục', '5. Gặp cán bộ']));
    await messageButton(menu, 'Tìm thủ tục').waitFor();
    await screenshot(chat, 'j3-01-followed');
  });

  step('she taps “Tìm thủ tục” and types “khai sinh”: documents, fee, time limit, where, a filing link', async () => {
    const menu = oaMessages(chat).filter({ hasText: 'Xin chào! Đây là Cổng hành chính công' }).last();
    const question = await oaAnswer(chat, 'Bạn tìm thủ tục gì?', () => messageButton(menu, 'Tìm thủ tục').click());
    expect((await messageLines(question))[0]).toMatch(/^Bạn tìm thủ tục gì\? Gõ vài từ, ví dụ "khai sinh"/);
    const answer = await oaAnswer(chat, `Thủ tục đăng ký khai sinh (mã ${KHAI_SINH})`, () => say(chat, 'khai sinh'));
    const lines = await messageLines(answer);
    expect(lines[0]).toBe(`Thủ tục đăng ký khai sinh (mã ${KHAI_SINH})`);
    expect(lines[1]).toBe('Giấy tờ cần có:');
    expect(lines.some((line) => line.startsWith('- Giấy chứng sinh'))).toBe(true);
    expect(lines.find((line) => line.startsWith('Lệ phí:'))).toMatch(/^Lệ phí: Miễn lệ phí đăng ký khai sinh đúng hạn/);
    expect(lines.find((line) => line.startsWith('Thời hạn giải quyết:'))).toMatch(/: Ngay trong ngày tiếp nhận/);
    expect(lines.find((line) => line.startsWith('Nơi nộp:'))).toMatch(
      /^Nơi nộp: Trung tâm Phục vụ hành chính công phường Tân Ninh;.* hoặc nộp trực tuyến\.$/,
    );
    const link = messageButton(answer, 'Nộp hồ sơ trực tuyến');
    filingUrl = (await link.getAttribute('href')) ?? '';
    expect(filingUrl).toBe(`${base}/?tenant=${TENANT}&procedure=${KHAI_SINH}`);
    await screenshot(chat, 'j3-02-procedure');
  });

  step('the bot asks for her phone so the notices come to Zalo; she shares it', async () => {
    const card = oaMessages(chat).filter({ hasText: 'Nhận biên nhận và thông báo qua Zalo' }).last();
    await card.waitFor();
    expect(await messageLines(card)).toEqual([
      'Chia sẻ số điện thoại bạn sẽ khai khi nộp hồ sơ: giấy biên nhận và thông báo của hồ sơ sẽ gửi về Zalo này.',
    ]);
    let offered = '';
    const linked = await oaAnswer(chat, 'Đã liên kết số điện thoại với Zalo của bạn', async () => {
      offered = await shareInfo(chat, card);
    });
    expect(offered).toBe(PHONE);
    expect((await messageLines(linked))[0]).toMatch(/Từ nay thông báo của các hồ sơ nộp bằng số này sẽ gửi về đây/);
    await messageButton(card, 'Chia sẻ thông tin').waitFor({ state: 'detached' });
    await card.getByText('Đã trả lời').waitFor();
    await screenshot(chat, 'j3-03-phone-shared');
  });

  step('she opens the link on her phone and signs in with the code sent to her number', async () => {
    // The link opens in a new tab of the chat page; she opens the same address on her phone.
    const [tab] = await Promise.all([
      chat.context().waitForEvent('page'),
      messageButton(
        oaMessages(chat).filter({ hasText: 'Thủ tục đăng ký khai sinh (mã' }).last(),
        'Nộp hồ sơ trực tuyến',
      ).click(),
    ]);
    await tab.waitForURL(filingUrl, { waitUntil: 'commit' });
    await tab.close();

    await citizen.goto(filingUrl);
    await citizen.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    await citizen.getByRole('button', { name: 'Quay lại', exact: true }).click();
    await citizen.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await citizen.getByLabel('Số điện thoại di động').fill(PHONE);
    await citizen.getByRole('button', { name: 'Gửi mã xác nhận', exact: true }).click();
    await citizen
      .getByRole('status')
      .filter({ hasText: /^Đã gửi mã xác nhận tới số của bạn\./ })
      .waitFor();
    // Demo mode sends no SMS: the sign-in screen shows the code instead.
    const shown = await citizen
      .getByText(/^Chế độ thử nghiệm \(không gửi tin nhắn thật\): mã xác nhận là \d{6}$/)
      .innerText();
    const otp = /(\d{6})$/.exec(shown)?.[1] ?? '';
    await citizen.getByLabel('Mã xác nhận').fill(otp);
    await screenshot(citizen, 'j3-04-sign-in');
    await citizen.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await citizen.getByText(`Đã đăng nhập: ${PHONE}`).waitFor();
  });

  step('she files Đăng ký khai sinh from the link with two photos of the birth certificate', async () => {
    await citizen.goto(filingUrl);
    await citizen.getByRole('button', { name: 'Nộp hồ sơ trực tuyến', exact: true }).click();
    await citizen.getByRole('heading', { name: 'Bước 1/5 Trường hợp' }).waitFor();
    await citizen.getByLabel('Khai sinh cho trẻ em (trường hợp thông thường)').check();
    await citizen.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
    await citizen.getByRole('heading', { name: 'Bước 2/5 Tờ khai' }).waitFor();
    await fillKhaiSinhForm(citizen, {
      applicant: { ...mother, phone: PHONE, residence },
      relationship: 'Mẹ',
      child: {
        fullName: 'Phan Võ Gia Hưng',
        sex: 'Nam',
        dateOfBirth: daysAgo(9),
        placeOfBirth: 'Bệnh viện Đa khoa tỉnh Tây Ninh, Phường Tân Ninh, tỉnh Tây Ninh',
        hometown: 'Phường Tân Ninh, tỉnh Tây Ninh',
      },
      mother: { ...mother, residence },
      birthCertificateNumber: '1388/2026',
      copies: 1,
    });
    await citizen.getByRole('button', { name: 'Tiếp tục', exact: true }).click();

    await citizen.getByRole('heading', { name: 'Bước 3/5 Giấy tờ đính kèm' }).waitFor();
    const card = citizen.getByRole('region', { name: /^Giấy chứng sinh/ });
    await pickFile(citizen, card.getByRole('button', { name: 'Chọn ảnh hoặc PDF' }), photos.files[0] ?? '');
    await card.getByRole('listitem', { name: /^Trang 1 của Giấy chứng sinh/ }).waitFor();
    await pickFile(citizen, card.getByRole('button', { name: 'Chọn ảnh hoặc PDF' }), photos.files[1] ?? '');
    await card.getByRole('listitem', { name: /^Trang 2 của Giấy chứng sinh/ }).waitFor();
    await citizen.getByRole('button', { name: 'Tiếp tục', exact: true }).click();

    await citizen.getByRole('heading', { name: 'Bước 4/5 Người nộp hồ sơ' }).waitFor();
    const applicant = citizen.getByRole('group', { name: /^Người có yêu cầu/ });
    expect(await applicant.getByLabel('Số điện thoại di động').inputValue()).toBe(PHONE);
    await citizen.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
    await citizen.getByRole('heading', { name: 'Bước 5/5 Kiểm tra và nộp' }).waitFor();
    await citizen.getByText(`Thông báo về hồ sơ sẽ được gửi tới số ${PHONE}.`).waitFor();
    await citizen.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();

    await citizen.getByRole('heading', { level: 1, name: 'Giấy tiếp nhận hồ sơ' }).waitFor();
    code = (await fact(citizen, 'Mã hồ sơ').innerText()).trim();
    key = (await fact(citizen, 'Mã tra cứu').innerText()).trim();
    expect(code).toMatch(DOSSIER_CODE);
    expect(key).toMatch(/^[0-9A-Z]{10}$/);
    await screenshot(citizen, 'j3-05-filed');
  });

  step('the chat tells her the dossier arrived, with its code and tracking link', async () => {
    // Sent when she filed: it may be there already.
    const received = oaMessages(chat).filter({ hasText: heading(`Đã nhận hồ sơ ${code}`) });
    await received.waitFor({ timeout: OA_ANSWER_WAIT_MS });
    const lines = await messageLines(received);
    expect(lines[2]).toBe(
      `Hồ sơ "Thủ tục đăng ký khai sinh" của bạn đã được gửi tới Trung tâm Phục vụ hành chính công phường Tân Ninh, mã hồ sơ ${code}.`,
    );
    expect(lines).toContain(
      'Cán bộ sẽ kiểm tra thành phần hồ sơ; bạn sẽ nhận được biên nhận điện tử khi hồ sơ được tiếp nhận.',
    );
    trackingUrl = await linkAfter(received, 'Tra cứu hồ sơ:');
    expect(trackingUrl).toBe(`${base}/?tenant=${TENANT}&track=${encodeURIComponent(code)}&key=${key}`);
    await screenshot(chat, 'j3-06-received');
  });

  step('the desk accepts it: the e-receipt with the due date and the QR link comes to the chat', async () => {
    const desk = await officer(demoOfficers.intake);
    await openFromInbox(desk, code);
    const receipt = await notice(`Hồ sơ ${code} đã được tiếp nhận`, () =>
      takeAction(desk, 'Tiếp nhận hồ sơ', { status: 'Được tiếp nhận' }),
    );
    const lines = await messageLines(receipt);
    expect(lines[2]).toBe(
      `Trung tâm Phục vụ hành chính công phường Tân Ninh đã tiếp nhận hồ sơ "Thủ tục đăng ký khai sinh", mã hồ sơ ${code}.`,
    );
    expect(lines[3]).toMatch(/^Ngày hẹn trả kết quả: \d{2}\/\d{2}\/\d{4}\.$/);
    expect(lines[4]).toMatch(/^Biên nhận điện tử \(Mẫu 01\) có mã QR để tra cứu ở đường dẫn dưới đây/);
    expect(await linkAfter(receipt, 'Tra cứu hồ sơ:')).toBe(trackingUrl);
    await screenshot(chat, 'j3-07-e-receipt');
  });

  step('the centre’s leader processes, signs and completes it; the chat gets “result ready”', async () => {
    // The leader may do the processor's steps too (journey 1 splits them between the two).
    // notifications.md: starting, submitting and approving send no notice; the result does.
    const leader = await officer(demoOfficers.leader);
    await openFromInbox(leader, code);
    await takeAction(leader, 'Bắt đầu xử lý');
    await takeAction(leader, 'Trình ký', { status: 'Đang xử lý' });
    await takeAction(leader, 'Phê duyệt', { status: 'Đang xử lý' });
    // "Sớm hơn hẹn" unless the result came after the due time.
    const title = new RegExp(`Hồ sơ ${escaped(code)} (có kết quả sớm hơn hẹn|đã có kết quả)`);
    const ready = await notice(title, () => takeAction(leader, 'Hoàn thành xử lý', { status: 'Đã xử lý xong' }));
    expect(await historyEntries(leader, 'Hoàn thành xử lý').innerText()).toContain('Đang xử lý → Đã xử lý xong');
    const lines = await messageLines(ready);
    expect(lines[2]).toMatch(
      new RegExp(
        `^Hồ sơ "Thủ tục đăng ký khai sinh" \\(mã ${escaped(code)}\\) đã có kết quả(, sớm hơn ngày hẹn \\d{2}/\\d{2}/\\d{4})?\\.$`,
      ),
    );
    expect(lines[3]).toBe(
      'Mời bạn đến Trung tâm Phục vụ hành chính công phường Tân Ninh (Phường Tân Ninh, tỉnh Tây Ninh) một lần, mang theo bản chính giấy tờ để đối chiếu.',
    );
    await screenshot(leader, 'j3-08-completed');
    await screenshot(chat, 'j3-09-result-ready');
  });

  step('she sends a photo of the receipt’s QR; the bot binds the dossier and tells its status', async () => {
    if (!hasPoppler()) {
      console.warn('pdftoppm is not installed: the receipt was not photographed (apt-get install poppler-utils)');
      return;
    }
    // Her phone: the tracking link from the chat, the receipt, its PDF.
    await citizen.goto(trackingUrl);
    await citizen.getByRole('heading', { level: 2, name: 'Đã xử lý xong', exact: true }).waitFor();
    await citizen.getByRole('button', { name: 'Giấy tiếp nhận', exact: true }).click();
    const download = citizen.getByRole('link', { name: 'Tải giấy tiếp nhận (PDF)' });
    const response = await citizen.context().request.get((await download.getAttribute('href')) ?? '');
    expect(response.headers()['content-type']).toContain('application/pdf');
    // A screenshot of the receipt on her phone: the A5 page 1,080 pixels wide.
    const photo = path.join(artifactsDir, 'j3-10-receipt-photo.png');
    await writeFile(photo, await pageOnePng(await response.body(), 185));

    const status = await oaAnswer(
      chat,
      new RegExp(`Hồ sơ ${escaped(code)}\\s+Thủ tục đăng ký khai sinh\\s+Tình trạng:`),
      () => sendReceiptQr(chat, photo),
    );
    const bound = oaMessages(chat).filter({ hasText: `Đã liên kết hồ sơ ${code} với cuộc trò chuyện này` });
    expect(await bound.count()).toBe(1);
    expect(await messageLines(status)).toEqual([
      `Hồ sơ ${code}`,
      'Thủ tục đăng ký khai sinh',
      'Tình trạng: Đã xử lý xong',
      'Đơn vị đang giữ hồ sơ: Trung tâm Phục vụ hành chính công phường Tân Ninh',
      'Kết quả đã có, mời bạn mang bản chính giấy tờ đến nhận.',
    ]);
    await screenshot(chat, 'j3-11-qr-status');
  });

  step('the desk hands the result over; she rates it “Rất hài lòng” from the chat', async () => {
    const desk = await officer(demoOfficers.intake);
    await desk.getByRole('navigation', { name: 'Menu chính' }).getByText('Tiếp nhận', { exact: true }).click();
    await desk.getByRole('tab', { name: 'Trả kết quả' }).click();
    const returns = desk.getByRole('region', { name: 'Hồ sơ đã có kết quả, chờ trả' });
    const returned = await notice(`Đã trả kết quả hồ sơ ${code}`, async () => {
      await returns.getByRole('button', { name: `Trả kết quả hồ sơ ${code}` }).click();
      const dialog = desk.getByRole('dialog', { name: 'Trả kết quả' });
      await dialogReady(dialog);
      await dialog.getByRole('checkbox', { name: 'Đã đối chiếu bản chính giấy tờ' }).check();
      await confirmAction(dialog, 'Trả kết quả', 'Đã trả kết quả');
    });
    expect((await messageLines(returned))[2]).toBe(
      `Bạn đã nhận kết quả hồ sơ "Thủ tục đăng ký khai sinh" (mã ${code}).`,
    );

    // The hand-over notice itself asks for the rating, with the three answers as buttons.
    const rating = returned;
    for (const title of ['Rất hài lòng', 'Hài lòng', 'Không hài lòng']) await messageButton(rating, title).waitFor();
    await screenshot(chat, 'j3-12-rating-request');

    const thanks = await oaAnswer(chat, 'Cảm ơn bạn đã đánh giá!', () => messageButton(rating, 'Rất hài lòng').click());
    expect(await messageLines(thanks)).toEqual(['Cảm ơn bạn đã đánh giá! Chúc bạn một ngày tốt lành.']);
    // Every kind of message of the journey is on the page now: texts, buttons, the card, her photo.
    await expectAccessible(chat, 'the simulator’s chat page');
    await screenshot(chat, 'j3-13-rated');

    // Stored with the dossier, from Zalo: the console's list of ratings has it.
    const stored = await desk
      .context()
      .request.get(`/api/v1/${TENANT}/console/feedback?rating=very_satisfied&limit=200`);
    expect(stored.status()).toBe(200);
    const items = ((await stored.json()) as { items: { code: string; rating: string }[] }).items;
    expect(items.filter((item) => item.code === code)).toEqual([
      expect.objectContaining({ code, rating: 'very_satisfied', procedureName: 'Thủ tục đăng ký khai sinh' }),
    ]);
  });
});
