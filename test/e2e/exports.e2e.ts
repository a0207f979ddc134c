import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { settled, useBrowser } from './support/browser';

const tabs = useBrowser();

describe('exports and reports from the dashboard', () => {
  it("a coordinator downloads the overdue items of their province as CSV, with the page's filter", async () => {
    const { page } = await tabs.open('coordinator');
    await page.goto('/actions?overdue=1');
    await settled(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^action-items-\d{4}-\d{2}-\d{2}\.csv$/);
    const body = fs.readFileSync((await download.path())!);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0].startsWith('ID,Judul,Provinsi,Lembaga')).toBe(true);
    const header = lines[0].split(',');
    const overdue = header.indexOf('Terlambat');
    // Every row of the first ones is overdue (the filter went along), none of another answer.
    for (const line of lines.slice(1, 6)) expect(line.split(',').at(overdue - header.length)).toBe('Ya');
  });

  it("the recommendations list downloads its rows as CSV, with the page's filter", async () => {
    const { page } = await tabs.open('oversight');
    await page.goto('/recommendations?view=list&status=AWAITING_RESPONSE');
    await settled(page);
    const link = page.getByRole('link', { name: 'Unduh CSV' });
    expect(await link.getAttribute('href')).toBe('/export/recommendations.csv?status=AWAITING_RESPONSE&lang=id');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^recommendations-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = fs.readFileSync((await download.path())!).toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0].startsWith('ID,Nomor,Judul,Penerbit,Diterbitkan')).toBe(true);
  });

  it('the province dashboard downloads its report as a PDF for the selected period', async () => {
    const { page } = await tabs.open('coordinator');
    await page.goto('/province');
    await settled(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh laporan (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^report-\d{2}-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/);
    const body = fs.readFileSync((await download.path())!);
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
