/**
 * Chromium for the journeys: Debian's `chromium` driven by playwright-core (which never downloads
 * a browser of its own), a phone context for citizens and a desktop one for officers, and the
 * screenshots each step leaves under `e2e/artifacts/`.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps knocking on a closed network. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** `CHROMIUM_PATH` when set, else Debian's package (what `.ci/run` installs). */
export function chromiumPath(): string {
  const configured = process.env['CHROMIUM_PATH']?.trim();
  const executable = configured !== undefined && configured !== '' ? configured : DEFAULT_CHROMIUM;
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium not found at ${executable}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return executable;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

/** How long a locator waits for what the user should see: far above any healthy step here. */
const STEP_WAIT_MS = 10_000;

/** A citizen's phone: 360 × 740 CSS pixels, touch, Vietnamese. */
export async function phoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(STEP_WAIT_MS);
  return context;
}

/** An officer's desk computer. */
export async function desktopContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1366, height: 860 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(STEP_WAIT_MS);
  return context;
}

export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

export interface ScreenshotOptions {
  /** Scrolled into view first. */
  show?: Locator;
  /**
   * The whole page rather than the screen. Only for pages that scroll the document (the console):
   * zmp-ui pages scroll inside their own frame, so theirs would be mostly blank.
   */
  fullPage?: boolean;
}

/** Saves what the user sees as `e2e/artifacts/<name>.png`. */
export async function screenshot(page: Page, name: string, options: ScreenshotOptions = {}): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  if (options.show) await options.show.scrollIntoViewIfNeeded();
  await page.screenshot({ path: file, fullPage: options.fullPage === true, animations: 'disabled' });
  return file;
}

/** Empties `e2e/artifacts/` so that a run's screenshots are that run's only. */
export function clearArtifacts(): void {
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(artifactsDir, { recursive: true });
}
