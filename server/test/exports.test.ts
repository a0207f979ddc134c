import http from 'node:http';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccessWorld, type AccessWorld, P, Q } from './support/access-world';
import { day } from './support/api-helpers';
import { buildActionItem, buildAgreement, buildCase, buildCommitment, buildMeeting, buildRecommendation, signIn } from './support/factories';
import { startTestHub, type TestHub } from './support/harness';

let t: TestHub;
let w: AccessWorld;

/** GET a file route with a Bearer token (or none). */
export async function getFile(t: TestHub, path: string, token: string | null) {
  const res = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) };
}

/** The records of a CSV export (BOM stripped), header first. */
export function csvRows(body: Buffer): string[][] {
  return parse(body.toString('utf8').replace(/^\ufeff/, ''), { relax_column_count: false });
}

const lastAudit = () =>
  t.sql.maybeOne<{ action: string; entity_type: string; entity_id: string; changes: Record<string, unknown>; actor_id: number }>(
    'select action, entity_type, entity_id, changes, actor_id from audit_event order by id desc limit 1',
  );

beforeAll(async () => {
  t = await startTestHub();
  w = await buildAccessWorld(t);
  const { A, B, C, D } = w.agencies;
  const meeting = await buildMeeting(t.sql, { provinceCode: P, attendeeIds: [A.id, B.id], title: 'Rapat, "triwulan" I' });
  await buildMeeting(t.sql, { provinceCode: Q, attendeeIds: [D.id] });
  const ag = await buildAgreement(t.sql, { provinceCode: P, partyIds: [A.id, C.id] });
  await buildAgreement(t.sql, { provinceCode: Q, partyIds: [D.id], signedOn: null });
  const c1 = await buildCommitment(t.sql, { agreementId: ag.id, agencyId: A.id, dueOn: day(-3) } as never);
  await buildCommitment(t.sql, { agreementId: ag.id, agencyId: C.id, status: 'IN_PROGRESS' } as never);
  await buildActionItem(t.sql, { agencyId: A.id, title: '=HYPERLINK("http://x")', dueOn: day(-5), openedOn: day(-30), commitmentId: c1.id } as never);
  await buildActionItem(t.sql, { agencyId: A.id, title: 'Sosialisasi', dueOn: day(5), openedOn: day(-30), status: 'BLOCKED', meetingId: meeting.id } as never);
  await buildActionItem(t.sql, { agencyId: B.id, title: '+62 hotline', dueOn: day(-1), openedOn: day(-30), priority: 'URGENT' } as never);
  await buildActionItem(t.sql, { agencyId: C.id, title: 'Pendampingan', dueOn: day(20), openedOn: day(-3), status: 'DONE', completedOn: day(-1) } as never);
  const bali = await buildActionItem(t.sql, { agencyId: D.id, provinceCode: Q, title: 'Bali item', dueOn: day(-9), openedOn: day(-30) } as never);
  // Recommendations: accepted in P with two linked items (one in Q, unreadable to P's viewers),
  // noted in P, overdue in Q naming A, national naming D, awaiting in Q.
  const { N } = w.agencies;
  const accepted = await buildRecommendation(t.sql, { title: 'Bentuk gugus tugas TPPO', issuerId: N.id, issuedOn: day(-40), response: 'ACCEPTED', responseDueOn: day(-10), addresseeIds: [A.id, C.id] });
  await buildActionItem(t.sql, { agencyId: C.id, title: 'Rekomendasi: gugus tugas', dueOn: day(10), openedOn: day(-20), status: 'IN_PROGRESS', recommendationId: accepted.id } as never);
  await t.sql.run('update action_item set recommendation_id = $1 where id = $2', [accepted.id, bali.id]);
  await buildRecommendation(t.sql, { title: 'Dicatat saja', issuerId: N.id, issuedOn: day(-30), response: 'NOTED', responseNote: 'Anggaran belum ada' });
  await buildRecommendation(t.sql, { title: 'Jawab segera', issuerId: N.id, issuedOn: day(-20), provinceCode: Q, responseDueOn: day(-2), addresseeIds: [A.id], issueAreas: ['CHILD_MARRIAGE'] });
  await buildRecommendation(t.sql, { title: 'Nasional', issuerId: N.id, issuedOn: day(-20), provinceCode: null, addresseeIds: [D.id] });
  await buildRecommendation(t.sql, { title: 'Bali menunggu', issuerId: N.id, issuedOn: day(-5), provinceCode: Q });
  await buildCase(t.sql, { provinceCode: P, intakeAgencyId: A.id });
  await buildCase(t.sql, { provinceCode: Q, intakeAgencyId: D.id });
  // Audit events to list: one per item via a mutation would need GraphQL; a few rows suffice.
  await t.sql.run(
    `insert into audit_event (at, actor_id, action, entity_type, entity_id, province_code, changes)
     values (now(), null, 'updateActionItem', 'ActionItem', '1', '52', null), (now(), null, 'updateActionItem', 'ActionItem', '5', '51', null)`,
  );
});
afterAll(() => t?.stop());

/** Each dataset with a filter, as GraphQL variables and as the export's query string. */
const LISTS = [
  { dataset: 'agencies', field: 'agencies', type: 'AgencyFilter', filter: { provinceCode: P }, qs: `provinceCode=${P}` },
  { dataset: 'meetings', field: 'meetings', type: 'MeetingFilter', filter: {}, qs: '' },
  { dataset: 'agreements', field: 'agreements', type: 'AgreementFilter', filter: { status: 'ACTIVE' }, qs: 'status=ACTIVE' },
  { dataset: 'commitments', field: 'commitments', type: 'CommitmentFilter', filter: { status: ['PLANNED', 'IN_PROGRESS'] }, qs: 'status=PLANNED,IN_PROGRESS' },
  { dataset: 'action-items', field: 'actionItems', type: 'ActionItemFilter', filter: {}, qs: '' },
  { dataset: 'action-items', field: 'actionItems', type: 'ActionItemFilter', filter: { overdue: true, status: ['OPEN', 'BLOCKED'] }, qs: 'overdue=true&status=OPEN,BLOCKED' },
  { dataset: 'cases', field: 'cases', type: 'CaseFilter', filter: {}, qs: '' },
  { dataset: 'recommendations', field: 'recommendations', type: 'RecommendationFilter', filter: {}, qs: '' },
  {
    dataset: 'recommendations',
    field: 'recommendations',
    type: 'RecommendationFilter',
    filter: { status: ['RESPONSE_OVERDUE', 'NOT_ACCEPTED', 'IN_PROGRESS'] },
    qs: 'status=RESPONSE_OVERDUE,NOT_ACCEPTED,IN_PROGRESS',
  },
  { dataset: 'recommendations', field: 'recommendations', type: 'RecommendationFilter', filter: { provinceCode: P, issueArea: 'TRAFFICKING' }, qs: `provinceCode=${P}&issueArea=TRAFFICKING` },
  { dataset: 'audit-events', field: 'auditEvents', type: 'AuditEventFilter', filter: { entityType: 'ActionItem' }, qs: 'entityType=ActionItem' },
];

async function listIds(field: string, type: string, filter: object, token: string) {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res = await t.gql<Record<string, any>>(
      `query($f: ${type}, $after: String) { ${field}(filter: $f, first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { f: filter, after },
      token,
    );
    if (res.errors) return { code: res.errors[0].extensions.code as string };
    ids.push(...res.data![field].nodes.map((n: { id: string }) => n.id));
    if (!res.data![field].pageInfo.hasNextPage) return { ids };
    after = res.data![field].pageInfo.endCursor;
  }
}

describe('exports hold exactly the rows of the list query', () => {
  for (const viewer of ['member', 'coordinator', 'oversight'] as const) {
    for (const l of LISTS) {
      it(`${l.dataset}?${l.qs} for ${viewer}`, async () => {
        const token = w.users[viewer].token;
        const expected = await listIds(l.field, l.type, l.filter, token);
        const res = await getFile(t, `/export/${l.dataset}.csv?${l.qs}`, token);
        if ('code' in expected) {
          expect(res.json().error.code).toBe(expected.code);
          expect(res.status).toBe(403);
          return;
        }
        expect(res.status, res.body.toString()).toBe(200);
        const rows = csvRows(res.body);
        expect(rows.slice(1).map((r) => r[0])).toEqual(expected.ids);
      });
    }
  }

  it('the XLSX export holds the same rows, read back with exceljs', async () => {
    const token = w.users.coordinator.token;
    const expected = await listIds('actionItems', 'ActionItemFilter', {}, token);
    const res = await getFile(t, '/export/action-items.xlsx?lang=en', token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    const [data, about] = wb.worksheets;
    expect(data.getRow(1).getCell(1).value).toBe('ID');
    expect(data.getRow(1).getCell(2).value).toBe('Title');
    expect(data.getRow(1).font?.bold).toBe(true);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.autoFilter).toBeTruthy();
    const ids: string[] = [];
    data.eachRow((row, n) => {
      if (n > 1) ids.push(String(row.getCell(1).value));
    });
    expect(ids).toEqual((expected as { ids: string[] }).ids);
    const dueCol = data.getRow(1).values as unknown[];
    const due = data.getRow(2).getCell(dueCol.indexOf('Due on')).value;
    expect(due).toBeInstanceOf(Date);
    const aboutText = JSON.stringify(about.getSheetValues());
    expect(aboutText).toContain('action-items');
    expect(aboutText).toContain(w.users.coordinator.user.email);
    expect(aboutText).toContain('Provincial coordinator');
    expect(aboutText).toContain(`"${ids.length}"`);
  });
});

describe('recommendations', () => {
  const byTitle = (rows: string[][]) => {
    const [header, ...data] = rows;
    return { header, row: (title: string) => Object.fromEntries(header.map((h, i) => [h, data.find((r) => r[2] === title)?.[i]])) };
  };

  it('the status filter holds only recommendations of those statuses', async () => {
    const res = await getFile(t, '/export/recommendations.csv?status=RESPONSE_OVERDUE,NOT_ACCEPTED&lang=en', w.users.admin.token);
    expect(res.status).toBe(200);
    const rows = csvRows(res.body).slice(1);
    expect(rows.map((r) => r[2]).sort()).toEqual(['Dicatat saja', 'Jawab segera']);
    const bad = await getFile(t, '/export/recommendations.csv?status=DONE', w.users.admin.token);
    expect(bad.status).toBe(400);
    expect(bad.json().error.fields).toEqual(['status']);
  });

  it('readable columns with labels in the language; linked items counted only where the viewer may read them', async () => {
    const admin = byTitle(csvRows((await getFile(t, '/export/recommendations.csv?lang=en', w.users.admin.token)).body));
    expect(admin.header).toEqual([
      'ID', 'Reference', 'Title', 'Issuer', 'Issued on', 'Province', 'Addressees', 'Issue areas', 'Response due',
      'Response', 'Response note', 'Responded on', 'Status', 'Action items',
    ]);
    expect(admin.row('Bentuk gugus tugas TPPO')).toMatchObject({
      Issuer: 'N KPAI',
      'Issued on': day(-40),
      Province: 'Nusa Tenggara Barat',
      Addressees: 'A Unit PPA Polda NTB; C UPTD PPA NTB',
      'Issue areas': 'Trafficking',
      'Response due': day(-10),
      Response: 'Accepted',
      'Responded on': day(-40),
      Status: 'Being implemented',
      'Action items': '2',
    });
    expect(admin.row('Dicatat saja')).toMatchObject({ Response: 'Noted (not accepted)', 'Response note': 'Anggaran belum ada', Status: 'Not accepted (noted)' });
    expect(admin.row('Jawab segera')).toMatchObject({ Status: 'Answer overdue', Response: '', 'Issue areas': 'Child marriage' });
    // The coordinator of P cannot read the linked item in Q: it is not counted.
    const coordinator = byTitle(csvRows((await getFile(t, '/export/recommendations.csv', w.users.coordinator.token)).body));
    expect(coordinator.header[13]).toBe('Jumlah tindak lanjut');
    expect(coordinator.row('Bentuk gugus tugas TPPO')).toMatchObject({ Status: 'Sedang dilaksanakan', 'Jumlah tindak lanjut': '1' });
  });

  it('the action-items export names the recommendation where the viewer may read it', async () => {
    const rowsFor = async (token: string) => {
      const [header, ...data] = csvRows((await getFile(t, '/export/action-items.csv?lang=en', token)).body);
      const col = header.indexOf('Recommendation');
      return Object.fromEntries(data.map((r) => [r[1], r[col]]));
    };
    const admin = await rowsFor(w.users.admin.token);
    expect(admin['Rekomendasi: gugus tugas']).toBe('Bentuk gugus tugas TPPO');
    expect(admin['Bali item']).toBe('Bentuk gugus tugas TPPO');
    expect(admin['Sosialisasi']).toBe('');
    // The coordinator of Q reads the Bali item but not the recommendation of P.
    const other = await rowsFor(w.users.otherCoordinator.token);
    expect(other['Bali item']).toBe('');
  });
});

describe('CSV format', () => {
  it('starts with a BOM, quotes per RFC 4180, neutralises formulas and labels enums in the language', async () => {
    const res = await getFile(t, '/export/action-items.csv', w.users.coordinator.token);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="action-items-\d{4}-\d{2}-\d{2}\.csv"/);
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.body.toString('utf8');
    // The formula is prefixed with ' and, holding quotes and a comma-free text, quoted with doubled quotes.
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain(`'+62 hotline`);
    const rows = csvRows(res.body);
    expect(rows[0].slice(0, 3)).toEqual(['ID', 'Judul', 'Provinsi']);
    const blocked = rows.find((r) => r[1] === 'Sosialisasi')!;
    expect(blocked).toContain('Terhambat');
    expect(blocked).toContain('Tidak');
    const en = csvRows((await getFile(t, '/export/action-items.csv?lang=en', w.users.coordinator.token)).body);
    expect(en.find((r) => r[1] === 'Sosialisasi')).toContain('Blocked');
  });

  it('quotes commas, quotes and line breaks', async () => {
    const res = await getFile(t, '/export/meetings.csv', w.users.admin.token);
    expect(res.body.toString('utf8')).toContain('"Rapat, ""triwulan"" I"');
    expect(csvRows(res.body).some((r) => r[1] === 'Rapat, "triwulan" I')).toBe(true);
  });
  it('arrives whole when compressed on the fly (gzip), the same bytes as uncompressed', async () => {
    const get = (encoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        const req = http.get(
          `${t.url}/export/action-items.csv`,
          { headers: { authorization: `Bearer ${w.users.admin.token}`, 'accept-encoding': encoding } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
            res.on('error', reject);
          },
        );
        req.on('error', reject);
      });
    const gz = await get('gzip');
    const plain = await get('identity');
    expect(gz.encoding).toBe('gzip');
    expect(plain.encoding).toBeUndefined();
    const unzipped = zlib.gunzipSync(gz.body);
    expect(csvRows(unzipped).length).toBeGreaterThan(1);
    expect(unzipped.toString('utf8')).toBe(plain.body.toString('utf8'));
  });
});

describe('audit', () => {
  it('writes one export event with format, filters and rows', async () => {
    const before = await t.sql.one<{ n: number }>('select count(*)::int as n from audit_event');
    const res = await getFile(t, '/export/action-items.csv?overdue=true&lang=en', w.users.coordinator.token);
    const rows = csvRows(res.body).length - 1;
    const after = await t.sql.one<{ n: number }>('select count(*)::int as n from audit_event');
    expect(after.n).toBe(before.n + 1);
    expect(await lastAudit()).toMatchObject({
      action: 'export',
      entity_type: 'Export',
      entity_id: 'action-items',
      actor_id: w.users.coordinator.user.id,
      changes: { format: 'csv', filters: { overdue: true }, rows },
    });
  });
});

describe('refusals', () => {
  it('401 anonymous, 403 cases for oversight, 404 unknown dataset, 400 naming a bad parameter', async () => {
    const before = await t.sql.one<{ n: number }>('select count(*)::int as n from audit_event');
    const anon = await getFile(t, '/export/agencies.csv', null);
    expect(anon.status).toBe(401);
    expect(anon.json().error.code).toBe('UNAUTHENTICATED');
    const cases = await getFile(t, '/export/cases.xlsx', w.users.oversight.token);
    expect(cases.status).toBe(403);
    expect(cases.json().error.code).toBe('FORBIDDEN');
    const unknown = await getFile(t, '/export/secrets.csv', w.users.admin.token);
    expect(unknown.status).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
    expect((await getFile(t, '/export/agencies.pdf', w.users.admin.token)).status).toBe(404);
    const unknownParam = await getFile(t, '/export/agencies.csv?colour=red', w.users.admin.token);
    expect(unknownParam.status).toBe(400);
    expect(unknownParam.json().error).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['colour'] });
    const badValue = await getFile(t, '/export/action-items.csv?status=OPEN,LATE&overdue=yes', w.users.admin.token);
    expect(badValue.status).toBe(400);
    expect(badValue.json().error.fields).toEqual(['status', 'overdue']);
    const nul = await getFile(t, '/export/agencies.csv?search=a%00b', w.users.admin.token);
    expect(nul.json().error.fields).toEqual(['search']);
    const badLang = await getFile(t, '/export/action-items.csv?lang=fr', w.users.admin.token);
    expect(badLang.json().error.fields).toEqual(['lang']);
    const after = await t.sql.one<{ n: number }>('select count(*)::int as n from audit_event');
    expect(after.n).toBe(before.n);
  });

  it('members cannot export the audit trail (as its list refuses them)', async () => {
    const res = await getFile(t, '/export/audit-events.csv', w.users.member.token);
    expect(res.status).toBe(403);
  });
});

describe('province metrics', () => {
  it('one row per province; withheld case figures are empty and marked for a viewer without exact figures', async () => {
    // Two cases in 51 (fewer than 5): withheld for the coordinator of 52, exact for the one of 51.
    const other = await signIn(t, 'COORDINATOR', { provinceCode: Q });
    const period = `from=2026-01-01&to=${day(0)}`;
    const res = await getFile(t, `/export/province-metrics.csv?${period}`, w.users.coordinator.token);
    expect(res.status, res.body.toString()).toBe(200);
    const rows = csvRows(res.body);
    const header = rows[0];
    const col = header.findIndex((h) => h.startsWith('Kasus dilaporkan'));
    expect(header[col]).toBe('Kasus dilaporkan [kosong = disembunyikan (< 5)]');
    const bali = rows.find((r) => r[0] === Q)!;
    expect(bali[col]).toBe('');
    const ntb = rows.find((r) => r[0] === P)!;
    expect(ntb[col]).toBe('1');
    const exact = csvRows((await getFile(t, `/export/province-metrics.csv?${period}`, other.token)).body);
    expect(exact.find((r) => r[0] === Q)![col]).toBe('1');
    const xlsx = await getFile(t, `/export/province-metrics.xlsx?${period}&lang=en`, w.users.coordinator.token);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    const sheet = wb.worksheets[0];
    const values = sheet.getRow(1).values as unknown[];
    const c = values.indexOf('Cases reported');
    let baliRow = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(1).value === Q) baliRow = n;
    });
    const cell = sheet.getRow(baliRow).getCell(c);
    expect(cell.value).toBeNull();
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'lightGray' });
    expect(JSON.stringify(wb.worksheets[1].getSheetValues())).toContain('Small-number suppression');
    expect(rows.length - 1).toBeGreaterThanOrEqual(34);
  });
});
