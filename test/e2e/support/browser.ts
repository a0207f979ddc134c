import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { RoleKey } from './env';
import { e2e } from './env';

/** Without the background-networking flags Chromium keeps calling home in this closed network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  tablet: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far; every test expects none. */
  errors: string[];
  close(): Promise<void>;
}

/** Collects what would show up as an error in the browser's console. */
export function watchConsole(page: Page, errors: string[]) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught on ${page.url()}: ${err.message}`));
}

/**
 * A new browser tab signed in as `role` (from the storage state saved by the global
 * set-up), or signed out when `role` is null.
 */
export async function openTab(browser: Browser, role: RoleKey | null, viewport: keyof typeof VIEWPORTS = 'desktop'): Promise<Tab> {
  const ctx = e2e();
  const context = await browser.newContext({
    baseURL: ctx.baseUrl,
    viewport: VIEWPORTS[viewport],
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    storageState: role ? ctx.statePaths[role] : undefined,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  watchConsole(page, errors);
  return { context, page, errors, close: () => context.close() };
}

/** Saves a full-page screenshot of a main screen under test/e2e/screenshots/. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await revealAll(page);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Scrolls through the whole page and back, so charts that load on coming into view load. */
export async function revealAll(page: Page) {
  await page.evaluate(async () => {
    const x = window.scrollX;
    const y = window.scrollY;
    for (let top = 0; top < document.documentElement.scrollHeight; top += window.innerHeight / 2) {
      window.scrollTo(0, top);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    window.scrollTo(x, y);
  });
}

/** Waits until no loading indicator is left on the page (charts below the fold included). */
export async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.state-loading'), undefined, { timeout: 30_000 });
  if (await page.locator('.when-visible').count()) {
    await revealAll(page);
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.querySelector('.state-loading, .when-visible'), undefined, { timeout: 30_000 });
  }
}
