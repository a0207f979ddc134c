import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { RoleKey } from './env';
import { e2e } from './env';

/** Without the background-networking flags Chromium keeps calling home in this closed network. */
const CHROMIUM_ARGS = [
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

export type Viewport = keyof typeof VIEWPORTS;

/**
 * A new browser tab signed in as `role` (from the storage state saved by the global
 * set-up), or signed out when `role` is null. `options` add to (or override) the context's
 * settings, e.g. `serviceWorkers: 'block'`.
 */
export async function openTab(browser: Browser, role: RoleKey | null, viewport: Viewport = 'desktop', options: BrowserContextOptions = {}): Promise<Tab> {
  const ctx = e2e();
  const context = await browser.newContext({
    baseURL: ctx.baseUrl,
    viewport: VIEWPORTS[viewport],
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    storageState: role ? ctx.statePaths[role] : undefined,
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  watchConsole(page, errors);
  let closed: Promise<void> | undefined;
  return { context, page, errors, close: () => (closed ??= context.close()) };
}

/** The tabs of one test file; see {@link useBrowser}. */
export interface Tabs {
  /** A new tab (see {@link openTab}), closed after the test that opened it. */
  open(role: RoleKey | null, viewport?: Viewport, options?: BrowserContextOptions): Promise<Tab>;
  /** The page of a new tab. */
  page(role: RoleKey | null, viewport?: Viewport): Promise<Page>;
}

/**
 * The browser set-up of a test file, called once at its top: Chromium is launched before
 * the file's tests and closed after them; every tab opened through the returned `Tabs` is
 * closed after its test, and the test fails if any of them saw a console error or an
 * uncaught exception.
 */
export function useBrowser(): Tabs {
  let browser: Browser | undefined;
  const open: Tab[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const errors = open.flatMap((t) => t.errors);
    for (const t of open.splice(0)) await t.close();
    expect(errors).toEqual([]);
  });
  const tabs: Tabs = {
    async open(role, viewport = 'desktop', options = {}) {
      if (!browser) throw new Error('useBrowser: tabs are opened inside tests, after the browser is launched');
      const tab = await openTab(browser, role, viewport, options);
      open.push(tab);
      return tab;
    },
    async page(role, viewport = 'desktop') {
      return (await tabs.open(role, viewport)).page;
    },
  };
  return tabs;
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
