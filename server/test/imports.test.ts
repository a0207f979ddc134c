import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccessWorld, type AccessWorld, P } from './support/access-world';
import { day } from './support/api-helpers';
import { buildActionItem, snapshotCounts } from './support/factories';
import { startTestHub, type TestHub } from './support/harness';

let t: TestHub;
let w: AccessWorld;

beforeAll(async () => {
  t = await startTestHub();
  w = await buildAccessWorld(t);
});
afterAll(() => t?.stop());

async function post(path: string, body: string | Buffer, type: string, token: string | null, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

const csv = (lines: string[]) => '\ufeff' + lines.join('\r\n') + '\r\n';
const auditCount = async () => (await t.sql.one<{ n: number }>('select count(*)::int as n from audit_event')).n;

describe('importing agencies', () => {
  it('the template lists the columns', async () => {
    const res = await fetch(`${t.url}/import/agencies/template.csv`, { headers: { authorization: `Bearer ${w.users.coordinator.token}` } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).toString('utf8')).toBe('\ufeffid,name,acronym,sector,level,provinceCode,regencyCode,active\r\n');
    const x = await fetch(`${t.url}/import/action-items/template.xlsx`, { headers: { authorization: `Bearer ${w.users.coordinator.token}` } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await x.arrayBuffer()) as never);
    expect(wb.worksheets[0].getRow(1).getCell(2).value).toBe('version');
  });

  it('a dry run checks and writes nothing; the commit creates and changes, audited like the mutations plus one import event', async () => {
    const file = csv([
      'name,acronym,sector,level,provinceCode,id',
      'Dinas Sosial NTB,Dinsos,Sosial,PROVINCE,52,',
      '"RSUD Praya, Lombok Tengah",,Health,Provinsi,52,',
      `B RSUD Mataram (baru),,HEALTH,PROVINCE,,${w.agencies.B.id}`,
    ]);
    const counts = await snapshotCounts(t.sql);
    const audits = await auditCount();
    const dry = await post('/import/agencies?dryRun=true', file, 'text/csv', w.users.coordinator.token);
    expect(dry.status, JSON.stringify(dry.json)).toBe(200);
    expect(dry.json).toEqual({ dryRun: true, rows: 3, created: 2, changed: 1 });
    expect(await snapshotCounts(t.sql)).toEqual(counts);
    expect(await auditCount()).toBe(audits);

    const done = await post('/import/agencies?dryRun=false', file, 'text/csv', w.users.coordinator.token);
    expect(done.json).toEqual({ dryRun: false, rows: 3, created: 2, changed: 1 });
    const created = await t.sql.all<{ name: string; sector: string }>(`select name, sector from agency where name in ('Dinas Sosial NTB', 'RSUD Praya, Lombok Tengah') order by name`);
    expect(created).toEqual([
      { name: 'Dinas Sosial NTB', sector: 'SOCIAL_WELFARE' },
      { name: 'RSUD Praya, Lombok Tengah', sector: 'HEALTH' },
    ]);
    expect((await t.sql.one<{ name: string }>('select name from agency where id = $1', [w.agencies.B.id])).name).toBe('B RSUD Mataram (baru)');
    const events = await t.sql.all<{ action: string }>('select action from audit_event where id > (select max(id) - 4 from audit_event) order by id');
    expect(events.map((e) => e.action)).toEqual(['createAgency', 'createAgency', 'updateAgency', 'import']);
  });

  it('one bad row: nothing is written and every problem is reported with row, column, code and message', async () => {
    const file = csv([
      'name,sector,level,provinceCode',
      'Lembaga Baik,HEALTH,PROVINCE,52',
      'Lembaga Buruk,Astrology,PROVINCE,52',
      ',HEALTH,PROVINCE,52',
      'Lembaga Bali,HEALTH,PROVINCE,51',
      'Lembaga\u0000Nul,HEALTH,PROVINCE,52',
    ]);
    const counts = await snapshotCounts(t.sql);
    const audits = await auditCount();
    const res = await post('/import/agencies?lang=en', file, 'text/csv', w.users.coordinator.token);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('BAD_USER_INPUT');
    expect(res.json.error.errors.map((e: any) => [e.row, e.column, e.code])).toEqual([
      [3, 'sector', 'INVALID_ENUM'],
      [4, 'name', 'REQUIRED'],
      [5, 'provinceCode', 'FORBIDDEN'],
      [6, 'name', 'INVALID_TEXT'],
    ]);
    expect(res.json.error.errors[0].message).toContain('HEALTH');
    expect(await snapshotCounts(t.sql)).toEqual(counts);
    expect(await auditCount()).toBe(audits);
    const id = await post('/import/agencies?lang=id', file, 'text/csv', w.users.coordinator.token);
    expect(id.json.error.errors[1].message).toBe('wajib diisi');
  });

  it('members cannot import agencies; anonymous 401; unknown dataset 404; cross-site form posts refused', async () => {
    const file = csv(['name,sector,level,provinceCode', 'X,HEALTH,PROVINCE,52']);
    expect((await post('/import/agencies', file, 'text/csv', w.users.member.token)).status).toBe(403);
    expect((await post('/import/agencies', file, 'text/csv', null)).status).toBe(401);
    expect((await post('/import/cases', file, 'text/csv', w.users.admin.token)).status).toBe(404);
    // A session cookie with a form-encodable body and no preflight header: refused.
    const form = new FormData();
    form.append('file', new Blob([file], { type: 'text/csv' }), 'a.csv');
    const cookieRes = await fetch(`${t.url}/import/agencies`, {
      method: 'POST',
      headers: { cookie: `hub_session=${w.users.admin.token}` },
      body: form,
    });
    expect(cookieRes.status).toBe(403);
  });

  it('multipart with a file field, and XLSX', async () => {
    const form = new FormData();
    form.append('file', new Blob([csv(['name,sector,level,provinceCode', 'Multipart Org,HEALTH,PROVINCE,52'])], { type: 'text/csv' }), 'a.csv');
    const res = await fetch(`${t.url}/import/agencies?dryRun=true`, { method: 'POST', headers: { authorization: `Bearer ${w.users.admin.token}` }, body: form });
    expect(await res.json()).toEqual({ dryRun: true, rows: 1, created: 1, changed: 0 });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.addRow(['name', 'sector', 'level', 'provinceCode']);
    ws.addRow(['Xlsx Org', 'Kesehatan', 'PROVINCE', '52']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const x = await post('/import/agencies?dryRun=true', buf, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', w.users.admin.token);
    expect(x.json).toEqual({ dryRun: true, rows: 1, created: 1, changed: 0 });
  });

  it('413 above 10 MB or 10,000 rows; 400 for a malformed file', async () => {
    const big = 'name,sector,level,provinceCode\r\n' + 'x,HEALTH,PROVINCE,52\r\n'.repeat(10_001);
    const rows = await post('/import/agencies', big, 'text/csv', w.users.admin.token);
    expect(rows.status).toBe(413);
    const huge = await post('/import/agencies', Buffer.alloc(10 * 1024 * 1024 + 10, 'a'), 'text/csv', w.users.admin.token);
    expect(huge.status).toBe(413);
    const bad = await post('/import/agencies', Buffer.from('not a zip'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', w.users.admin.token);
    expect(bad.status).toBe(400);
    expect(bad.json.error.fields).toEqual(['file']);
  });
});

describe('importing action items', () => {
  it('creates and updates with optimistic concurrency; a stale version is refused and nothing written', async () => {
    const item = await buildActionItem(t.sql, { agencyId: w.agencies.A.id, title: 'Patroli', dueOn: day(10), openedOn: day(-10) } as never);
    const ok = csv([
      'id,version,title,agencyId,status,dueOn,note',
      `${item.id},1,Patroli,,Dikerjakan,,mulai`,
      `,,Sosialisasi sekolah,${w.agencies.A.id},,${day(30)},`,
    ]);
    const res = await post('/import/action-items', ok, 'text/csv', w.users.coordinator.token);
    expect(res.json, JSON.stringify(res.json)).toEqual({ dryRun: false, rows: 2, created: 1, changed: 1 });
    expect(await t.sql.one('select status, version from action_item where id = $1', [item.id])).toEqual({ status: 'IN_PROGRESS', version: 2 });

    const counts = await snapshotCounts(t.sql);
    const stale = await post('/import/action-items?lang=en', csv(['id,version,status', `${item.id},1,DONE`]), 'text/csv', w.users.coordinator.token);
    expect(stale.status).toBe(400);
    expect(stale.json.error.errors).toEqual([expect.objectContaining({ row: 2, column: 'version', code: 'CONFLICT' })]);
    expect(await snapshotCounts(t.sql)).toEqual(counts);
    expect(await t.sql.one('select status, version from action_item where id = $1', [item.id])).toEqual({ status: 'IN_PROGRESS', version: 2 });
  });

  it("a member may update their agency's items but not import another agency's", async () => {
    const own = await buildActionItem(t.sql, { agencyId: w.agencies.A.id, dueOn: day(10), openedOn: day(-10) } as never);
    const other = await buildActionItem(t.sql, { agencyId: w.agencies.B.id, dueOn: day(10), openedOn: day(-10) } as never);
    const counts = await snapshotCounts(t.sql);
    const res = await post(
      '/import/action-items',
      csv(['id,version,status', `${own.id},1,IN_PROGRESS`, `${other.id},1,IN_PROGRESS`, '']),
      'text/csv',
      w.users.member.token,
    );
    expect(res.status).toBe(400);
    expect(res.json.error.errors.map((e: any) => [e.row, e.column, e.code])).toEqual([[3, 'id', 'FORBIDDEN']]);
    const created = await post(
      '/import/action-items',
      csv(['title,agencyId,dueOn', `Titip,${w.agencies.B.id},${day(5)}`]),
      'text/csv',
      w.users.member.token,
    );
    expect(created.json.error.errors.map((e: any) => [e.row, e.column, e.code])).toEqual([[2, 'agencyId', 'FORBIDDEN']]);
    expect(await snapshotCounts(t.sql)).toEqual(counts);
    const fine = await post('/import/action-items', csv(['id,version,status', `${own.id},1,IN_PROGRESS`]), 'text/csv', w.users.member.token);
    expect(fine.json).toMatchObject({ changed: 1 });
    void P;
  });
});
