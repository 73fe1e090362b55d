/**
 * What an officer does in the console (`/console/`), in the words it shows: sign in with a demo
 * account, find a dossier, take a workflow action through its dialog.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The demo officers of the README (demo mode only). */
export const demoOfficers = {
  intake: 'intake@tay-ninh',
  processor: 'processor@tay-ninh',
  leader: 'leader@tay-ninh',
} as const;

export const DEMO_PASSWORD = 'motcua-demo';

/** Signs in on the console's sign-in card and waits for the inbox. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/console/');
  const form = page.getByRole('form', { name: 'Đăng nhập cán bộ' });
  await form.getByLabel('Tên đăng nhập').fill(username);
  await form.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Hồ sơ cần xử lý', level: 1 }).waitFor();
}

/** The inbox row of a dossier. */
export function inboxRow(page: Page, code: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: code, exact: true }) });
}

/** Opens a dossier from the inbox by searching its code. */
export async function openFromInbox(page: Page, code: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Tìm theo mã hồ sơ' }).fill(code);
  await page.getByRole('searchbox', { name: 'Tìm theo mã hồ sơ' }).press('Enter');
  await inboxRow(page, code).getByRole('link', { name: code, exact: true }).click();
  await page.getByRole('heading', { name: `Hồ sơ ${code}`, level: 1 }).waitFor();
}

/** Opens a dossier's page straight from its address, as a link in a notice would. */
export async function openDossier(page: Page, code: string): Promise<void> {
  await page.goto(`/console/#/applications/${encodeURIComponent(code)}`);
  await page.getByRole('heading', { name: `Hồ sơ ${code}`, level: 1 }).waitFor();
}

/** The buttons of the actions this officer may take on the open dossier. */
export function actionGroup(page: Page): Locator {
  return page.getByRole('group', { name: 'Thao tác với hồ sơ' });
}

export interface ActionOptions {
  /** Fills the action's own fields in its dialog. */
  fill?: (dialog: Locator) => Promise<void>;
  /** The status the dialog should report once the action is done. */
  status?: string;
}

/**
 * Takes a workflow action: its button, its dialog, the confirm button; then waits until the
 * dossier's history ("Quá trình xử lý") records it. The dialog should say "Đã thực hiện: <action>"
 * with the new status until the officer closes it: checked softly, so a dialog that vanishes fails
 * the step without stopping the journey.
 */
export async function takeAction(page: Page, label: string, options: ActionOptions = {}): Promise<void> {
  const recorded = historyEntries(page, label);
  const before = await recorded.count();
  await actionGroup(page).getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await dialogReady(dialog);
  await options.fill?.(dialog);
  await confirmAction(dialog, label, options.status);
  await recorded.nth(before).waitFor();
}

/**
 * Presses "Xác nhận: <action>" in an action's dialog, then checks softly that the dialog says
 * "Đã thực hiện: <action>" (and the new status) until the officer closes it with "Xong".
 */
export async function confirmAction(dialog: Locator, label: string, status?: string): Promise<void> {
  await settled(dialog);
  await dialog.getByRole('button', { name: `Xác nhận: ${label}` }).click();
  const done = dialog.getByText(`Đã thực hiện: ${label}`);
  await Promise.race([done.waitFor(), dialog.waitFor({ state: 'detached' })]);
  const confirmed = await done.isVisible();
  expect.soft(confirmed, `the dialog confirms “Đã thực hiện: ${label}”`).toBe(true);
  if (!confirmed) return;
  if (status !== undefined) {
    const reported = await dialog.getByText(status, { exact: true }).count();
    expect.soft(reported, `the dialog reports the new status “${status}”`).toBe(1);
  }
  await dialog.getByRole('button', { name: 'Xong', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Waits for a dialog to open and finish zooming in: what a step then clicks or fills in it lands
 * where it aims (a checkbox ticked during the zoom was seen to stay unticked).
 */
export async function dialogReady(dialog: Locator): Promise<void> {
  await dialog.waitFor();
  await settled(dialog);
}

/**
 * Waits for the page's finite animations (the dialog zooming in) to end. Playwright aims its click
 * where the button is when it checks it; on a busy machine the zoom can move the button before
 * the click lands, and the click then falls on the dialog's body and does nothing. Endless ones
 * (a skeleton's shimmer, a spinner) are not waited for.
 */
async function settled(dialog: Locator): Promise<void> {
  await dialog.evaluate((element) =>
    Promise.all(
      element.ownerDocument
        .getAnimations()
        .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/** The entries of the open dossier's "Quá trình xử lý" that record `action`, oldest first. */
export function historyEntries(page: Page, action: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByText(action, { exact: true }) });
}
