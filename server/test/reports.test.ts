import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccessWorld, type AccessWorld, P, Q } from './support/access-world';
import { day } from './support/api-helpers';
import { buildActionItem, buildCase, buildMeeting, buildRecommendation } from './support/factories';
import { startTestHub, type TestHub } from './support/harness';

let t: TestHub;
let w: AccessWorld;

beforeAll(async () => {
  t = await startTestHub();
  w = await buildAccessWorld(t);
  for (let i = 0; i < 7; i++) {
    await buildActionItem(t.sql, { agencyId: w.agencies.A.id, title: `Item ${i}`, dueOn: day(-2 - i), openedOn: day(-60) } as never);
  }
  await buildMeeting(t.sql, { provinceCode: P, heldOn: day(-10), title: 'Rapat koordinasi Mataram' });
  await buildCase(t.sql, { provinceCode: P, intakeAgencyId: w.agencies.A.id, reportedOn: day(-20) });
  await buildRecommendation(t.sql, { title: 'Bentuk gugus tugas TPPO', issuerId: w.agencies.N.id, issuedOn: day(-30), responseDueOn: day(-3) });
  await buildRecommendation(t.sql, { title: 'Rekomendasi untuk Bali', issuerId: w.agencies.N.id, issuedOn: day(-30), provinceCode: Q });
  await buildCase(t.sql, { provinceCode: P, intakeAgencyId: w.agencies.A.id, reportedOn: day(-21) });
});
afterAll(() => t?.stop());

/** The text of every page of a PDF, extracted with pdf.js. */
async function pdfText(body: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(body), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return pages;
}

async function get(path: string, token: string | null) {
  const res = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
}

describe('province report', () => {
  it('is a PDF naming the province, the period and its figures, with a footer on every page, and is audited', async () => {
    const from = day(-90);
    const to = day(0);
    const res = await get(`/report/province/${P}.pdf?from=${from}&to=${to}&lang=en`, w.users.coordinator.token);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfText(res.body);
    const all = pages.join('\n');
    expect(all).toContain('Nusa Tenggara Barat');
    expect(all).toContain(`${from} – ${to}`);
    expect(all).toContain('Rapat koordinasi Mataram');
    // 7 overdue action items of agency A.
    expect(all).toMatch(/A Unit PPA Polda NTB\s+0\s+7/);
    expect(all).toContain('Recommendations and their status');
    expect(all).toMatch(new RegExp(`Bentuk gugus tugas TPPO\\s+N KPAI\\s+${day(-30)}\\s+Answer overdue\\s+${day(-3)}`));
    expect(all).not.toContain('Rekomendasi untuk Bali');
    for (const [i, page] of pages.entries()) {
      expect(page).toContain(`Page ${i + 1} / ${pages.length}`);
      expect(page).toContain('Provincial coordinator');
    }
    const audit = await t.sql.one<{ action: string; entity_type: string; entity_id: string }>(
      'select action, entity_type, entity_id from audit_event order by id desc limit 1',
    );
    expect(audit).toEqual({ action: 'export', entity_type: 'Export', entity_id: `report/province/${P}` });
  });

  it('withholds small case counts for a viewer without exact figures, in Bahasa Indonesia', async () => {
    const other = await get(`/report/province/${P}.pdf?from=${day(-90)}&to=${day(0)}`, w.users.oversight.token);
    const text = (await pdfText(other.body)).join('\n');
    expect(text).toContain('Laporan Provinsi');
    expect(text).toMatch(/Kasus dilaporkan\s+disembunyikan/);
    const own = (await pdfText((await get(`/report/province/${P}.pdf?from=${day(-90)}&to=${day(0)}`, w.users.coordinator.token)).body)).join('\n');
    expect(own).toMatch(/Kasus dilaporkan\s+2/);
  });

  it('refuses anonymous (401), an unknown province (404) and a bad period (400)', async () => {
    expect((await get(`/report/province/${P}.pdf`, null)).status).toBe(401);
    expect((await get('/report/province/99.pdf', w.users.admin.token)).status).toBe(404);
    const bad = await get(`/report/province/${Q}.pdf?from=2026-05-01&to=2026-01-01`, w.users.admin.token);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString()).error.fields).toEqual(['from', 'to']);
  });
});

describe('national report', () => {
  it('ranks the provinces and says Nasional on every page', async () => {
    const res = await get(`/report/national.pdf?from=${day(-90)}&to=${day(0)}`, w.users.oversight.token);
    expect(res.status).toBe(200);
    const pages = await pdfText(res.body);
    expect(pages.join('\n')).toContain('Laporan Nasional');
    expect(pages.join('\n')).toContain('Nusa Tenggara Barat');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Nasional');
  });
});
