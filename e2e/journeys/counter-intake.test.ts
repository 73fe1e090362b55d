/**
 * Journey 2: a father brings a birth registration (Đăng ký khai sinh, 1.001193) to the desk of the
 * commune centre. The intake officer records it in the console, scans the birth certificate and
 * accepts it; the A5 receipt (Mẫu 01) opens as a PDF carrying the dossier code, and its QR opens
 * the dossier's tracking page on a phone.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { pageOnePng, pdfInfo, pdfText } from '../../apps/server/src/modules/receipts/pdf/poppler.ts';
import { artifactsDir, desktopContext, launchChromium, phoneContext, screenshot } from '../support/browser.ts';
import { daysAgo, fact, pickFile, timelineEntries, type Residence } from '../support/citizen.ts';
import { demoOfficers, signIn } from '../support/console.ts';
import { chooseProcedure, fillWalkInKhaiSinh, startWalkIn, type WalkInKhaiSinh } from '../support/counter.ts';
import { writeDocumentPhotos, type DocumentPhotos } from '../support/files.ts';
import { journey, slug } from '../support/journey.ts';
import { hasPoppler } from '../support/pdf.ts';

const TENANT = 'tay-ninh';
const A5 = '419.53 x 595.28 pts';
const KHAI_SINH = /^1\.001193 — Thủ tục đăng ký khai sinh$/;
const residence: Residence = {
  province: 'Tỉnh Tây Ninh',
  commune: 'Phường Tân Ninh',
  street: '12 đường Cách Mạng Tháng Tám, khu phố 1',
};
const father = { fullName: 'Phạm Văn Tài', idNumber: '072096007788', dateOfBirth: '21/01/1996', residence };
const mother = { fullName: 'Lê Thị Thu Hà', idNumber: '072198004321', dateOfBirth: '03/08/1998', residence };
const walkIn: WalkInKhaiSinh = {
  applicant: { ...father, phone: '0987654321' },
  relationship: 'Cha',
  child: {
    fullName: 'Phạm Lê Minh Khang',
    sex: 'Nam',
    dateOfBirth: daysAgo(20),
    placeOfBirth: 'Trạm Y tế phường Tân Ninh, tỉnh Tây Ninh',
    hometown: 'Phường Tân Ninh, tỉnh Tây Ninh',
  },
  mother,
  father,
  birthCertificateNumber: '2231/2026',
  copies: 2,
};

interface LookupAnswer {
  code: string;
  status: number;
  receivedAt?: string;
  qrUrl?: string;
}

describe('Journey 2: counter intake, the A5 receipt and its QR', () => {
  let browser: Browser;
  let desk: Page;
  let phone: Page | undefined;
  let photos: DocumentPhotos;
  let scan = '';
  let code = '';
  let lookupKey = '';

  beforeAll(async () => {
    photos = await writeDocumentPhotos(['giay-chung-sinh-ban-chup.jpg']);
    scan = photos.files[0] ?? '';
    browser = await launchChromium();
    desk = await (await desktopContext(browser, inject('e2eBaseUrl'))).newPage();
  });

  afterAll(async () => {
    await browser.close();
    await photos.remove();
  });

  const step = journey(async (name) => {
    await screenshot(desk, `j2-failed-${slug(name)}-desk`, { fullPage: true });
    if (phone) await screenshot(phone, `j2-failed-${slug(name)}-phone`);
  });

  step('the intake officer picks the procedure and types in the tờ khai', async () => {
    await signIn(desk, demoOfficers.intake);
    await startWalkIn(desk, 'khai sinh', KHAI_SINH);
    const choice = desk.getByRole('form', { name: 'Chọn thủ tục' });
    await choice.getByLabel('Khai sinh cho trẻ em (trường hợp thông thường)').waitFor();
    expect(await choice.getByLabel('Khai sinh cho trẻ em (trường hợp thông thường)').isChecked()).toBe(true);
    await choice.getByText('Trung tâm Phục vụ hành chính công phường Tân Ninh').waitFor();
    await screenshot(desk, 'j2-01-procedure');
    await choice.getByRole('button', { name: 'Tiếp tục' }).click();

    await fillWalkInKhaiSinh(desk, walkIn);
    const form = desk.getByRole('form', { name: 'Người nộp và tờ khai' });
    // What the officer typed for the person at the desk is carried into the tờ khai.
    const declarant = form.getByRole('group', { name: 'Người đi đăng ký khai sinh', exact: true });
    expect(await declarant.getByLabel('Họ, chữ đệm và tên').inputValue()).toBe(father.fullName);
    expect(await declarant.getByLabel('Số định danh cá nhân').inputValue()).toBe(father.idNumber);
    await screenshot(desk, 'j2-02-form', { fullPage: true });
    await form.getByRole('button', { name: 'Tiếp tục' }).click();
    await desk.getByRole('region', { name: 'Giấy tờ kèm theo' }).waitFor();
  });

  step('he hands over the birth certificate, which is scanned and checked', async () => {
    const scans = desk.getByRole('region', { name: 'Giấy tờ kèm theo' });
    await pickFile(desk, scans.getByRole('button', { name: /^Thêm bản chụp: Giấy chứng sinh/ }), scan);
    const row = scans.getByRole('row').filter({ hasText: /^Giấy chứng sinh/ });
    await row.getByText(path.basename(scan), { exact: true }).waitFor();
    await row.getByText('Ảnh đạt yêu cầu').waitFor();
    expect(await scans.getByText('Còn thiếu giấy tờ bắt buộc:').count()).toBe(0);
    await screenshot(desk, 'j2-03-scans');
    await scans.getByRole('button', { name: 'Tiếp tục' }).click();
  });

  step('the officer accepts it and the A5 receipt opens as a PDF with the code', async () => {
    const review = desk.getByRole('region', { name: 'Kiểm tra và tiếp nhận' });
    await review.getByRole('cell', { name: father.fullName }).waitFor();
    await review.getByRole('cell', { name: 'Trung tâm Phục vụ hành chính công phường Tân Ninh' }).waitFor();
    await screenshot(desk, 'j2-04-review');
    await review.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();

    const recorded = desk.getByText(/^Đã tiếp nhận hồ sơ \S+$/);
    await recorded.waitFor();
    code = ((await recorded.innerText()).match(/\S+$/) ?? [''])[0];
    expect(code).toMatch(/^000\.20\.01\.H53-\d{6}-\d{4}$/);
    lookupKey =
      ((await desk.getByText(/^Mã tra cứu: /).innerText()).match(/Mã tra cứu: ([0-9A-Z]+)/) ?? ['', ''])[1] ?? '';
    expect(lookupKey).toMatch(/^[0-9A-Z]{6,}$/);
    await screenshot(desk, 'j2-05-recorded');

    const [receipt] = await Promise.all([
      desk.waitForEvent('popup'),
      desk.getByRole('link', { name: 'Xem giấy tiếp nhận' }).click(),
    ]);
    const url = new URL(receipt.url());
    expect(url.pathname).toBe(`/api/v1/${TENANT}/applications/${encodeURIComponent(code)}/receipt.pdf`);
    const response = await desk.context().request.get(url.toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await receipt.close();
    await writeFile(path.join(artifactsDir, 'j2-receipt.pdf'), pdf);
    if (!hasPoppler()) {
      console.warn('pdftotext is not installed: the receipt text was not read (apt-get install poppler-utils)');
      return;
    }
    const text = await pdfText(pdf);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(code);
    expect(text).toContain(father.fullName);
    const info = await pdfInfo(pdf);
    expect(info['Page size']).toContain(A5);
    // Mẫu 01 is one A5 sheet, with the due date beside the code.
    expect(info['Pages']).toBe('1');
    expect(text).toMatch(/Hẹn trả kết quả: \d{2} giờ \d{2} phút, ngày \d{2} tháng \d{2} năm \d{4}/);
    await writeFile(path.join(artifactsDir, 'j2-06-receipt-page-1.png'), await pageOnePng(pdf, 110));
  });

  step('the QR of the receipt opens the dossier on a phone', async () => {
    const api = desk.context().request;
    const lookup = await api.get(`/api/v1/${TENANT}/applications/${encodeURIComponent(code)}?key=${lookupKey}`);
    expect(lookup.status()).toBe(200);
    const dossier = (await lookup.json()) as LookupAnswer;
    expect(dossier.status).toBe(2);
    const qrUrl = dossier.qrUrl ?? '';
    expect(qrUrl).toMatch(/\/q\/[\w-]+\.[\w-]+\.[\w-]+$/);
    // API.md: `qrUrl` is the URL printed in the receipt's QR, whose token was issued at acceptance.
    const token = new URL(qrUrl).pathname.replace(/^\/q\//, '');
    const check = (await (await api.get(`/api/v1/qr/${token}`)).json()) as { valid: boolean; issuedAt?: string };
    expect(check.valid).toBe(true);
    expect
      .soft(Date.parse(check.issuedAt ?? ''), 'the look-up’s QR token is the receipt’s, issued when the desk accepted')
      .toBe(Math.floor(Date.parse(dossier.receivedAt ?? '') / 1000) * 1000);

    const scanner = await phoneContext(browser, inject('e2eBaseUrl'));
    phone = await scanner.newPage();
    await phone.goto(qrUrl);
    await phone.getByRole('heading', { level: 2, name: 'Được tiếp nhận', exact: true }).waitFor();
    expect(await fact(phone, 'Mã hồ sơ').innerText()).toBe(code);
    expect(await fact(phone, 'Thủ tục').innerText()).toBe('Thủ tục đăng ký khai sinh');
    expect(await fact(phone, 'Ngày hẹn trả kết quả').innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect((await timelineEntries(phone))[0]).toContain('Được tiếp nhận');
    // The look-up key does not stay in the address bar.
    expect(phone.url()).not.toContain(lookupKey);
    await screenshot(phone, 'j2-07-qr-tracking');
  });

  step('the desk can also record a birth whose father is not known (“Không”)', async () => {
    await desk.getByRole('button', { name: 'Tiếp nhận hồ sơ khác' }).click();
    await chooseProcedure(desk, 'khai sinh', KHAI_SINH);
    await desk.getByRole('form', { name: 'Chọn thủ tục' }).getByRole('button', { name: 'Tiếp tục' }).click();
    const { father: _father, ...withoutFather } = walkIn;
    await fillWalkInKhaiSinh(desk, {
      ...withoutFather,
      applicant: { ...mother, phone: '0912345678' },
      relationship: 'Mẹ',
    });
    await desk.getByRole('form', { name: 'Người nộp và tờ khai' }).getByRole('button', { name: 'Tiếp tục' }).click();
    const scans = desk.getByRole('region', { name: 'Giấy tờ kèm theo' });
    await scans.waitFor({ timeout: 3_000 }).catch(() => undefined);
    await screenshot(desk, 'j2-08-without-father');
    expect(await scans.isVisible(), 'the wizard moves on to “Giấy tờ kèm theo”').toBe(true);
  });
});
