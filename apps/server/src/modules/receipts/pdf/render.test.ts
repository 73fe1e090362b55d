import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  APOLOGY_TITLES,
  RECEIPT_TITLE,
  REFUSAL_TITLE,
  SUPPLEMENT_REQUEST_TITLE,
  TRACKING_SHEET_TITLE,
  qrPng,
  renderApology,
  renderReceipt,
  renderRefusal,
  renderSupplementRequest,
  renderTrackingSheet,
} from '../index.ts';
import { pageOnePng, pdfFonts, pdfImagePages, pdfImages, pdfInfo, pdfText } from './poppler.ts';
import {
  SAMPLE_APPLICANT,
  SAMPLE_CODE,
  SAMPLE_PROCEDURE,
  SAMPLE_QR_URL,
  sampleApology,
  sampleReceipt,
  sampleRefusal,
  sampleSupplementRequest,
  sampleTrackingSheet,
} from './sample-views.ts';

const A5 = '419.53 x 595.28 pts';
/** The end of the last note of Mẫu 01: the sheet was printed to its foot. */
const NOTE_END = 'Vui lòng mang theo giấy này khi đến nhận kết quả.';
const A4 = '595.28 x 841.89 pts';
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/**
 * Whitespace-blind containment: wrapped lines and table cells split text at arbitrary spaces, and
 * pdftotext joins a word broken after a hyphen without the hyphen.
 */
function compact(text: string): string {
  return text.normalize('NFC').replace(/[\s-]+/g, '');
}

interface Rendered {
  pdf: Buffer;
  text: string;
  layoutText: string;
  info: Record<string, string>;
}

async function inspect(pdf: Buffer): Promise<Rendered> {
  const [text, layoutText, info] = await Promise.all([pdfText(pdf), pdfText(pdf, true), pdfInfo(pdf)]);
  return { pdf, text, layoutText, info };
}

const docs: Record<string, Rendered> = {};

beforeAll(async () => {
  const [receipt, supplement, refusal, apology, apology2025, tracking] = await Promise.all([
    renderReceipt(sampleReceipt()),
    renderSupplementRequest(sampleSupplementRequest()),
    renderRefusal(sampleRefusal()),
    renderApology(sampleApology()),
    renderApology(sampleApology('tt03-2025')),
    renderTrackingSheet(sampleTrackingSheet()),
  ]);
  for (const [name, pdf] of Object.entries({ receipt, supplement, refusal, apology, apology2025, tracking })) {
    docs[name] = await inspect(pdf);
  }
});

function doc(name: string): Rendered {
  const rendered = docs[name];
  if (!rendered) throw new Error(`${name} was not rendered`);
  return rendered;
}

describe.each([
  ['receipt', RECEIPT_TITLE, A5],
  ['supplement', SUPPLEMENT_REQUEST_TITLE, A5],
  ['refusal', REFUSAL_TITLE, A5],
  ['apology', APOLOGY_TITLES['tt01-2018'], A5],
  ['apology2025', APOLOGY_TITLES['tt03-2025'], A5],
  ['tracking', TRACKING_SHEET_TITLE, A4],
])('%s', (name, title, size) => {
  it('prints the heading, the motto, the code, the applicant and the procedure intact', () => {
    const { text, layoutText } = doc(name);
    expect(layoutText).toContain(title);
    for (const line of MOTTO) expect(layoutText).toContain(line);
    expect(text).toContain(SAMPLE_CODE);
    expect(compact(text)).toContain(compact(SAMPLE_APPLICANT));
    expect(compact(text)).toContain(compact(SAMPLE_PROCEDURE));
  });

  it(`is ${size} with metadata that names the form and no person`, () => {
    const { info } = doc(name);
    expect(info['Page size']).toContain(size);
    expect(info['Author']).toBe('Một Cửa');
    expect(info['Title']?.toUpperCase()).toBe(title);
    const metadata = [info['Title'], info['Subject'], info['Author'], info['Keywords'] ?? ''].join(' ');
    expect(metadata).not.toContain('Hường');
    expect(metadata).not.toContain(SAMPLE_CODE);
  });

  it('embeds its fonts and renders a non-blank first page', async () => {
    const { pdf } = doc(name);
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/DejaVu/);
      expect(font.embedded).toBe(true);
    }
    const png = await pageOnePng(pdf, 50);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const stats = await sharp(png).greyscale().stats();
    const grey = stats.channels[0];
    expect(grey?.min).toBeLessThan(60);
    expect(grey?.max).toBeGreaterThan(240);
    expect(grey?.mean).toBeGreaterThan(150);
    expect(grey?.mean).toBeLessThan(252);
  });
});

describe('Mẫu 01 receipt', () => {
  it('prints every document, the counts, both times in Vietnam time and the register entry', () => {
    const { text, layoutText } = doc('receipt');
    for (const view of sampleReceipt().documents) expect(compact(text)).toContain(compact(view.name));
    expect(layoutText).toContain('4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 24 tháng 11 năm 2026');
    expect(compact(text)).toContain(compact('16 giờ 30 phút, ngày 22 tháng 12 năm 2026'));
    expect(text).toContain('20 ngày làm việc');
    expect(text).toContain('01 (bộ)');
    expect(compact(text)).toContain(compact('Vào Sổ theo dõi hồ sơ, Quyển số: 03 Số thứ tự: 1234'));
    expect(text).toContain('Liên 2: Giao người nộp hồ sơ');
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  });

  it('keeps the Vietnamese letters and the đồng sign', () => {
    const { text } = doc('receipt');
    for (const letter of ['Đ', 'ư', 'ơ', 'ấ', 'ậ', 'ồ', '₫']) expect(text).toContain(letter);
    expect(compact(text)).toContain(compact('Lệ phí cấp Giấy chứng nhận 100.000 ₫'));
  });

  it('places a QR that encodes the tracking URL', async () => {
    const [placed] = await pdfImages(doc('receipt').pdf);
    expect(placed).toBeDefined();
    const expected = await sharp(await qrPng(SAMPLE_QR_URL))
      .removeAlpha()
      .raw()
      .toBuffer();
    const actual = await sharp(placed).removeAlpha().raw().toBuffer();
    expect(actual.equals(expected)).toBe(true);
    const other = await sharp(await qrPng(`${SAMPLE_QR_URL}x`))
      .removeAlpha()
      .raw()
      .toBuffer();
    expect(actual.equals(other)).toBe(false);
  });

  it('flows a long document list onto more A5 pages and repeats the table header', async () => {
    const view = sampleReceipt();
    const documents = Array.from({ length: 45 }, (_, i) => ({
      name: `Giấy tờ số ${i + 1}: bản sao trích lục hồ sơ địa chính, sơ đồ thửa đất và xác nhận của Ủy ban nhân dân cấp xã`,
      originals: i % 2,
      copies: 1,
    }));
    const pdf = await renderReceipt({ ...view, documents });
    const { text, info } = await inspect(pdf);
    expect(Number(info['Pages'])).toBeGreaterThanOrEqual(3);
    expect(info['Page size']).toContain(A5);
    for (const d of documents) expect(compact(text)).toContain(compact(d.name));
    expect(text.split('Tên giấy tờ').length - 1).toBeGreaterThanOrEqual(3);
    expect(text).toContain(`Trang 1/${info['Pages']}`);
  });

  it('keeps to one A5 page when the fee text is very long, with the code, the due date and the QR', async () => {
    const fee =
      'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất 100.000 ₫/giấy; phí thẩm định hồ sơ cấp Giấy chứng nhận 500.000 ₫/hồ sơ đối với hộ gia đình, cá nhân; miễn lệ phí cho hộ nghèo, người có công với cách mạng, đồng bào dân tộc thiểu số ở xã có điều kiện kinh tế - xã hội đặc biệt khó khăn theo Nghị quyết của Hội đồng nhân dân tỉnh Tây Ninh; phí đo đạc, lập bản đồ địa chính thu theo diện tích thửa đất (đã nộp 1.250.000 ₫ tại Bộ phận tiếp nhận và trả kết quả)';
    const view = { ...sampleReceipt(), documents: sampleReceipt().documents.slice(0, 4), fee };
    // At the normal size this view runs onto a second page.
    const pdf = await renderReceipt(view);
    const { text, info } = await inspect(pdf);
    expect(info['Pages']).toBe('1');
    expect(info['Page size']).toContain(A5);
    expect(text).toContain(SAMPLE_CODE);
    expect(compact(text)).toContain(compact('Hẹn trả kết quả: 16 giờ 30 phút, ngày 22 tháng 12 năm 2026'));
    expect(compact(text)).toContain(compact('5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 30 phút'));
    expect(compact(text)).toContain(compact(fee));
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(compact(text)).toContain(compact(NOTE_END));
    expect(await pdfImages(pdf)).toHaveLength(1);
  });

  it('keeps the code, the due date and the QR on page 1 when the document list runs on', async () => {
    const documents = Array.from({ length: 30 }, (_, i) => ({
      name: `Giấy tờ số ${i + 1}: bản sao trích lục hồ sơ địa chính và xác nhận của Ủy ban nhân dân cấp xã`,
      originals: 1,
      copies: 0,
    }));
    const pdf = await renderReceipt({ ...sampleReceipt(), documents });
    const { text, info } = await inspect(pdf);
    expect(Number(info['Pages'])).toBeGreaterThan(1);
    const [first = ''] = text.split('\f');
    expect(first).toContain(SAMPLE_CODE);
    expect(compact(first)).toContain(compact('Hẹn trả kết quả: 16 giờ 30 phút, ngày 22 tháng 12 năm 2026'));
    const pages = await pdfImagePages(pdf);
    expect(pages).toEqual([1]);
  });

  it('gives the same bytes for the same view', async () => {
    const again = await renderReceipt(sampleReceipt());
    expect(again.equals(doc('receipt').pdf)).toBe(true);
  });
});

describe('Mẫu 02 supplement request', () => {
  it('lists every item with its reason, the deadline note and the QR', async () => {
    const { text, pdf } = doc('supplement');
    for (const item of sampleSupplementRequest().items) {
      expect(compact(text)).toContain(compact(item.item));
      expect(compact(text)).toContain(compact(item.reason));
    }
    expect(compact(text)).toContain(compact('gồm 3 nội dung sau'));
    expect(compact(text)).toContain(compact('trong 30 ngày kể từ ngày nhận Phiếu này'));
    expect(await pdfImages(pdf)).toHaveLength(1);
  });

  it('refuses an empty list', async () => {
    await expect(renderSupplementRequest({ ...sampleSupplementRequest(), items: [] })).rejects.toThrow(RangeError);
  });
});

describe('Mẫu 03 refusal', () => {
  it('states the reason', () => {
    expect(compact(doc('refusal').text)).toContain(compact(sampleRefusal().reason));
  });
});

describe('Mẫu 04 apology', () => {
  it('gives the reason, the original due date and the one new date', () => {
    const { text } = doc('apology');
    expect(compact(text)).toContain(compact(sampleApology().reason));
    expect(compact(text)).toContain(compact('16 giờ 30 phút, ngày 22 tháng 12 năm 2026'));
    expect(compact(text)).toContain(
      compact('hẹn lại thời gian trả kết quả giải quyết hồ sơ vào 16 giờ 00 phút, ngày 29 tháng 12 năm 2026'),
    );
    expect(text).toContain('Tây Ninh, ngày 18 tháng 12 năm 2026');
  });

  it('uses the TT 03/2025 wording when asked', () => {
    const { text, info } = doc('apology2025');
    expect(compact(text)).toContain(compact('đề nghị Ông/Bà đồng ý gia hạn thời gian giải quyết hồ sơ đến'));
    expect(info['Subject']).toContain('03/2025');
  });
});

describe('tracking sheet', () => {
  it('has the four columns, every hand-off with its times and results, and blank rows', () => {
    const { text, layoutText } = doc('tracking');
    for (const column of ['TÊN CƠ QUAN', 'THỜI GIAN GIAO, NHẬN HỒ SƠ', 'GHI CHÚ']) expect(layoutText).toContain(column);
    expect(compact(text)).toContain(compact('KẾT QUẢ GIẢI QUYẾT HỒ SƠ'));
    expect(compact(text)).toContain(compact('1. Giao: Bộ phận tiếp nhận và trả kết quả'));
    expect(compact(text)).toContain(compact('2. Nhận: Văn phòng Đăng ký đất đai'));
    expect(compact(text)).toContain(compact('Giao: 15 giờ 00 phút, ngày 24 tháng 11 năm 2026'));
    for (const result of ['Đúng hạn', 'Trước hạn', 'Quá hạn']) expect(text).toContain(result);
    expect(text).toContain('Người giao');
    expect(text).toContain('Người nhận');
    expect(compact(text)).toContain(compact('11. Giao:'));
    expect(compact(text)).toContain(compact('…… giờ …… phút'));
  });

  it('can be printed in landscape', async () => {
    const info = await pdfInfo(await renderTrackingSheet({ ...sampleTrackingSheet(), orientation: 'landscape' }));
    expect(info['Page size']).toContain('841.89 x 595.28 pts');
  });
});
