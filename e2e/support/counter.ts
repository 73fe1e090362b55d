/**
 * The desk's walk-in intake in the console ("Tiếp nhận" → "Tiếp nhận trực tiếp"): the officer types
 * what the citizen brings on paper into the e-form the console draws from the procedure's schema.
 */
import type { Locator, Page } from 'playwright-core';
import type { KhaiSinhAnswers, Person, Residence } from './citizen.ts';

/** A section of the console's e-form, named by its legend. */
function group(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('group', { name, exact: true });
}

/** Types a day into a date picker (dd/MM/yyyy) and moves on to the next field. */
async function pickDay(input: Locator, day: string): Promise<void> {
  await input.click();
  await input.fill(day);
  await input.press('Tab');
}

/** Picks an option of a searchable select the way officers do: type its name, then Enter. */
async function choose(select: Locator, option: string): Promise<void> {
  await select.click();
  await select.fill(option);
  await select.press('Enter');
}

/**
 * Picks an administrative unit by name in the console's searchable picker: the list loads from the
 * API, so the option is awaited before it is chosen (searching without diacritics, as officers do).
 */
async function pickUnit(select: Locator, search: string, name: string): Promise<void> {
  await select.click();
  await select.fill(search);
  // The visible item of the open list (the list box Ant Design keeps for screen readers is hidden).
  await select
    .page()
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${name}$`) })
    .click();
}

/** The address as officers enter it: province and commune by name, then the street. */
async function fillAddress(scope: Locator, street: string): Promise<void> {
  const where = group(scope, 'Nơi cư trú');
  await pickUnit(where.getByRole('combobox', { name: 'Tỉnh/thành phố' }), 'tay ninh', 'Tỉnh Tây Ninh');
  await pickUnit(where.getByRole('combobox', { name: 'Xã/phường/đặc khu' }), 'tan ninh', 'Phường Tân Ninh');
  await where.getByLabel('Số nhà, đường, ấp/khu phố').fill(street);
}

export type WalkInKhaiSinh = KhaiSinhAnswers & { father?: Person & { residence: Residence } };

async function fillParent(section: Locator, parent: Person & { residence: Residence }): Promise<void> {
  await section.getByLabel('Họ, chữ đệm và tên').fill(parent.fullName);
  await pickDay(section.getByLabel('Ngày, tháng, năm sinh'), parent.dateOfBirth);
  await section.getByLabel('Dân tộc').fill('Kinh');
  await section.getByLabel('Quốc tịch').fill('Việt Nam');
  await section.getByLabel('Số định danh cá nhân').fill(parent.idNumber);
  await fillAddress(section, parent.residence.street);
}

/**
 * Step "Người nộp và tờ khai" for Đăng ký khai sinh: the person at the desk (copied by the console
 * into the tờ khai's applicant block), then the tờ khai; "Có thông tin về người cha" follows
 * whether a father is given.
 */
export async function fillWalkInKhaiSinh(page: Page, answers: WalkInKhaiSinh): Promise<void> {
  const step = page.getByRole('form', { name: 'Người nộp và tờ khai' });
  const filer = group(step, 'Người nộp hồ sơ');
  await filer.getByLabel('Họ, chữ đệm và tên').fill(answers.applicant.fullName);
  await filer.getByLabel('Số điện thoại di động').fill(answers.applicant.phone);
  await filer.getByLabel('Số định danh cá nhân').fill(answers.applicant.idNumber);

  const applicant = group(step, 'Người đi đăng ký khai sinh');
  await pickDay(applicant.getByLabel('Ngày, tháng, năm sinh'), answers.applicant.dateOfBirth);
  await fillAddress(applicant, answers.applicant.residence.street);
  await choose(step.getByRole('combobox', { name: 'Quan hệ với người được khai sinh' }), answers.relationship);

  const child = group(step, 'Người được khai sinh');
  await child.getByLabel('Họ, chữ đệm và tên').fill(answers.child.fullName);
  await child.getByRole('radiogroup', { name: 'Giới tính' }).getByLabel(answers.child.sex, { exact: true }).check();
  await pickDay(child.getByLabel('Ngày, tháng, năm sinh'), answers.child.dateOfBirth);
  await child.getByRole('radiogroup', { name: 'Sinh tại' }).getByLabel('Cơ sở y tế', { exact: true }).check();
  await child.getByLabel('Nơi sinh').fill(answers.child.placeOfBirth);
  await child.getByLabel('Dân tộc').fill('Kinh');
  await child.getByLabel('Quốc tịch').fill('Việt Nam');
  await child.getByLabel('Quê quán').fill(answers.child.hometown);

  await fillParent(group(step, 'Thông tin người mẹ'), answers.mother);
  const hasFather = step.getByRole('radiogroup', { name: 'Có thông tin về người cha' });
  await hasFather.getByLabel(answers.father ? 'Có' : 'Không', { exact: true }).check();
  if (answers.father) await fillParent(group(step, 'Thông tin người cha'), answers.father);
  await step
    .getByRole('radiogroup', { name: 'Giấy tờ chứng minh việc sinh' })
    .getByLabel('Giấy chứng sinh', { exact: true })
    .check();
  await step.getByLabel('Số Giấy chứng sinh').fill(answers.birthCertificateNumber);
  await step.getByRole('spinbutton', { name: 'Số bản sao Giấy khai sinh đề nghị cấp' }).fill(String(answers.copies));
  await step.getByRole('checkbox', { name: /^Tôi cam đoan nội dung khai trên đây là đúng sự thật/ }).check();
}

/** "Tiếp nhận" in the menu, then step 1 of "Tiếp nhận trực tiếp": the procedure found by typing. */
export async function startWalkIn(page: Page, search: string, procedure: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu chính' }).getByText('Tiếp nhận', { exact: true }).click();
  await page.getByRole('heading', { name: 'Bộ phận tiếp nhận và trả kết quả', level: 1 }).waitFor();
  await chooseProcedure(page, search, procedure);
}

/** Step 1 of the walk-in wizard: types part of the procedure's name and picks it from the list. */
export async function chooseProcedure(page: Page, search: string, procedure: RegExp): Promise<void> {
  const select = page.getByRole('form', { name: 'Chọn thủ tục' }).getByRole('combobox', { name: 'Thủ tục hành chính' });
  await select.click();
  await select.fill(search);
  await page.getByRole('option', { name: procedure }).click();
}
