import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, settled, useBrowser } from './support/browser';
import { apiLogin } from './support/api';
import { e2e } from './support/env';

const tabs = useBrowser();

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Horizontal overflow of the page; only wide tables may scroll, inside their own box. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

interface Hit {
  id: string;
  name: string;
  province: { code: string; name: string } | null;
}

/**
 * Active agencies to pick in the forms: one of the coordinator's province, one of another
 * province, one national; each with a name no other agency's name contains, so a search
 * for it finds it alone.
 */
async function agenciesToPick(): Promise<{ local: Hit; other: Hit; national: Hit }> {
  const { baseUrl, accounts, coordinator } = e2e();
  const api = await apiLogin(baseUrl, accounts.coordinator.email, accounts.coordinator.password);
  const fields = 'nodes { id name province { code name } }';
  const d = await api.gql<{ local: { nodes: Hit[] }; provincial: { nodes: Hit[] }; national: { nodes: Hit[] } }>(
    `query($p: String) {
      local: agencies(filter: { provinceCode: $p, active: true }, first: 20) { ${fields} }
      provincial: agencies(filter: { level: PROVINCE, active: true }, first: 100) { ${fields} }
      national: agencies(filter: { level: NATIONAL, active: true }, first: 20) { ${fields} }
    }`,
    { p: coordinator.provinceCode },
  );
  const unique = async (candidates: Hit[]) => {
    for (const a of candidates) {
      const r = await api.gql<{ agencies: { totalCount: number } }>('query($s: String) { agencies(filter: { search: $s }) { totalCount } }', { s: a.name });
      if (r.agencies.totalCount === 1) return a;
    }
    throw new Error(`No agency with a unique name among ${candidates.map((a) => a.name).join(', ')}`);
  };
  const picked = {
    local: await unique(d.local.nodes),
    other: await unique(d.provincial.nodes.filter((a) => a.province && a.province.code !== coordinator.provinceCode)),
    national: await unique(d.national.nodes),
  };
  await api.logout();
  return picked;
}

describe('a coordinator manages the agencies of their province', () => {
  it('adds one (province locked to theirs), sees the API refusal at the field, and finds it in the directory', async () => {
    const { coordinator } = e2e();
    const page = await tabs.page('coordinator');
    await page.goto('/agencies');
    await settled(page);
    await page.getByRole('link', { name: 'Tambah lembaga' }).click();
    await heading(page, 'Tambah lembaga');
    const form = page.getByRole('form', { name: 'Tambah lembaga' });

    // The province is the coordinator's, and cannot be changed; national agencies are for administrators.
    const province = form.getByLabel('Provinsi', { exact: true });
    expect(await province.inputValue()).toBe(coordinator.provinceName);
    expect(await province.getAttribute('readonly')).not.toBeNull();
    const levels = await form.getByLabel('Tingkat').locator('option').allInnerTexts();
    expect(levels).toContain('Kabupaten/kota');
    expect(levels).not.toContain('Nasional');

    // Nothing filled in: the form names the required fields without asking the API.
    await form.getByRole('button', { name: 'Simpan lembaga' }).click();
    await form.getByLabel('Nama lembaga').and(page.locator('[aria-invalid="true"]')).waitFor();

    const name = `Puskesmas Uji E2E ${Date.now()}`;
    await form.getByLabel('Nama lembaga').fill(`  ${name}  `);
    await form.getByLabel('Singkatan').fill('PKM-E2E');
    await form.getByLabel('Sektor').selectOption('HEALTH');
    await form.getByLabel('Tingkat').selectOption('REGENCY');

    // A regency agency without its regency: the API refuses, the form says so at the field.
    await form.getByRole('button', { name: 'Simpan lembaga' }).click();
    await form.getByRole('alert').filter({ hasText: 'Perbaiki isian berikut' }).waitFor();
    const regency = form.getByLabel('Kabupaten/kota');
    expect(await regency.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await regency.getAttribute('aria-describedby')) ?? '';
    const fieldError = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), describedBy);
    expect(fieldError).toContain('Wajib dipilih untuk lembaga tingkat kabupaten/kota');
    await screenshot(page, 'agency-form-error');

    await regency.selectOption({ index: 1 });
    const regencyName = (await regency.locator('option:checked').innerText()).trim();
    await form.getByRole('button', { name: 'Simpan lembaga' }).click();
    await heading(page, name);
    await page.getByRole('status').filter({ hasText: 'Lembaga ditambahkan ke direktori.' }).waitFor();
    await settled(page);
    await screenshot(page, 'agency');

    // It is in the directory, in its regency of the coordinator's province.
    await page.goto('/agencies');
    await settled(page);
    await page.getByLabel('Cari nama atau singkatan').fill(name);
    await page.getByRole('button', { name: 'Terapkan' }).click();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await row.innerText()).toContain(`${regencyName}, ${coordinator.provinceName}`);
    expect(await row.innerText()).toContain('Kesehatan');
  });

  it('edits one and deactivates it only after confirming', async () => {
    const { baseUrl, accounts, coordinator } = e2e();
    const api = await apiLogin(baseUrl, accounts.coordinator.email, accounts.coordinator.password);
    const name = `Forum Anak Uji E2E ${Date.now()}`;
    const created = await api.gql<{ createAgency: { id: string } }>('mutation($i: CreateAgencyInput!) { createAgency(input: $i) { id } }', {
      i: { name, sector: 'COMMUNITY', level: 'PROVINCE', provinceCode: coordinator.provinceCode },
    });
    await api.logout();
    const id = created.createAgency.id;

    const page = await tabs.page('coordinator');
    await page.goto(`/agencies/${id}`);
    await heading(page, name);
    await page.getByRole('link', { name: 'Ubah', exact: true }).click();
    await heading(page, `Ubah: ${name}`);
    const form = page.getByRole('form', { name: 'Ubah' });
    // Level and place are fixed after creation.
    expect(await form.getByLabel('Tingkat').count()).toBe(0);
    await form.getByText('Tingkat dan wilayah lembaga tidak dapat diubah.').waitFor();

    // A name of blanks is caught before the API is asked.
    await form.getByLabel('Nama lembaga').fill('   ');
    await form.getByRole('button', { name: 'Simpan' }).click();
    expect(await form.getByLabel('Nama lembaga').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Nama lembaga').fill(name);
    await form.getByLabel('Singkatan').fill('FA-E2E');
    await form.getByLabel('Sektor').selectOption({ label: 'Masyarakat sipil' });
    await form.getByRole('button', { name: 'Simpan' }).click();
    await heading(page, name);
    await page.getByRole('status').filter({ hasText: 'Perubahan disimpan.' }).waitFor();
    await page.getByText('FA-E2E').first().waitFor();
    await page.getByText('Masyarakat sipil').first().waitFor();

    await page.getByRole('link', { name: 'Ubah', exact: true }).click();
    await page.getByRole('heading', { name: 'Status lembaga' }).waitFor();
    const deactivate = page.getByRole('button', { name: 'Nonaktifkan lembaga' });

    // First thoughts: cancel keeps the agency active and the focus on the button.
    await deactivate.click();
    const dialog = page.getByRole('alertdialog', { name: `Nonaktifkan ${name}?` });
    await dialog.waitFor();
    await dialog.getByText('dapat diaktifkan kembali').waitFor();
    await screenshot(page, 'agency-deactivate-confirm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await deactivate.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByText('Lembaga ini aktif').waitFor();

    await deactivate.click();
    await dialog.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
    await page.getByRole('status').filter({ hasText: `${name} dinonaktifkan.` }).waitFor();
    await page.getByText('Lembaga ini nonaktif').waitFor();
    await page.getByRole('button', { name: 'Aktifkan kembali' }).waitFor();

    // Gone from the default directory list, shown when inactive ones are included.
    await page.goto(`/agencies?q=${encodeURIComponent(name)}`);
    await settled(page);
    await page.getByText('Tidak ada lembaga yang cocok.').waitFor();
    await page.getByLabel('Termasuk yang nonaktif').check();
    await page.getByRole('row').filter({ hasText: name }).getByText('Nonaktif').waitFor();
  });
});

describe('a coordinator manages a network of their province', () => {
  it('creates one with a member and adds another from elsewhere in the directory', async () => {
    const { coordinator } = e2e();
    const { local, other } = await agenciesToPick();
    const page = await tabs.page('coordinator');
    await page.goto('/networks');
    await settled(page);
    await page.getByRole('link', { name: 'Buat jejaring' }).click();
    await heading(page, 'Buat jejaring');
    const form = page.getByRole('form', { name: 'Buat jejaring' });
    const province = form.getByLabel('Provinsi', { exact: true });
    expect(await province.inputValue()).toBe(coordinator.provinceName);
    expect(await province.getAttribute('readonly')).not.toBeNull();

    const name = `Jejaring Uji E2E ${Date.now()}`;
    await form.getByLabel('Nama jejaring').fill(name);
    await form.getByLabel('Uraian').fill('Koordinasi penanganan perdagangan orang di daerah asal pekerja migran.');
    await form.getByRole('group', { name: /^Isu/ }).getByLabel('Perdagangan orang (TPPO)').check();

    // The first member, by keyboard: type, arrow down, Enter.
    const picker = form.getByRole('combobox', { name: 'Tambahkan lembaga sebagai anggota' });
    await picker.click();
    await form.getByText(`Lembaga di ${coordinator.provinceName}`).waitFor();
    await picker.fill(local.name);
    await form.getByRole('option', { name: new RegExp(`^${escape(local.name)}`) }).waitFor();
    await picker.press('ArrowDown');
    expect(await picker.getAttribute('aria-activedescendant')).toBeTruthy();
    await picker.press('Enter');
    const row = form.getByRole('group', { name: new RegExp(`^${escape(local.name)}`) });
    await row.waitFor();
    expect(await picker.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await row.getByLabel('Peran dalam jejaring').inputValue()).toBe('LEAD');
    await row.getByLabel('Bergabung').fill('2026-01-12');
    // Already chosen agencies are not offered again.
    await picker.fill(local.name);
    await form.getByRole('status').filter({ hasText: 'Tidak ada lembaga aktif yang cocok.' }).waitFor();
    await picker.fill('');
    await picker.press('Escape');
    expect(await picker.getAttribute('aria-expanded')).toBe('false');
    await screenshot(page, 'network-form');

    await form.getByRole('button', { name: 'Simpan jejaring' }).click();
    await heading(page, name);
    await page.getByRole('status').filter({ hasText: 'Jejaring dibuat.' }).waitFor();
    await page.getByRole('heading', { name: 'Anggota (1)' }).waitFor();
    const members = page.getByRole('table', { name: /^Anggota/ });
    expect(await members.getByRole('row').filter({ hasText: local.name }).innerText()).toContain('Pemimpin');

    // Another member from another province, found by searching the whole directory.
    await page.getByRole('button', { name: 'Tambah anggota' }).click();
    const add = page.getByRole('form', { name: 'Tambah anggota' });
    const agency = add.getByRole('combobox', { name: 'Lembaga' });
    expect(await agency.evaluate((el) => el === document.activeElement)).toBe(true);
    await agency.fill(other.name);
    await add.getByRole('option', { name: new RegExp(`^${escape(other.name)}`) }).click();
    // Chosen: shown with its place, and the focus moves on to "Change".
    const chosen = add.getByRole('group', { name: 'Lembaga' });
    const changeAgency = chosen.getByRole('button', { name: /^Ganti/ });
    await changeAgency.waitFor();
    expect(await changeAgency.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await chosen.innerText()).toContain(other.province!.name);
    await add.getByLabel('Peran dalam jejaring').selectOption({ label: 'Pengamat' });
    await add.getByLabel('Bergabung').fill('2026-02-03');
    await screenshot(page, 'network-add-member');
    await add.getByRole('button', { name: 'Simpan anggota' }).click();
    await page.getByRole('status').filter({ hasText: 'ditambahkan sebagai Pengamat.' }).waitFor();
    await page.getByRole('heading', { name: 'Anggota (2)' }).waitFor();
    const added = members.getByRole('row').filter({ hasText: other.name });
    expect(await added.innerText()).toContain('Pengamat');
    expect(await added.innerText()).toContain(other.province!.name);

    // The same mutation changes the role of a member.
    await added.getByRole('button', { name: /^Ubah peran/ }).click();
    const change = page.getByRole('form', { name: /^Ubah peran/ });
    await change.getByLabel('Peran dalam jejaring').selectOption({ label: 'Anggota' });
    await change.getByRole('button', { name: 'Simpan peran' }).click();
    await page.getByRole('status').filter({ hasText: 'sekarang Anggota.' }).waitFor();
    expect(await added.innerText()).toContain('Anggota');
    await page.getByRole('heading', { name: 'Anggota (2)' }).waitFor();
    await settled(page);
    await screenshot(page, 'network-managed');

    await page.goto('/networks');
    await settled(page);
    await page.getByRole('listitem').filter({ hasText: name }).getByText('2 anggota').waitFor();
  });
});

describe('who is offered directory changes', () => {
  it('a member sees no add or edit buttons, and the forms explain the refusal', async () => {
    const { member } = e2e();
    const page = await tabs.page('member');
    await page.goto('/agencies');
    await heading(page, 'Lembaga');
    await settled(page);
    expect(await page.getByRole('link', { name: 'Tambah lembaga' }).count()).toBe(0);

    await page.goto(`/agencies/${member.agencyId}`);
    await heading(page, member.agencyName);
    await settled(page);
    expect(await page.getByRole('link', { name: 'Ubah', exact: true }).count()).toBe(0);

    await page.goto('/networks');
    await heading(page, 'Jejaring');
    await settled(page);
    expect(await page.getByRole('link', { name: 'Buat jejaring' }).count()).toBe(0);
    await page.getByRole('main').getByRole('listitem').getByRole('link').first().click();
    await page.getByRole('heading', { name: /^Anggota/ }).waitFor();
    await settled(page);
    expect(await page.getByRole('button', { name: 'Tambah anggota' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ubah peran/ }).count()).toBe(0);

    for (const path of ['/agencies/new', `/agencies/${member.agencyId}/edit`, '/networks/new']) {
      await page.goto(path);
      await page.getByRole('alert').filter({ hasText: 'Tidak diizinkan' }).waitFor();
      await page.getByText(/Peran Anda \(Anggota jejaring\)/).waitFor();
      expect(await page.getByRole('form').count(), path).toBe(0);
    }
  });

  it("a coordinator is offered no changes to national bodies or other provinces' networks", async () => {
    const { coordinator } = e2e();
    const { national, other } = await agenciesToPick();
    const page = await tabs.page('coordinator');
    await page.goto(`/agencies/${national.id}`);
    await heading(page, national.name);
    await settled(page);
    expect(await page.getByRole('link', { name: 'Ubah', exact: true }).count()).toBe(0);

    await page.goto(`/networks?province=${other.province!.code}`);
    await settled(page);
    const first = page.getByRole('main').getByRole('listitem').getByRole('link').first();
    if ((await first.count()) > 0) {
      await first.click();
      await page.getByRole('heading', { name: /^Anggota/ }).waitFor();
      await settled(page);
      expect(await page.getByRole('button', { name: 'Tambah anggota' }).count()).toBe(0);
    }

    // Their own province's network: offered.
    await page.goto(`/networks?province=${coordinator.provinceCode}`);
    await settled(page);
    await page.getByRole('main').getByRole('listitem').getByRole('link').first().click();
    await page.getByRole('button', { name: 'Tambah anggota' }).waitFor();
  });
});

describe('the directory forms', () => {
  it('fit a tablet and a phone', async () => {
    const { local } = await agenciesToPick();
    for (const viewport of ['tablet', 'phone'] as const) {
      const page = await tabs.page('coordinator', viewport);
      await page.goto('/agencies/new');
      const form = page.getByRole('form', { name: 'Tambah lembaga' });
      await form.getByLabel('Tingkat').selectOption('REGENCY');
      await settled(page);
      expect(await overflow(page), `agency form, ${viewport}`).toBeLessThanOrEqual(1);
      await screenshot(page, `agency-form-${viewport}`);

      await page.goto('/networks/new');
      const net = page.getByRole('form', { name: 'Buat jejaring' });
      const picker = net.getByRole('combobox', { name: 'Tambahkan lembaga sebagai anggota' });
      await picker.fill(local.name);
      await net.getByRole('option', { name: new RegExp(`^${escape(local.name)}`) }).click();
      await net.getByRole('group', { name: new RegExp(`^${escape(local.name)}`) }).waitFor();
      // The list of choices opens under the box and stays inside the screen.
      await picker.click();
      await net.getByRole('listbox').getByRole('option').first().waitFor();
      await settled(page);
      expect(await overflow(page), `network form, ${viewport}`).toBeLessThanOrEqual(1);
      const box = await net.getByRole('listbox').boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= page.viewportSize()!.width).toBe(true);
      await screenshot(page, `network-form-${viewport}`);
    }
  });
});
