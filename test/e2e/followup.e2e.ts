import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, settled, useBrowser } from './support/browser';

const tabs = useBrowser();

/** The bell's unread count, read from its accessible name ("Pemberitahuan, 12 belum dibaca"). */
async function bellCount(page: Page): Promise<number> {
  const bell = page.getByRole('banner').getByRole('link', { name: /^Pemberitahuan/ });
  await bell.waitFor();
  const name = (await bell.getAttribute('aria-label')) ?? '';
  const m = /(\d[\d.]*) belum dibaca/.exec(name);
  return m ? Number(m[1].replace(/\./g, '')) : 0;
}

describe('follow-up notifications', () => {
  it('shows the member the unread count in the bell and the inbox in words, and marks one read', async () => {
    const { page } = await tabs.open('member');
    await page.goto('/actions');
    await settled(page);
    // The demo start runs the day's sweep: the member's agency has overdue items, so the inbox is not empty.
    await expect.poll(() => bellCount(page)).toBeGreaterThan(0);
    const before = await bellCount(page);

    await page.getByRole('banner').getByRole('link', { name: /^Pemberitahuan/ }).click();
    await page.waitForURL('**/notifications');
    await page.getByRole('heading', { level: 1, name: 'Pemberitahuan' }).waitFor();
    await settled(page);
    const items = page.locator('.inbox-item');
    expect(await items.count()).toBeGreaterThan(0);
    // In words, in Bahasa Indonesia, with a link to the record.
    const firstText = (await items.first().innerText()).trim();
    expect(firstText).toMatch(/Terlambat|Tenggat|Tindak lanjut baru|Rujukan|Komitmen|Kesepakatan/);
    expect(await items.first().getByRole('link').count()).toBe(1);
    await screenshot(page, 'inbox');

    await items.first().getByRole('button', { name: 'Tandai sudah dibaca' }).click();
    await expect.poll(() => bellCount(page)).toBe(before - 1);

    // "All" still lists the one just read; "unread" no longer does.
    await page.getByRole('button', { name: 'Semua', exact: true }).click();
    await settled(page);
    expect(await page.locator('.inbox-item').count()).toBeGreaterThan(0);
  });

  it('opens the record from the inbox', async () => {
    const { page } = await tabs.open('coordinator');
    await page.goto('/notifications?show=all');
    await settled(page);
    const link = page.locator('.inbox-item').first().getByRole('link');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/(actions|agreements|cases|recommendations)\//);
    await link.click();
    await page.waitForURL(`**${href}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('lets a user choose how and in which language e-mails come, and keeps the choice', async () => {
    const { page } = await tabs.open('coordinator');
    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'Pengaturan pemberitahuan' }).waitFor();
    await settled(page);
    // Defaults: daily digests in Bahasa Indonesia.
    expect(await page.getByRole('radio', { name: /^Harian/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Bahasa Indonesia' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: /^Mingguan/ }).check();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await page.getByRole('status').filter({ hasText: 'Pengaturan disimpan.' }).waitFor();
    await screenshot(page, 'settings');

    await page.reload();
    await settled(page);
    expect(await page.getByRole('radio', { name: /^Mingguan/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    // Back to the defaults, so other tests see the demo as it was.
    await page.getByRole('radio', { name: /^Harian/ }).check();
    await page.getByRole('radio', { name: 'Bahasa Indonesia' }).check();
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await page.getByRole('status').filter({ hasText: 'Pengaturan disimpan.' }).waitFor();
  });

  it('shows the administrator the outbox with the digests the demo sweep queued', async () => {
    const { page } = await tabs.open('admin');
    await page.goto('/outbox');
    await page.getByRole('heading', { level: 1, name: 'Kotak keluar email' }).waitFor();
    await settled(page);
    const rows = page.getByRole('table', { name: 'Kotak keluar email' }).getByRole('row');
    expect(await rows.count()).toBeGreaterThan(1);
    // Without SMTP_URL nothing is sent: the e-mails wait as "not sent".
    expect(await page.getByRole('cell', { name: /Tidak dikirim/ }).count()).toBeGreaterThan(0);
    await screenshot(page, 'outbox');
  });

  it('hides the outbox from everyone but the administrator', async () => {
    const { page } = await tabs.open('member');
    await page.goto('/actions');
    await settled(page);
    const links = (await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link').allInnerTexts()).map((s) => s.trim());
    expect(links).toContain('Pemberitahuan');
    expect(links).not.toContain('Kotak keluar email');
  });
});
