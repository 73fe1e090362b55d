/**
 * What a citizen does on the phone, in the words the screen shows: the e-form of Đăng ký khai sinh
 * (1.001193), photos picked through the phone's file chooser.
 */
import type { Locator, Page } from 'playwright-core';

export interface Person {
  fullName: string;
  idNumber: string;
  /** dd/MM/yyyy, as citizens type dates. */
  dateOfBirth: string;
}

export interface Residence {
  province: string;
  commune: string;
  street: string;
}

export interface KhaiSinhAnswers {
  applicant: Person & { phone: string; residence: Residence };
  relationship: string;
  child: {
    fullName: string;
    sex: 'Nam' | 'Nữ';
    dateOfBirth: string;
    placeOfBirth: string;
    hometown: string;
  };
  mother: Person & { residence: Residence };
  birthCertificateNumber: string;
  copies: number;
}

/** A date `days` before today, as `dd/MM/yyyy` in Vietnam. */
export function daysAgo(days: number): string {
  const day = new Date(Date.now() - days * 86_400_000);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(day);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

/** A form section (a fieldset), named by its legend. */
export function section(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('group', { name: new RegExp(`^${name}`) });
}

async function fillResidence(group: Locator, residence: Residence): Promise<void> {
  const where = section(group, 'Nơi cư trú');
  await where.getByLabel('Tỉnh/thành phố').selectOption({ label: residence.province });
  const commune = where.getByLabel('Xã/phường/đặc khu');
  await commune.locator('option', { hasText: residence.commune }).waitFor({ state: 'attached' });
  await commune.selectOption({ label: residence.commune });
  await where.getByLabel('Số nhà, đường, ấp/khu phố').fill(residence.street);
}

/** Step "Tờ khai": the tờ khai đăng ký khai sinh, the father left out ("Không"). */
export async function fillKhaiSinhForm(page: Page, answers: KhaiSinhAnswers): Promise<void> {
  const applicant = section(page, 'Người đi đăng ký khai sinh');
  await applicant.getByLabel('Họ, chữ đệm và tên').fill(answers.applicant.fullName);
  await applicant.getByLabel('Số định danh cá nhân').fill(answers.applicant.idNumber);
  await applicant.getByLabel('Ngày, tháng, năm sinh').fill(answers.applicant.dateOfBirth);
  await applicant.getByLabel('Số điện thoại di động').fill(answers.applicant.phone);
  await fillResidence(applicant, answers.applicant.residence);

  await page.getByLabel('Quan hệ với người được khai sinh').selectOption({ label: answers.relationship });

  const child = section(page, 'Người được khai sinh');
  await child.getByLabel('Họ, chữ đệm và tên').fill(answers.child.fullName);
  await section(child, 'Giới tính').getByLabel(answers.child.sex, { exact: true }).check();
  await child.getByLabel('Ngày, tháng, năm sinh').fill(answers.child.dateOfBirth);
  await section(child, 'Sinh tại').getByLabel('Cơ sở y tế', { exact: true }).check();
  await child.getByLabel('Nơi sinh').fill(answers.child.placeOfBirth);
  await child.getByLabel('Dân tộc').fill('Kinh');
  await child.getByLabel('Quốc tịch').fill('Việt Nam');
  await child.getByLabel('Quê quán').fill(answers.child.hometown);

  const mother = section(page, 'Thông tin người mẹ');
  await mother.getByLabel('Họ, chữ đệm và tên').fill(answers.mother.fullName);
  await mother.getByLabel('Ngày, tháng, năm sinh').fill(answers.mother.dateOfBirth);
  await mother.getByLabel('Dân tộc').fill('Kinh');
  await mother.getByLabel('Quốc tịch').fill('Việt Nam');
  await mother.getByLabel('Số định danh cá nhân').fill(answers.mother.idNumber);
  await fillResidence(mother, answers.mother.residence);

  await section(page, 'Có thông tin về người cha').getByLabel('Không', { exact: true }).check();
  await section(page, 'Giấy tờ chứng minh việc sinh').getByLabel('Giấy chứng sinh', { exact: true }).check();
  await page.getByLabel('Số Giấy chứng sinh').fill(answers.birthCertificateNumber);
  await page.getByLabel('Số bản sao Giấy khai sinh đề nghị cấp').fill(String(answers.copies));
  await page.getByLabel(/^Tôi cam đoan nội dung khai trên đây là đúng sự thật/).check();
}

/** Picks a file in the chooser a button opens (the phone's "choose a photo"). */
export async function pickFile(page: Page, button: Locator, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(file);
}

/** The text a locator shows, with runs of white space (no-break spaces too) made one space. */
export async function shownText(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/** The value shown beside a term of a description list ("Mã hồ sơ", "Ngày hẹn trả kết quả"…). */
export function fact(scope: Page | Locator, term: string): Locator {
  return scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** "Cập nhật trạng thái", then waits until the tracking page shows `status`. */
export async function refreshUntilStatus(page: Page, status: string): Promise<void> {
  await page.getByRole('button', { name: 'Cập nhật trạng thái', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: status, exact: true }).waitFor();
}

/** The entries of "Quá trình xử lý", newest first, as the citizen reads them. */
export async function timelineEntries(page: Page): Promise<string[]> {
  const entries = page.getByRole('region', { name: 'Quá trình xử lý' }).getByRole('listitem');
  return (await entries.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}
