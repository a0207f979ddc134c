import { describe, expect, it } from 'vitest';
import { screenshot, settled, useBrowser } from './support/browser';
import { e2e } from './support/env';

/**
 * Recommendations of oversight bodies from issue to answer to implementation: the oversight
 * demo account (Komnas Perempuan) issues one to the coordinator's province, the coordinator
 * answers it (the note is required for a partial acceptance) and creates the action item that
 * implements it; the oversight account then finds it in its matrix of provinces × status.
 */
const tabs = useBrowser();

const title = `Rekomendasi uji E2E ${Date.now()}`;
let recommendationPath = '';

describe('recommendations of oversight bodies', () => {
  it('an oversight account issues a recommendation to a province for its own body', async () => {
    const { coordinator } = e2e();
    const page = await tabs.page('oversight');
    await page.goto('/recommendations?view=list');
    await settled(page);
    await page.getByRole('link', { name: 'Keluarkan rekomendasi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keluarkan rekomendasi' }).waitFor();
    const form = page.getByRole('form', { name: 'Keluarkan rekomendasi' });
    // The body is the account's own, not a choice.
    await form.getByText('Komisi Nasional Anti Kekerasan terhadap Perempuan', { exact: true }).waitFor();
    expect(await form.getByLabel('Lembaga pengawas', { exact: true }).count()).toBe(0);

    // Nothing filled in: the form says what is needed.
    await form.getByRole('button', { name: 'Keluarkan rekomendasi' }).click();
    await form.getByText('Wajib diisi').first().waitFor();

    await form.getByLabel('Judul').fill(title);
    await form.getByLabel('Isi rekomendasi').fill('Susun mekanisme rujukan korban TPPO lintas sektor, dari pintu perbatasan sampai pemulihan.');
    await form.getByLabel('Provinsi').selectOption(coordinator.provinceCode);
    await form.getByRole('group', { name: /^Isu/ }).getByLabel('Perdagangan orang (TPPO)').check();
    await screenshot(page, 'recommendation-issue');
    await form.getByRole('button', { name: 'Keluarkan rekomendasi' }).click();

    await page.getByRole('status').filter({ hasText: 'Rekomendasi dikeluarkan.' }).waitFor();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Menunggu jawaban').first().waitFor();
    recommendationPath = new URL(page.url()).pathname;
    expect(recommendationPath).toMatch(/^\/recommendations\/\d+$/);
    // Answering is not the oversight body's to do.
    expect(await page.getByRole('button', { name: 'Kirim jawaban' }).count()).toBe(0);
  });

  it("the province's coordinator answers it once, with the note a partial acceptance needs", async () => {
    const page = await tabs.page('coordinator');
    await page.goto(recommendationPath);
    await settled(page);
    const form = page.getByRole('form', { name: 'Jawab rekomendasi' });
    await form.getByLabel('Jawaban provinsi').selectOption({ label: 'Diterima sebagian' });
    await form.getByRole('button', { name: 'Kirim jawaban' }).click();
    await form.getByText('Wajib diisi untuk jawaban "dicatat" atau "diterima sebagian"').waitFor();

    await form.getByLabel('Alasan atau rencana').fill('Jalur rujukan diterima; pendanaan rumah aman dibahas dalam APBD perubahan.');
    await form.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.getByRole('status').filter({ hasText: 'Jawaban tersimpan.' }).waitFor();
    await page.getByText('Jalur rujukan diterima; pendanaan rumah aman dibahas dalam APBD perubahan.').waitFor();
    // Given once: the form is gone.
    expect(await page.getByRole('form', { name: 'Jawab rekomendasi' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Linimasa' }).waitFor();
    await page.getByText('Dijawab: Diterima sebagian').waitFor();
  });

  it('the coordinator creates the action item that implements it, linked from both sides', async () => {
    const page = await tabs.page('coordinator');
    await page.goto(recommendationPath);
    await settled(page);
    await page.getByRole('button', { name: 'Buat tindak lanjut untuk rekomendasi ini' }).click();
    const form = page.getByRole('form', { name: 'Buat tindak lanjut untuk rekomendasi ini' });
    await form.getByText(title).waitFor();
    const itemTitle = `Susun jalur rujukan ${Date.now()}`;
    await form.getByLabel('Judul').fill(itemTitle);
    await form.getByLabel('Lembaga penanggung jawab').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await page.getByRole('status').filter({ hasText: 'Tindak lanjut dibuat.' }).waitFor();

    const table = page.getByRole('table', { name: 'Pelaksanaan: tindak lanjut' });
    await table.getByRole('link', { name: itemTitle }).click();
    await page.getByRole('heading', { level: 1, name: itemTitle }).waitFor();
    await page.getByRole('link', { name: new RegExp(title) }).waitFor();
    await screenshot(page, 'recommendation-action-item');
  });

  it('the oversight account compares provinces and opens the filtered list from a count', async () => {
    const { coordinator } = e2e();
    const page = await tabs.page('oversight');
    await page.goto('/recommendations');
    await settled(page);
    const matrix = page.getByRole('table', { name: /Jumlah rekomendasi per provinsi dan status/ });
    await matrix.waitFor();
    await screenshot(page, 'recommendations-matrix');
    const row = matrix.getByRole('row', { name: new RegExp(coordinator.provinceName) });
    await row.getByRole('link', { name: new RegExp(`Diterima di ${coordinator.provinceName}`) }).click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('status')).toBe('ACCEPTED');
    await page.getByRole('link', { name: title }).waitFor();
    await screenshot(page, 'recommendations');
  });

  it("the province dashboard's card counts the province's recommendations", async () => {
    const { coordinator } = e2e();
    const page = await tabs.page('coordinator');
    await page.goto(`/provinces/${coordinator.provinceCode}`);
    await settled(page);
    const card = page.getByRole('region', { name: 'Rekomendasi lembaga pengawas' });
    await card.getByRole('group', { name: 'Menunggu jawaban' }).waitFor();
    await card.getByRole('group', { name: 'Terlaksana' }).getByRole('link').click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('status')).toBe('IMPLEMENTED');
  });
});
