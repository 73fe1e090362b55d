/**
 * The Zalo simulator's chat page, which the server mounts at `/zalo-sim/` in demo mode: a person
 * plays a citizen's Zalo account (create it, follow the province's Official Account, write, tap the
 * OA's buttons, share the phone, send a photo) and reads what the OA answers, in the words the
 * page shows.
 */
import type { Locator, Page } from 'playwright-core';
import { pickFile } from './citizen.ts';

/** Where demo mode mounts the simulator's chat page (`demoSimulator()` in the server's system). */
export const SIM_CHAT_PATH = '/zalo-sim/';

/**
 * How long an answer of the OA may take: the citizen's message goes to the server as a signed
 * webhook and through the job queue, as do the notices of an officer's action. Seconds here.
 */
export const OA_ANSWER_WAIT_MS = 20_000;

export interface ZaloUser {
  name: string;
  /** As people write it: `0918…`. */
  phone: string;
}

/** Opens the chat page in a fresh browser: no Zalo user is played yet. */
export async function openSimChat(page: Page): Promise<void> {
  await page.goto(SIM_CHAT_PATH);
  await page.getByRole('heading', { level: 1, name: 'Trung tâm Phục vụ hành chính công' }).waitFor();
  await page.getByText('Chọn hoặc tạo một người dùng Zalo để bắt đầu trò chuyện.').waitFor();
}

/**
 * "Tạo người dùng mới": a Zalo account with a name and a phone that does not follow the OA yet,
 * then played on the page.
 */
export async function createZaloUser(page: Page, user: ZaloUser): Promise<void> {
  await page.getByText('Tạo người dùng mới', { exact: true }).click();
  const form = page.getByRole('region', { name: 'Người dùng Zalo' });
  await form.getByLabel('Họ và tên').fill(user.name);
  await form.getByLabel('Số điện thoại (không bắt buộc)').fill(user.phone);
  await form.getByLabel('Quan tâm Official Account ngay').uncheck();
  await form.getByRole('button', { name: 'Tạo người dùng', exact: true }).click();
  const played = form.getByLabel('Đóng vai người dùng');
  await played.locator('option:checked', { hasText: `${user.name} · ${user.phone}` }).waitFor({ state: 'attached' });
}

/** The phone-shaped conversation. */
export function conversation(page: Page): Locator {
  return page.getByRole('log', { name: 'Cuộc trò chuyện' });
}

/** The OA's messages in the conversation, oldest first. */
export function oaMessages(page: Page): Locator {
  return conversation(page)
    .getByRole('listitem')
    .filter({ hasText: /^Official Account:/ });
}

/**
 * Does `act`, then waits for the next OA message that shows `text` (one more than before) and
 * returns it. Answers and notices arrive through the job queue, so this polls up to
 * `OA_ANSWER_WAIT_MS`.
 */
export async function oaAnswer(
  page: Page,
  text: string | RegExp,
  act: () => Promise<void>,
  timeout = OA_ANSWER_WAIT_MS,
): Promise<Locator> {
  const matching = oaMessages(page).filter({ hasText: text });
  const before = await matching.count();
  await act();
  const answer = matching.nth(before);
  await answer.waitFor({ timeout });
  return answer;
}

/** Types a message and sends it; waits until the page shows it sent. */
export async function say(page: Page, text: string): Promise<void> {
  const mine = conversation(page).getByRole('listitem').filter({ hasText: /^Bạn:/ }).filter({ hasText: text });
  const before = await mine.count();
  await page.getByRole('textbox', { name: 'Tin nhắn' }).fill(text);
  await page.getByRole('button', { name: 'Gửi', exact: true }).click();
  await mine.nth(before).getByText('Đã gửi').waitFor();
}

/** A button (or link button) under an OA message. */
export function messageButton(message: Locator, title: string): Locator {
  const buttons = message.getByRole('group', { name: 'Nút của tin nhắn' });
  return buttons.getByRole('button', { name: title, exact: true }).or(buttons.getByRole('link', { name: title }));
}

/** The text of an OA message without the screen reader's "Official Account:" and the time line. */
export async function messageLines(message: Locator): Promise<string[]> {
  const text = await message.locator('.bubble__text').first().innerText();
  return text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
}

/** The link a text message carries after `label` (e.g. `Tra cứu hồ sơ:`). */
export async function linkAfter(message: Locator, label: string): Promise<string> {
  const lines = await messageLines(message);
  const line = lines.find((candidate) => candidate.startsWith(label)) ?? '';
  const href = line.slice(label.length).trim();
  await message.getByRole('link', { name: href, exact: true }).waitFor();
  return href;
}

/**
 * Answers a `request_user_info` card: "Chia sẻ thông tin" opens the form Zalo fills in from the
 * account; the person checks it and sends it. Returns the phone the form offered.
 */
export async function shareInfo(page: Page, card: Locator): Promise<string> {
  await messageButton(card, 'Chia sẻ thông tin').click();
  const form = page.getByRole('group', { name: 'Chia sẻ thông tin với Official Account' });
  const phone = await form.getByLabel('Số điện thoại').inputValue();
  await form.getByRole('button', { name: 'Gửi thông tin', exact: true }).click();
  await form.waitFor({ state: 'hidden' });
  return phone;
}

/** "Gửi kèm" → "QR biên nhận": a photo picked on the computer, sent with that caption. */
export async function sendReceiptQr(page: Page, photo: string): Promise<void> {
  const tray = page.locator('details', { has: page.getByText('Gửi kèm', { exact: true }) });
  const pick = tray.getByText('QR biên nhận', { exact: true });
  if (await pick.isHidden()) await tray.getByText('Gửi kèm', { exact: true }).click();
  const sent = conversation(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('img', { name: 'QR biên nhận' }) });
  const before = await sent.count();
  await pickFile(page, pick, photo);
  await sent.nth(before).getByText('Đã gửi').waitFor();
}
