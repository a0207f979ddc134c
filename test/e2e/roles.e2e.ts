import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, settled, useBrowser } from './support/browser';
import { e2e } from './support/env';

const tabs = useBrowser();

const navLinks = async (page: Page) =>
  (await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link').allInnerTexts()).map((s) => s.trim());

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('administrator', () => {
  it('lands on the national overview and sees every screen', async () => {
    const { page } = await tabs.open('admin');
    await page.goto('/');
    await page.waitForURL('**/national');
    await heading(page, 'Ikhtisar nasional');
    expect(await navLinks(page)).toEqual([
      'Ikhtisar nasional',
      'Kesepakatan',
      'Rapat koordinasi',
      'Tindak lanjut',
      'Rekomendasi',
      'Kasus',
      'Lembaga',
      'Jejaring',
      'Jejak audit',
      'Impor data',
      'Pengguna',
      'Kotak keluar email',
      'Pemberitahuan',
      'Pengaturan',
    ]);
    await settled(page);
    // All 38 provinces in the table and on the tile map.
    expect(await page.getByRole('table', { name: 'Angka utama per provinsi' }).getByRole('rowheader').count()).toBe(38);
    expect(await page.getByRole('list', { name: 'Provinsi, diatur menurut letak geografis' }).getByRole('button').count()).toBe(38);
    await page.getByRole('figure', { name: /Tindak lanjut dibuka, selesai dan terlambat/ }).waitFor();
    await screenshot(page, 'national-overview');

    await page.goto('/audit');
    await heading(page, 'Jejak audit');
    await settled(page);
    expect(await page.getByRole('table', { name: 'Jejak audit' }).getByRole('row').count()).toBeGreaterThan(1);
    await screenshot(page, 'audit-trail');

    await page.goto('/agencies');
    await heading(page, 'Lembaga');
    await settled(page);
    await screenshot(page, 'agencies');
    await page.getByRole('rowheader').getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Jejaring yang diikuti' }).waitFor();

    await page.goto('/networks');
    await heading(page, 'Jejaring');
    await settled(page);
    await screenshot(page, 'networks');
    await page.getByRole('main').getByRole('listitem').getByRole('link').first().click();
    await page.getByRole('heading', { name: /^Anggota/ }).waitFor();
    await screenshot(page, 'network');
  });

  it('sorts and filters the province table and opens a province from the map', async () => {
    const { page } = await tabs.open('admin');
    await page.goto('/national');
    await settled(page);
    const table = page.getByRole('table', { name: 'Angka utama per provinsi' });
    await table.getByRole('button', { name: /Tindak lanjut terlambat/ }).click();
    expect(await table.getByRole('columnheader', { name: /Tindak lanjut terlambat/ }).getAttribute('aria-sort')).toBe('descending');
    // Column 6: province name, index, active, expiring, overdue commitments, overdue actions.
    const values = (await table.locator('tbody tr td:nth-child(6)').allInnerTexts()).map((v) => Number(v.replace(/\./g, '')));
    expect([...values].sort((a, b) => b - a)).toEqual(values);

    await page.getByLabel('Cari provinsi').fill('Jawa');
    expect(await table.getByRole('rowheader').count()).toBe(3); // Jawa Barat, Jawa Tengah, Jawa Timur
    await page.getByLabel('Cari provinsi').fill('');

    await page.getByLabel('Warnai menurut').selectOption({ label: 'Tindak lanjut terlambat' });
    await page.getByRole('heading', { name: 'Tindak lanjut terlambat per provinsi' }).waitFor();
    await page.getByRole('button', { name: /^Nusa Tenggara Barat:/ }).click();
    await page.waitForURL('**/provinces/52');
    await heading(page, 'Provinsi Nusa Tenggara Barat');
  });

  it('manages accounts: creates one and deactivates it after confirming', async () => {
    const { page } = await tabs.open('admin');
    await page.goto('/users');
    await heading(page, 'Pengguna');
    await settled(page);
    await screenshot(page, 'users');
    const email = `e2e.${Date.now()}@example.org`;
    await page.getByRole('button', { name: 'Akun baru' }).click();
    const form = page.getByRole('form', { name: 'Akun baru' });
    await form.getByLabel('Nama').fill('Uji E2E');
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Kata sandi awal').fill('kata-sandi-uji-123');
    await form.getByLabel('Peran').selectOption('OVERSIGHT');
    await form.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByText(`Akun ${email} dibuat.`).waitFor();

    await page.getByLabel('Cari nama atau email').fill(email);
    await page.getByRole('button', { name: 'Terapkan' }).click();
    const row = page.getByRole('row').filter({ hasText: email });
    const deactivate = row.getByRole('button', { name: /Nonaktifkan/ });
    const dialog = page.getByRole('alertdialog', { name: 'Nonaktifkan akun Uji E2E?' });

    // Deactivating takes a second step; cancelling changes nothing.
    await deactivate.click();
    await dialog.waitFor();
    await dialog.getByText(email).waitFor();
    await screenshot(page, 'users-deactivate-confirm');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Aktif', { exact: true }).waitFor();

    await deactivate.click();
    await dialog.getByRole('button', { name: 'Ya, nonaktifkan akun' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Nonaktif', { exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Akun Uji E2E dinonaktifkan' }).waitFor();

    // Reactivating needs no confirmation.
    await row.getByRole('button', { name: /Aktifkan kembali/ }).click();
    await row.getByText('Aktif', { exact: true }).waitFor();
    expect(await dialog.isVisible()).toBe(false);
  });
});

describe('oversight body', () => {
  it('reads every province, sees withheld case counts, and is offered no changes', async () => {
    const { page } = await tabs.open('oversight');
    await page.goto('/');
    await page.waitForURL('**/national');
    await settled(page);
    const links = await navLinks(page);
    expect(links).not.toContain('Kasus');
    expect(links).not.toContain('Pengguna');

    await page.goto('/agreements');
    await heading(page, 'Kesepakatan');
    await settled(page);
    expect(await page.getByRole('link', { name: 'Kesepakatan baru' }).count()).toBe(0);
    await page.getByRole('rowheader').getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Para pihak' }).waitFor();
    expect(await page.getByRole('link', { name: 'Ubah kesepakatan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tambah komitmen' }).count()).toBe(0);

    await page.goto('/actions');
    await settled(page);
    expect(await page.getByRole('link', { name: 'Tindak lanjut baru' }).count()).toBe(0);
    await page.getByRole('rowheader').getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Riwayat' }).waitFor();
    expect(await page.getByRole('button', { name: 'Simpan pembaruan' }).count()).toBe(0);
    await page.getByText('Anda dapat melihat tindak lanjut ini tetapi tidak mengubahnya.').waitFor();

    // Case records are not for oversight: the refusal is explained, not swallowed.
    await page.goto('/cases');
    await page.getByRole('alert').filter({ hasText: 'Tidak diizinkan' }).waitFor();
    await page.getByText(/Peran Anda \(Lembaga pengawas\)/).waitFor();
  });

  it('sees a province dashboard with aggregate case figures only', async () => {
    const { page } = await tabs.open('oversight');
    await page.goto(`/provinces/${e2e().coordinator.provinceCode}`);
    await heading(page, `Provinsi ${e2e().coordinator.provinceName}`);
    await settled(page);
    await page.getByRole('heading', { name: 'Hari sampai layanan pertama' }).waitFor();
    await page.getByText('angka gabungan dari server, tidak dihitung ulang', { exact: false }).first().waitFor();
    // The rules are explained; small case counts (1–4) are withheld from viewers outside the province.
    await page.getByText('Untuk melindungi korban, angka kasus hanya mencakup bulan penuh', { exact: false }).first().waitFor();
    const byIssue = page.getByRole('figure', { name: 'Kasus menurut isu' });
    await byIssue.getByText('Tampilkan sebagai tabel').click();
    expect(await byIssue.getByRole('table').getByText('disembunyikan', { exact: true }).count()).toBeGreaterThan(0);
    await screenshot(page, 'province-dashboard-oversight');
  });
});

describe('provincial coordinator', () => {
  it('lands on the province dashboard with figures, charts, coverage and overdue items', async () => {
    const { coordinator } = e2e();
    const { page } = await tabs.open('coordinator');
    await page.goto('/');
    await page.waitForURL(`**/provinces/${coordinator.provinceCode}`);
    await heading(page, `Provinsi ${coordinator.provinceName}`);
    await settled(page);
    for (const kpi of ['Indeks koordinasi', 'Kesepakatan berlaku', 'Tindak lanjut terlambat', 'Selesai tepat waktu', 'Kasus dilaporkan']) {
      expect(await page.getByRole('group', { name: kpi }).count(), kpi).toBe(1);
    }
    for (const chart of [
      'Status tindak lanjut dari waktu ke waktu',
      'Komitmen per lembaga menurut status',
      'Kasus menurut isu',
      'Kasus menurut hasil penanganan',
      'Hari sampai layanan pertama',
      'Penerimaan rujukan',
    ]) {
      const figure = page.getByRole('figure', { name: chart });
      await figure.waitFor();
      // Every chart offers its data as a table.
      await figure.getByText('Tampilkan sebagai tabel').click();
      expect(await figure.getByRole('table').count(), chart).toBe(1);
    }
    await page.getByRole('heading', { name: /dari 11 sektor tercakup/ }).waitFor();
    await page.getByRole('heading', { name: 'Tindak lanjut terlambat', level: 2, exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Lembaga menurut jumlah tindak lanjut terlambat' }).waitFor();
    await screenshot(page, 'province-dashboard');

    const links = await navLinks(page);
    expect(links).toContain('Kasus');
    expect(links).not.toContain('Pengguna');
  });

  it('is offered the forms of the province and reads its cases', async () => {
    const { page } = await tabs.open('coordinator');
    // Coordinators compare their province with the others too.
    await page.goto('/national');
    await heading(page, 'Ikhtisar nasional');
    await settled(page);
    expect(await page.getByRole('table', { name: 'Angka utama per provinsi' }).getByRole('rowheader').count()).toBe(38);
    await page.goto('/agreements');
    await settled(page);
    await page.getByRole('link', { name: 'Kesepakatan baru' }).waitFor();
    await screenshot(page, 'agreements');
    await page.getByRole('rowheader').getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Para pihak' }).waitFor();
    await settled(page);
    await screenshot(page, 'agreement');

    await page.goto('/meetings');
    await settled(page);
    await page.getByRole('link', { name: 'Catat rapat' }).waitFor();
    await screenshot(page, 'meetings');
    await page.getByRole('rowheader').getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Kesepakatan yang ditandatangani' }).waitFor();
    await settled(page);
    await screenshot(page, 'meeting');

    await page.goto('/cases');
    await settled(page);
    await page.getByRole('link', { name: 'Catat kasus' }).waitFor();
    await screenshot(page, 'cases');
    await page.getByRole('rowheader').getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Rujukan' }).waitFor();
    await settled(page);
    await screenshot(page, 'case');

    await page.goto('/users');
    await page.getByRole('alert').filter({ hasText: 'Tidak diizinkan' }).waitFor();
  });

  it('is usable on a tablet and a phone', async () => {
    const { coordinator } = e2e();
    for (const viewport of ['tablet', 'phone'] as const) {
      const t = await tabs.open('coordinator', viewport);
      const { page } = t;
      await page.goto(`/provinces/${coordinator.provinceCode}`);
      await settled(page);
      // Nothing but wide tables and the tile map may scroll sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, viewport).toBeLessThanOrEqual(1);
      await screenshot(page, `province-dashboard-${viewport}`);
      if (viewport === 'phone') {
        await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Tindak lanjut' }).click();
        await heading(page, 'Tindak lanjut');
        await settled(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
        await screenshot(page, 'actions-phone');
      }
      const errors = t.errors;
      await t.close();
      expect(errors).toEqual([]);
    }
  });
});

describe('network member', () => {
  it("lands on 'what needs my action', then the action items with the own agency's first", async () => {
    const { page } = await tabs.open('member');
    await page.goto('/');
    await page.waitForURL('**/home');
    await heading(page, 'Yang perlu Anda tindak lanjuti');
    await settled(page);
    expect(await page.getByRole('list', { name: 'Tindak lanjut terlambat' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Tindak lanjut' }).click();
    await page.waitForURL('**/actions');
    await heading(page, 'Tindak lanjut');
    await settled(page);
    const mine = page.getByRole('button', { name: /^Lembaga saya/ });
    expect(await mine.getAttribute('aria-pressed')).toBe('true');
    const links = await navLinks(page);
    expect(links).toContain('Ikhtisar nasional');
    expect(links).not.toContain('Jejak audit');
    expect(links).not.toContain('Pengguna');
    await screenshot(page, 'actions');

    await page.getByRole('button', { name: 'Papan status' }).click();
    await page.getByRole('heading', { name: /^Terbuka/ }).waitFor();
    await settled(page);
    await screenshot(page, 'actions-board');

    await page.goto('/agreements');
    await settled(page);
    expect(await page.getByRole('link', { name: 'Kesepakatan baru' }).count()).toBe(0);
  });

  it('reads the national overview, with case counts withheld as for oversight', async () => {
    const { member } = e2e();
    const { page } = await tabs.open('member');
    await page.goto('/actions');
    await heading(page, 'Tindak lanjut');
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Ikhtisar nasional' }).click();
    await heading(page, 'Ikhtisar nasional');
    await settled(page);
    expect(await page.getByRole('table', { name: 'Angka utama per provinsi' }).getByRole('rowheader').count()).toBe(38);
    await page.getByRole('figure', { name: /Tindak lanjut dibuka, selesai dan terlambat/ }).waitFor();
    await screenshot(page, 'national-overview-member');

    // Even in their own province a member sees small case counts withheld.
    await page.getByRole('table', { name: 'Angka utama per provinsi' }).locator(`a[href^="/provinces/${member.provinceCode}"]`).click();
    await page.waitForURL(`**/provinces/${member.provinceCode}*`);
    await settled(page);
    await page.getByRole('main').getByRole('link', { name: 'Ikhtisar nasional' }).waitFor();
    const byIssue = page.getByRole('figure', { name: 'Kasus menurut isu' });
    await byIssue.getByText('Tampilkan sebagai tabel').click();
    expect(await byIssue.getByRole('table').getByText('disembunyikan', { exact: true }).count()).toBeGreaterThan(0);
  });
});
