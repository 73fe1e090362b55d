/**
 * Journey 1: a mother files Đăng ký khai sinh (1.001193) from her phone with two photos, the desk
 * accepts it, the processor asks for one more document, she sends it from the tracking page, the
 * dossier is appraised, signed and completed, the desk hands the result over, and she rates it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { expectAccessible } from '../support/a11y.ts';
import { desktopContext, launchChromium, phoneContext, screenshot } from '../support/browser.ts';
import {
  daysAgo,
  fact,
  fillKhaiSinhForm,
  pickFile,
  refreshUntilStatus,
  shownText,
  timelineEntries,
  type Residence,
} from '../support/citizen.ts';
import {
  actionGroup,
  confirmAction,
  demoOfficers,
  dialogReady,
  historyEntries,
  openDossier,
  openFromInbox,
  signIn,
  takeAction,
} from '../support/console.ts';
import { writeDocumentPhotos, type DocumentPhotos } from '../support/files.ts';
import { journey, slug } from '../support/journey.ts';
import { lineCount, sidewaysOverflow } from '../support/layout.ts';

const residence: Residence = {
  province: 'Tỉnh Tây Ninh',
  commune: 'Phường Tân Ninh',
  street: '45 đường Trưng Nữ Vương, khu phố 2',
};
const mother = { fullName: 'Trần Thị Mỹ Linh', idNumber: '072195001234', dateOfBirth: '12/04/1995' };
const supplementItem = 'Ảnh chụp hai mặt thẻ căn cước của người đi đăng ký khai sinh';
const DOSSIER_CODE = /^000\.20\.01\.H53-\d{6}-\d{4}$/;

describe('Journey 1: filing Đăng ký khai sinh online, from search to rating', () => {
  let browser: Browser;
  let phone: BrowserContext;
  let citizen: Page;
  const desks = new Map<string, Page>();
  let photos: DocumentPhotos;
  let code = '';

  /** An officer at their own desk computer, signed in once. */
  async function officer(username: string): Promise<Page> {
    const open = desks.get(username);
    if (open) return open;
    const context = await desktopContext(browser, inject('e2eBaseUrl'));
    const page = await context.newPage();
    await signIn(page, username);
    desks.set(username, page);
    return page;
  }

  beforeAll(async () => {
    photos = await writeDocumentPhotos([
      'giay-chung-sinh-trang-1.jpg',
      'giay-chung-sinh-trang-2.jpg',
      'can-cuoc-hai-mat.jpg',
    ]);
    browser = await launchChromium();
    phone = await phoneContext(browser, inject('e2eBaseUrl'));
    citizen = await phone.newPage();
  });

  afterAll(async () => {
    await browser.close();
    await photos.remove();
  });

  /** The phone screen fits 360 px: nothing past the edge, no sideways scrolling. */
  async function expectFitsPhone(screen: string): Promise<void> {
    expect.soft(await sidewaysOverflow(citizen), `${screen} fits a 360 px screen`).toEqual([]);
  }

  /** The dossier code shown under `term` stays on one line. */
  async function expectCodeOnOneLine(screen: string): Promise<void> {
    const shown = fact(citizen, 'Mã hồ sơ').locator('.dossier-code');
    expect.soft(await lineCount(shown), `the dossier code on ${screen} is on one line`).toBe(1);
  }

  const step = journey(async (name) => {
    await screenshot(citizen, `j1-failed-${slug(name)}-citizen`);
    for (const [username, page] of desks) {
      await screenshot(page, `j1-failed-${slug(name)}-${slug(username)}`, { fullPage: true });
    }
  });

  step('the citizen finds Đăng ký khai sinh by typing “khai sinh”', async () => {
    await citizen.goto('/');
    await citizen.getByLabel('Tìm thủ tục').waitFor();
    await expectAccessible(citizen, 'the home screen');
    await citizen.getByLabel('Tìm thủ tục').fill('khai sinh');
    const result = citizen.getByRole('button', { name: /^Thủ tục đăng ký khai sinh\b/ });
    await result.waitFor();
    await citizen.getByText(/^Tìm thấy \d+ thủ tục$/).waitFor();
    await screenshot(citizen, 'j1-01-search');
    await expectAccessible(citizen, 'the search results');

    await result.click();
    await citizen.getByRole('heading', { level: 1, name: 'Thủ tục đăng ký khai sinh' }).waitFor();
    expect(await fact(citizen, 'Phí, lệ phí').first().innerText()).toContain('Miễn phí');
    await expectAccessible(citizen, 'the procedure detail');
    await expectFitsPhone('the procedure detail');
    await screenshot(citizen, 'j1-02-procedure', {
      show: citizen.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }),
    });
  });

  step('she starts filing and fills the tờ khai on her phone', async () => {
    await citizen.getByRole('button', { name: 'Nộp hồ sơ trực tuyến', exact: true }).click();
    await citizen.getByRole('heading', { name: 'Bước 1/5 Trường hợp' }).waitFor();
    await citizen.getByLabel('Khai sinh cho trẻ em (trường hợp thông thường)').check();
    await screenshot(citizen, 'j1-03-case');
    await expectAccessible(citizen, 'the case step');
    await citizen.getByRole('button', { name: 'Tiếp tục', exact: true }).click();

    await citizen.getByRole('heading', { name: 'Bước 2/5 Tờ khai' }).waitFor();
    await fillKhaiSinhForm(citizen, {
      applicant: { ...mother, phone: '0918123456', residence },
      relationship: 'Mẹ',
      child: {
        fullName: 'Nguyễn Trần Bảo An',
        sex: 'Nữ',
        dateOfBirth: daysAgo(12),
        placeOfBirth: 'Bệnh viện Đa khoa tỉnh Tây Ninh, Phường Tân Ninh, tỉnh Tây Ninh',
        hometown: 'Phường Tân Ninh, tỉnh Tây Ninh',
      },
      mother: { ...mother, residence },
      birthCertificateNumber: '1256/2026',
      copies: 1,
    });
    await screenshot(citizen, 'j1-04-form', { show: citizen.getByLabel(/^Tôi cam đoan/) });
    await expectAccessible(citizen, 'the e-form');
    await expectFitsPhone('the e-form');
    await citizen.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
    await citizen.getByRole('heading', { name: 'Bước 3/5 Giấy tờ đính kèm' }).waitFor();
  });

  step('she attaches two photos of the birth certificate', async () => {
    const card = citizen.getByRole('region', { name: /^Giấy chứng sinh/ });
    await pickFile(citizen, card.getByRole('button', { name: 'Chọn ảnh hoặc PDF' }), photos.files[0] ?? '');
    await card.getByRole('listitem', { name: /^Trang 1 của Giấy chứng sinh/ }).waitFor();
    await pickFile(citizen, card.getByRole('button', { name: 'Chọn ảnh hoặc PDF' }), photos.files[1] ?? '');
    await card.getByRole('listitem', { name: /^Trang 2 của Giấy chứng sinh/ }).waitFor();
    // Both photos passed the upload's photo check: none of its warnings (too small, blurred, too
    // dark, washed out, blank). The document reading that follows a few seconds later may add
    // "not the document asked for": these generated pages are rectangles, not letters, so it finds
    // no words; when it lands depends on the machine's load, so it is not asserted here.
    expect(await card.getByText(/^Ảnh (quá nhỏ|bị mờ|quá tối|bị lóa|gần như trống)\./).count()).toBe(0);
    await screenshot(citizen, 'j1-05-photos');
    // Filing for herself, the authorisation letter is not required of her.
    const letter = citizen.getByRole('region', { name: /^Văn bản ủy quyền/ });
    expect(await letter.getByText('Bắt buộc', { exact: true }).count()).toBe(0);
    await expectAccessible(citizen, 'the documents step');
    await citizen.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  });

  step('she reviews everything and submits; the receipt shows the dossier code', async () => {
    await citizen.getByRole('heading', { name: 'Bước 4/5 Người nộp hồ sơ' }).waitFor();
    const applicant = citizen.getByRole('group', { name: /^Người có yêu cầu/ });
    expect(await applicant.getByLabel('Họ và tên').inputValue()).toBe(mother.fullName);
    expect(await applicant.getByLabel('Số điện thoại di động').inputValue()).toBe('0918123456');
    // "Nơi nộp hồ sơ": every unit's whole name is readable on a 360 px phone.
    const units = citizen.getByRole('group', { name: 'Nơi nộp hồ sơ' });
    const firstUnit = units.getByRole('radio', { name: /^Trung tâm Phục vụ hành chính công/ }).first();
    expect(await firstUnit.isChecked()).toBe(true);
    await screenshot(citizen, 'j1-06-contact', { show: units });
    await expectFitsPhone('the contact step');
    await expectAccessible(citizen, 'the contact step');
    await citizen.getByRole('button', { name: 'Tiếp tục', exact: true }).click();

    await citizen.getByRole('heading', { name: 'Bước 5/5 Kiểm tra và nộp' }).waitFor();
    const documents = citizen.getByRole('region', { name: 'Giấy tờ đính kèm' });
    expect(
      await documents
        .getByRole('listitem')
        .filter({ hasText: /^Giấy chứng sinh/ })
        .innerText(),
    ).toContain('2 tệp');
    await citizen.getByText('Thông báo về hồ sơ sẽ được gửi tới số 0918123456.').waitFor();
    await screenshot(citizen, 'j1-07-review');
    await expectAccessible(citizen, 'the review step');
    await citizen.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();

    await citizen.getByRole('heading', { level: 1, name: 'Giấy tiếp nhận hồ sơ' }).waitFor();
    await citizen.getByRole('status').filter({ hasText: 'Đã nộp hồ sơ thành công.' }).waitFor();
    code = (await fact(citizen, 'Mã hồ sơ').innerText()).trim();
    expect(code).toMatch(DOSSIER_CODE);
    expect(await fact(citizen, 'Mã tra cứu').innerText()).toMatch(/^[0-9A-Z]{6,}$/);
    expect(await fact(citizen, 'Trạng thái').innerText()).toBe('Mới đăng ký');
    await screenshot(citizen, 'j1-08-receipt');
    await expectCodeOnOneLine('the receipt');
    await expectFitsPhone('the receipt');
    await expectAccessible(citizen, 'the receipt');
  });

  step('the intake officer of the commune centre finds it in the inbox and accepts it', async () => {
    const desk = await officer(demoOfficers.intake);
    await desk.getByText(/Cán bộ tiếp nhận — Trung tâm Phục vụ hành chính công phường Tân Ninh/).waitFor();
    await screenshot(desk, 'j1-09-inbox');
    await expectAccessible(desk, 'the console inbox');
    await openFromInbox(desk, code);
    await desk.getByRole('rowheader', { name: 'Kênh nộp' }).waitFor();
    const documents = desk.getByRole('list', { name: 'Thành phần hồ sơ đã nộp' }).getByRole('listitem');
    expect(await documents.count()).toBe(2);
    await screenshot(desk, 'j1-10-dossier', { fullPage: true });
    await expectAccessible(desk, 'the console dossier view');

    await takeAction(desk, 'Tiếp nhận hồ sơ', { status: 'Được tiếp nhận' });
    await desk.getByRole('link', { name: 'Xem Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả' }).waitFor();
    await screenshot(desk, 'j1-11-accepted');
  });

  step('her tracking page shows “Được tiếp nhận”, the timeline and the due date', async () => {
    await citizen.getByRole('button', { name: 'Theo dõi hồ sơ', exact: true }).click();
    await refreshUntilStatus(citizen, 'Được tiếp nhận');
    expect(await fact(citizen, 'Mã hồ sơ').innerText()).toBe(code);
    expect(await fact(citizen, 'Ngày hẹn trả kết quả').innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const timeline = await timelineEntries(citizen);
    expect(timeline[0]).toContain('Được tiếp nhận');
    expect(timeline.at(-1)).toContain('Mới đăng ký');
    await screenshot(citizen, 'j1-12-tracking-accepted');
    await expectCodeOnOneLine('the tracking page');
    await expectFitsPhone('the tracking page');
    await expectAccessible(citizen, 'the tracking page');
    // One format for every date (dd/MM/yyyy) and every date with its time (HH:mm dd/MM/yyyy).
    const dated = await citizen.getByRole('definition').allInnerTexts();
    const dates = dated
      .map((text) => text.trim())
      .filter((text) => /(^|\s)\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(\s|$)/.test(text));
    expect(dates.length).toBeGreaterThanOrEqual(3);
    for (const date of dates) expect(date).toMatch(/^(\d{2}:\d{2} )?\d{2}\/\d{2}\/\d{4}$/);
    for (const entry of timeline) expect(entry).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4} /);
  });

  step('the processor starts appraisal and asks for one more document', async () => {
    const desk = await officer(demoOfficers.processor);
    await openFromInbox(desk, code);
    await takeAction(desk, 'Bắt đầu xử lý');
    await actionGroup(desk).getByRole('button', { name: 'Yêu cầu bổ sung, hoàn thiện hồ sơ' }).waitFor();
    await takeAction(desk, 'Yêu cầu bổ sung, hoàn thiện hồ sơ', {
      status: 'Yêu cầu bổ sung giấy tờ',
      fill: async (dialog) => {
        const other = dialog.getByRole('combobox', { name: 'Nội dung cần bổ sung khác' });
        await other.fill(supplementItem);
        await other.press('Enter');
        await dialog
          .getByLabel('Lý do và hướng dẫn bổ sung (in trên Mẫu 02)')
          .fill('Cần đối chiếu thông tin người đi đăng ký khai sinh với thẻ căn cước.');
        await screenshot(desk, 'j1-13-supplement-request');
      },
    });
    await desk.getByText('Đang chờ công dân bổ sung:').waitFor();
    await desk.getByText(supplementItem).first().waitFor();
  });

  step('she sees the request and uploads the missing document', async () => {
    await refreshUntilStatus(citizen, 'Yêu cầu bổ sung giấy tờ');
    const request = citizen.getByRole('region', { name: 'Cần bổ sung giấy tờ' });
    await request.getByRole('heading', { name: new RegExp(`^${supplementItem}`) }).waitFor();
    await screenshot(citizen, 'j1-14-supplement-requested', { show: request });
    await expectAccessible(citizen, 'the supplement request');

    const card = request.getByRole('region', { name: new RegExp(`^${supplementItem}`) });
    await pickFile(citizen, card.getByRole('button', { name: 'Chọn ảnh hoặc PDF' }), photos.files[2] ?? '');
    await card.getByRole('listitem', { name: /^Trang 1 của / }).waitFor();
    const note = request.getByLabel('Ghi chú cho cán bộ (không bắt buộc)');
    await note.fill('Em gửi ảnh hai mặt thẻ căn cước ạ.');
    // The note and the button below it keep apart (no text touching the button).
    const send = request.getByRole('button', { name: 'Gửi bổ sung', exact: true });
    const [noteBox, sendBox] = await Promise.all([note.boundingBox(), send.boundingBox()]);
    expect(sendBox && noteBox ? sendBox.y - (noteBox.y + noteBox.height) : 0).toBeGreaterThanOrEqual(12);
    await screenshot(citizen, 'j1-15-supplement-photo', { show: send });
    await send.click();
    // She is told the documents went, and the status is fetched again.
    const sent = citizen.getByRole('status').filter({ hasText: 'Đã gửi bổ sung hồ sơ.' });
    await sent.waitFor();
    await citizen.getByRole('heading', { level: 2, name: 'Đang xử lý', exact: true }).waitFor();
    await sent.getByText(/^Cán bộ sẽ kiểm tra giấy tờ bạn vừa gửi/).waitFor();
    expect(await citizen.getByRole('region', { name: 'Cần bổ sung giấy tờ' }).count()).toBe(0);
    await screenshot(citizen, 'j1-16-supplement-sent', { show: sent });
    await expectAccessible(citizen, 'the tracking page after the supplement');
  });

  step('the processor submits it for signature, the leader approves and completes it', async () => {
    const processor = await officer(demoOfficers.processor);
    await processor.reload();
    await processor.getByRole('heading', { name: `Hồ sơ ${code}`, level: 1 }).waitFor();
    const documents = processor.getByRole('list', { name: 'Thành phần hồ sơ đã nộp' }).getByRole('listitem');
    await documents.nth(2).waitFor();
    await takeAction(processor, 'Trình ký', { status: 'Đang xử lý' });

    const leader = await officer(demoOfficers.leader);
    await openFromInbox(leader, code);
    await takeAction(leader, 'Phê duyệt', { status: 'Đang xử lý' });
    await takeAction(leader, 'Hoàn thành xử lý', { status: 'Đã xử lý xong' });
    expect(await historyEntries(leader, 'Hoàn thành xử lý').innerText()).toContain('Đang xử lý → Đã xử lý xong');
    await screenshot(leader, 'j1-17-completed');
  });

  step('the desk hands the result over: originals checked, fee recorded', async () => {
    const desk = await officer(demoOfficers.intake);
    await desk.getByRole('navigation', { name: 'Menu chính' }).getByText('Tiếp nhận', { exact: true }).click();
    await desk.getByRole('tab', { name: 'Trả kết quả' }).click();
    const returns = desk.getByRole('region', { name: 'Hồ sơ đã có kết quả, chờ trả' });
    await returns.getByRole('button', { name: `Trả kết quả hồ sơ ${code}` }).click();
    const dialog = desk.getByRole('dialog', { name: 'Trả kết quả' });
    await dialog.getByText('Đối chiếu bản chính với bản sao đã nộp').waitFor();
    await dialogReady(dialog);
    await dialog.getByRole('checkbox', { name: 'Đã đối chiếu bản chính giấy tờ' }).check();
    await dialog.getByRole('spinbutton', { name: 'Phí, lệ phí thu khi trả kết quả' }).fill('8000');
    await screenshot(desk, 'j1-18-hand-over');
    await confirmAction(dialog, 'Trả kết quả', 'Đã trả kết quả');
    await returns.getByRole('link', { name: code, exact: true }).waitFor({ state: 'detached' });
    await screenshot(desk, 'j1-19-handed-over');
    expect
      .soft(await returns.getByText(/^Bạn không thể trả kết quả hồ sơ/).count(), 'no “cannot hand over” warning')
      .toBe(0);

    await openDossier(desk, code);
    expect(await historyEntries(desk, 'Trả kết quả').innerText()).toContain('Đã xử lý xong → Đã trả kết quả');
    const fee = desk.getByRole('row').filter({ has: desk.getByRole('rowheader', { name: 'Phí, lệ phí' }) });
    expect(await shownText(fee)).toContain('8.000 ₫ — đã nộp');
    await screenshot(desk, 'j1-20-returned');
  });

  step('she sees the result returned and rates it “Rất hài lòng”', async () => {
    await refreshUntilStatus(citizen, 'Đã trả kết quả');
    expect(await shownText(fact(citizen, 'Phí, lệ phí'))).toBe('8.000 ₫ · đã nộp');
    const rating = citizen.getByRole('region', { name: 'Đánh giá mức độ hài lòng' });
    await rating.getByRole('radio', { name: 'Rất hài lòng' }).check();
    await screenshot(citizen, 'j1-21-rating', { show: rating });
    await rating.getByRole('button', { name: 'Gửi đánh giá', exact: true }).click();
    await rating.getByRole('status').filter({ hasText: 'Cảm ơn bạn đã đánh giá.' }).waitFor();
    const timeline = await timelineEntries(citizen);
    expect(timeline[0]).toContain('Đã trả kết quả');
    await screenshot(citizen, 'j1-22-rated', { show: rating });
  });
});
