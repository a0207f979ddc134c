import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, settled, useBrowser } from './support/browser';
import { apiLogin } from './support/api';
import { e2e } from './support/env';

const tabs = useBrowser();

/** The figure on a KPI card of the province dashboard, as a number. */
async function kpi(page: Page, label: string): Promise<number> {
  const text = await page.getByRole('group', { name: label }).locator('.kpi-value').innerText();
  return Number(text.replace(/\./g, '').replace(',', '.').trim());
}

describe('a member completes an overdue action item', () => {
  it("and the province's overdue count drops", async () => {
    const { member } = e2e();
    const admin = await tabs.page('admin');
    await admin.goto(`/provinces/${member.provinceCode}`);
    await settled(admin);
    const before = await kpi(admin, 'Tindak lanjut terlambat');
    expect(before).toBeGreaterThan(0);

    const page = await tabs.page('member');
    await page.goto('/actions');
    await settled(page);
    await page.getByLabel('Hanya yang terlambat').check();
    await settled(page);
    const first = page.getByRole('table', { name: 'Tindak lanjut' }).getByRole('row').nth(1);
    expect(await first.innerText()).toMatch(/terlambat \d+ hari/);
    await first.getByRole('link').click();
    await page.getByRole('heading', { name: 'Perbarui status' }).waitFor();
    await screenshot(page, 'action-item');

    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Selesai' });
    await page.getByLabel('Tanggal selesai').waitFor();
    await page.getByLabel('Catatan').fill('Selesai dikerjakan; laporan dikirim ke koordinator.');
    await page.getByRole('button', { name: 'Simpan pembaruan' }).click();
    await page.getByRole('status').filter({ hasText: 'Perubahan disimpan.' }).waitFor();
    await page.getByRole('heading', { name: 'Riwayat' }).waitFor();
    await page.getByText('Selesai dikerjakan; laporan dikirim ke koordinator.').waitFor();
    expect(await page.getByText(/Status: .* → Selesai/).count()).toBeGreaterThan(0);

    await admin.reload();
    await settled(admin);
    expect(await kpi(admin, 'Tindak lanjut terlambat')).toBe(before - 1);
  });
});

describe('a coordinator creates an agreement with a commitment', () => {
  it('shows the API refusal next to the field, then saves', async () => {
    const page = await tabs.page('coordinator');
    await page.goto('/agreements');
    await page.getByRole('link', { name: 'Kesepakatan baru' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kesepakatan baru' }).waitFor();
    const form = page.getByRole('form', { name: 'Kesepakatan baru' });
    const title = `Kesepakatan uji E2E ${Date.now()}`;

    // Nothing filled in: the form says which fields are needed.
    await form.getByRole('button', { name: 'Simpan kesepakatan' }).click();
    await form.getByText('Wajib diisi').first().waitFor();

    await form.getByLabel('Judul').fill(title);
    await form.getByLabel('Jenis').selectOption('MOU');
    await form.getByRole('group', { name: /^Isu/ }).getByLabel('Perkawinan anak').check();
    const parties = form.getByRole('group', { name: /^Para pihak/ });
    await parties.getByRole('checkbox').first().waitFor();
    await parties.getByRole('checkbox').nth(0).check();
    await form.getByLabel('Ditandatangani').fill('2026-01-15');
    await form.getByLabel('Berakhir').fill('2028-01-14');

    // One party only: the API refuses with BAD_USER_INPUT and the form shows it at the field.
    await form.getByRole('button', { name: 'Simpan kesepakatan' }).click();
    await form.getByRole('alert').filter({ hasText: 'Perbaiki isian berikut' }).waitFor();
    await parties.getByText('Pilih paling sedikit dua lembaga yang berbeda').waitFor();
    expect(await parties.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'agreement-form-error');

    await parties.getByRole('checkbox').nth(1).check();
    await form.getByRole('button', { name: 'Simpan kesepakatan' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Kesepakatan ini belum memiliki komitmen.').waitFor();

    await page.getByRole('button', { name: 'Tambah komitmen' }).click();
    const c = page.getByRole('form', { name: 'Tambah komitmen' });
    await c.getByLabel('Lembaga penanggung jawab').selectOption({ index: 1 });
    await c.getByLabel('Apa yang dijanjikan').fill('Melatih 40 hakim tentang dispensasi kawin yang berperspektif anak');
    await c.getByLabel('Indikator').fill('hakim terlatih');
    await c.getByLabel('Target').fill('40');
    await c.getByLabel('Tenggat').fill('2027-06-30');
    await c.getByRole('button', { name: 'Simpan komitmen' }).click();
    await page.getByText('Komitmen ditambahkan.').waitFor();
    await page.getByRole('article', { name: /Melatih 40 hakim/ }).waitFor();
    await page.getByText('hakim terlatih: 0 / 40').waitFor();

    // It is in the list with its progress.
    await page.goto('/agreements');
    await settled(page);
    await page.getByRole('row').filter({ hasText: title }).getByText('0 dari 1 terpenuhi').waitFor();
  });
});

describe('a stale edit', () => {
  it('shows the conflict, the current state, and lets the user re-apply', async () => {
    const { baseUrl, accounts, coordinator } = e2e();
    const api = await apiLogin(baseUrl, accounts.admin.email, accounts.admin.password);
    const list = await api.gql<{ actionItems: { nodes: { id: string; version: number; title: string }[] } }>(
      'query($p: String) { actionItems(filter: { provinceCode: $p, status: [OPEN] }, first: 1) { nodes { id version title } } }',
      { p: coordinator.provinceCode },
    );
    const item = list.actionItems.nodes[0];
    expect(item).toBeDefined();

    const page = await tabs.page('coordinator');
    await page.goto(`/actions/${item.id}`);
    await page.getByRole('heading', { name: 'Perbarui status' }).waitFor();

    // Someone else changes the item after the page was loaded.
    await api.gql('mutation($id: ID!, $v: Int!) { updateActionItem(id: $id, input: { version: $v, status: BLOCKED, note: "Menunggu anggaran (perubahan paralel)" }) { version } }', {
      id: item.id,
      v: item.version,
    });
    await api.logout();

    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Dikerjakan' });
    await page.getByLabel('Catatan').fill('Rapat persiapan sudah dijadwalkan.');
    await page.getByRole('button', { name: 'Simpan pembaruan' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Tindak lanjut ini telah diubah orang lain' });
    await notice.waitFor();
    // The page now shows the current state, including the other person's note.
    await page.getByText('Menunggu anggaran (perubahan paralel)').waitFor();
    await notice.getByText(/Status: Dikerjakan/).waitFor();
    await screenshot(page, 'action-item-conflict');

    await notice.getByRole('button', { name: 'Terapkan ulang perubahan saya' }).click();
    await page.getByRole('status').filter({ hasText: 'Perubahan disimpan.' }).waitFor();
    expect(await notice.count()).toBe(0);
    await page.getByText('Rapat persiapan sudah dijadwalkan.').waitFor();
    expect(await page.getByText('Status: Terhambat → Dikerjakan').count()).toBe(1);
  });
});

describe('meetings and cases', () => {
  it('a coordinator records a meeting and a follow-up action from it', async () => {
    const page = await tabs.page('coordinator');
    await page.goto('/meetings/new');
    const form = page.getByRole('form', { name: 'Catat rapat' });
    const title = `Rapat uji E2E ${Date.now()}`;
    await form.getByLabel('Judul rapat').fill(title);
    const attendees = form.getByRole('group', { name: /^Peserta/ });
    await attendees.getByRole('checkbox').first().waitFor();
    await attendees.getByRole('checkbox').nth(0).check();
    await attendees.getByRole('checkbox').nth(1).check();
    await form.getByLabel('Notulen singkat').fill('Disepakati pemetaan layanan rujukan di tiap kabupaten.');
    await form.getByRole('button', { name: 'Simpan rapat' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Belum ada tindak lanjut dari rapat ini.').waitFor();

    await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    const f = page.getByRole('form', { name: 'Tambah tindak lanjut' });
    await f.getByLabel('Judul').fill('Memetakan layanan rujukan tiap kabupaten');
    await f.getByLabel('Lembaga penanggung jawab').selectOption({ index: 1 });
    await f.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await page.getByRole('table', { name: 'Tindak lanjut' }).getByRole('link', { name: 'Memetakan layanan rujukan tiap kabupaten' }).waitFor();
    await page.getByText(/0 selesai, 1 masih berjalan/).waitFor();
  });

  it('a coordinator records a case without personal data, and a service for it', async () => {
    const page = await tabs.page('coordinator');
    await page.goto('/cases/new');
    const form = page.getByRole('form', { name: 'Catat kasus' });
    // No field for personal data exists.
    for (const label of [/nama/i, /alamat/i, /tanggal lahir/i, /NIK|nomor identitas/i, /kronologi/i]) {
      expect(await form.getByLabel(label).count()).toBe(0);
    }
    await form.getByLabel('Isu').selectOption('SEXUAL_VIOLENCE');
    await form.getByLabel('Kelompok umur korban').selectOption('CHILD_13_17');
    await form.getByLabel('Jenis kelamin korban').selectOption('FEMALE');
    await form.getByLabel('Lembaga penerima pertama').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Simpan kasus' }).click();
    await page.getByRole('heading', { level: 1, name: /^Kasus / }).waitFor();
    await page.getByText('Kasus dicatat.').waitFor();

    await page.getByRole('button', { name: 'Catat layanan' }).click();
    const s = page.getByRole('form', { name: 'Catat layanan' });
    await s.getByLabel('Lembaga pemberi layanan').selectOption({ index: 1 });
    await s.getByLabel('Jenis layanan').selectOption('PSYCHOSOCIAL');
    await s.getByRole('button', { name: 'Simpan layanan' }).click();
    await page.getByText('Layanan dicatat.').waitFor();
    await page.getByRole('table', { name: 'Layanan' }).getByText('Psikososial').waitFor();
  });
});
