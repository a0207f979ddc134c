import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../src/common/dates';
import {
  ActionStatus,
  AgeGroup,
  AgreementKind,
  AgreementStatus,
  CaseOutcome,
  CommitmentStatus,
  IssueArea,
  MembershipRole,
  Priority,
  ReferralStatus,
  Role,
  Sector,
  ServiceType,
  Sex,
} from '../src/common/enums';
import { silentLogger } from '../src/common/logger';
import type { Sql } from '../src/common/sql';
import { loadDemoData, type DemoAccount } from '../src/demo/demo-data';
import { CASE_CODE_ALPHABET } from '../src/modules/case/case.code';
import { login } from './support/factories';
import { resetDatabase, startTestHub, type TestHub } from './support/harness';

const TODAY = todayIn('Asia/Jakarta');
const DEMO_PROVINCES = ['31', '32', '35', '52', '61', '73'];
const CLOSED = ['RESOLVED', 'CONVICTED', 'DISMISSED', 'WITHDRAWN', 'REFERRED_OUT'];

let t: TestHub;
let accounts: DemoAccount[];
let loadMs: number;

beforeAll(async () => {
  t = await startTestHub();
  const started = Date.now();
  accounts = await loadDemoData(t.hub.orm, silentLogger, { today: TODAY });
  loadMs = Date.now() - started;
});
afterAll(() => t?.stop());

/** The distinct values of a column (or expression), sorted. */
async function values(sql: Sql, expr: string, from: string, asOf = TODAY): Promise<string[]> {
  const text = `select distinct (${expr})::text as v from ${from} order by 1`;
  const rows = await sql.all<{ v: string }>(text, text.includes('$1') ? [asOf] : []);
  return rows.map((r) => r.v);
}
async function count(sql: Sql, from: string, params?: unknown[]): Promise<number> {
  const text = `select count(*)::int as n from ${from}`;
  return (await sql.one<{ n: number }>(text, params ?? (text.includes('$1') ? [TODAY] : []))).n;
}
const sorted = (e: object) => Object.values(e).map(String).sort();

const AGREEMENT_STATUS = `case when a.signed_on is null or a.signed_on > $1::date then 'DRAFT'
  when a.terminated_on <= $1::date then 'TERMINATED' when a.expires_on < $1::date then 'EXPIRED' else 'ACTIVE' end`;

/** An md5 of every data table, without timestamps (created_at/updated_at/at) and password hashes. */
async function checksum(sql: Sql): Promise<string> {
  const tables = [
    'agency', 'network', 'network_membership', 'meeting', 'meeting_attendee', 'agreement', 'agreement_party', 'commitment',
    'hub_user', 'action_item', 'action_update', 'audit_event', 'case_record', 'referral', 'service_record',
    'recommendation', 'recommendation_addressee',
  ];
  const parts: string[] = [];
  for (const table of tables) {
    const cols = await sql.all<{ c: string }>(
      `select quote_ident(column_name) as c from information_schema.columns
        where table_schema = current_schema() and table_name = $1 and column_name not in ('created_at', 'updated_at', 'at', 'password_hash')
        order by ordinal_position`,
      [table],
    );
    const list = cols.map((c) => c.c).join(', ');
    const row = await sql.one<{ h: string; n: number }>(
      `select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as h, count(*)::int as n from (select ${list} from ${table}) t`,
    );
    parts.push(`${table}:${row.n}:${row.h}`);
  }
  return parts.join(' ');
}

describe('demo data', () => {
  it('loads in a few seconds and returns the demo accounts sorted by role', () => {
    expect(loadMs).toBeLessThan(20_000);
    const roles = accounts.map((a) => a.role);
    expect([...new Set(roles)].sort()).toEqual(sorted(Role));
    expect(roles).toEqual([...roles].sort((a, b) => ['ADMIN', 'COORDINATOR', 'OVERSIGHT', 'MEMBER'].indexOf(a) - ['ADMIN', 'COORDINATOR', 'OVERSIGHT', 'MEMBER'].indexOf(b)));
    expect(new Set(accounts.map((a) => a.password)).size).toBe(1);
    expect(accounts[0].password.length).toBeGreaterThanOrEqual(12);
    for (const a of accounts) {
      expect(a.email).toMatch(/^[a-z0-9.-]+@demo\.pantau\.id$/);
      expect(a.description.length).toBeGreaterThan(10);
    }
  });

  it('has the accounts: one admin, two oversight accounts naming their body, a coordinator per demo province, members of agencies', async () => {
    const users = await t.sql.all<{ email: string; role: string; province_code: string | null; agency_id: number | null; agency_province: string | null }>(
      `select u.email, u.role, u.province_code, u.agency_id, g.province_code as agency_province
         from hub_user u left join agency g on g.id = u.agency_id order by u.id`,
    );
    expect(users.map((u) => u.email).sort()).toEqual(accounts.map((a) => a.email).sort());
    expect(users.filter((u) => u.role === 'ADMIN')).toHaveLength(1);
    const oversight = await t.sql.all<{ email: string; acronym: string }>(
      `select u.email, g.acronym from hub_user u join agency g on g.id = u.agency_id and g.sector = 'OVERSIGHT' where u.role = 'OVERSIGHT' order by u.email`,
    );
    expect(oversight).toEqual([
      { email: 'oversight.kpai@demo.pantau.id', acronym: 'KPAI' },
      { email: 'oversight@demo.pantau.id', acronym: 'Komnas Perempuan' },
    ]);
    expect(users.filter((u) => u.role === 'OVERSIGHT')).toHaveLength(2);
    expect(users.filter((u) => u.role === 'COORDINATOR').map((u) => u.province_code).sort()).toEqual(DEMO_PROVINCES);
    const members = users.filter((u) => u.role === 'MEMBER');
    expect(members.length).toBeGreaterThanOrEqual(5);
    expect(members.every((m) => m.agency_id !== null && m.province_code === null)).toBe(true);
    expect(new Set(members.map((m) => m.agency_province))).toEqual(new Set(['52', '61', '35', '31']));
    const hashes = await t.sql.one<{ n: number }>('select count(distinct password_hash)::int as n from hub_user');
    expect(hashes.n).toBe(1);
  });

  it('lets every demo account sign in', async () => {
    for (const a of accounts) {
      const token = await login(t, a.email, a.password);
      const me = await t.gql('{ me { email role } }', {}, token);
      expect(me.data?.me).toEqual({ email: a.email, role: a.role });
    }
  });

  it('has 60+ agencies of every sector at national, provincial and regency level', async () => {
    expect(await count(t.sql, 'agency', [])).toBeGreaterThanOrEqual(60);
    expect(await values(t.sql, 'sector', 'agency')).toEqual(sorted(Sector));
    expect(await values(t.sql, 'level', 'agency')).toEqual(['NATIONAL', 'PROVINCE', 'REGENCY']);
    expect(await count(t.sql, `agency where level = 'NATIONAL' and (province_code is not null or regency_code is not null)`, [])).toBe(0);
    expect(await count(t.sql, `agency where level <> 'NATIONAL' and province_code is null`, [])).toBe(0);
    expect(await count(t.sql, `agency where level = 'REGENCY' and regency_code is null`, [])).toBe(0);
    expect(await count(t.sql, `agency a join regency r on r.code = a.regency_code where r.province_code <> a.province_code`, [])).toBe(0);
    const national = await values(t.sql, 'acronym', `agency where level = 'NATIONAL'`);
    expect(national).toEqual(expect.arrayContaining(['Komnas Perempuan', 'KPAI', 'Komisi Kejaksaan', 'KemenPPPA', 'ECPAT Indonesia']));
    expect(await values(t.sql, 'province_code', 'agency where province_code is not null')).toEqual(DEMO_PROVINCES);
  });

  it('has networks with members of every role, and meetings with attendees and minutes, in every demo province', async () => {
    expect(await values(t.sql, 'role', 'network_membership')).toEqual(sorted(MembershipRole));
    expect(await values(t.sql, 'province_code', 'network where province_code is not null')).toEqual(DEMO_PROVINCES);
    expect(await count(t.sql, 'network where province_code is null', [])).toBeGreaterThanOrEqual(2);
    expect(await count(t.sql, `network n where (select count(*) from network_membership m where m.network_id = n.id and m.role = 'LEAD') <> 1`, [])).toBe(0);
    expect(await values(t.sql, 'province_code', 'meeting where province_code is not null')).toEqual(DEMO_PROVINCES);
    expect(await count(t.sql, 'meeting m where not exists (select 1 from meeting_attendee a where a.meeting_id = m.id)', [])).toBe(0);
    expect(await count(t.sql, `meeting where summary is null or length(summary) < 80 or held_on > $1::date`)).toBe(0);
    // Agencies of a provincial network belong to that province or are national.
    expect(
      await count(t.sql, `network_membership m join network n on n.id = m.network_id join agency g on g.id = m.agency_id
                          where n.province_code is not null and g.province_code is distinct from n.province_code and g.level <> 'NATIONAL'`, []),
    ).toBe(0);
  });

  it('has agreements of every kind and status, with 2-6 cross-sector parties', async () => {
    expect(await values(t.sql, 'kind', 'agreement')).toEqual(sorted(AgreementKind));
    expect(await values(t.sql, AGREEMENT_STATUS, 'agreement a')).toEqual(sorted(AgreementStatus));
    const expiring = await count(
      t.sql,
      `agreement a where ${AGREEMENT_STATUS} = 'ACTIVE' and a.expires_on > $1::date and a.expires_on <= $1::date + 90`,
    );
    expect(expiring).toBeGreaterThanOrEqual(3);
    const sizes = await t.sql.one<{ lo: number; hi: number; agreements: number }>(
      `select min(n)::int as lo, max(n)::int as hi, count(*)::int as agreements from (select count(*) as n from agreement_party group by agreement_id) x`,
    );
    expect(sizes).toMatchObject({ lo: 2, hi: 6 });
    expect(sizes.agreements).toBe(await count(t.sql, 'agreement', []));
    expect(
      await count(t.sql, `(select p.agreement_id from agreement_party p join agency g on g.id = p.agency_id group by 1 having count(distinct g.sector) >= 2) x`, []),
    ).toBeGreaterThanOrEqual(20);
    // National parties and parties from other provinces in provincial agreements; national agreements.
    const provincial = `agreement a join agreement_party p on p.agreement_id = a.id join agency g on g.id = p.agency_id where a.province_code is not null`;
    expect(await count(t.sql, `(select distinct a.id from ${provincial} and g.level = 'NATIONAL') x`, [])).toBeGreaterThanOrEqual(2);
    expect(await count(t.sql, `(select distinct a.id from ${provincial} and g.province_code <> a.province_code) x`, [])).toBeGreaterThanOrEqual(1);
    expect(await count(t.sql, 'agreement where province_code is null', [])).toBeGreaterThanOrEqual(2);
    // Signed at a meeting (on its date) and within a network.
    expect(await count(t.sql, 'agreement a join meeting m on m.id = a.meeting_id where a.signed_on = m.held_on', [])).toBeGreaterThanOrEqual(3);
    expect(await count(t.sql, 'agreement a join meeting m on m.id = a.meeting_id where a.signed_on is distinct from m.held_on', [])).toBe(0);
    expect(await count(t.sql, 'agreement where network_id is not null', [])).toBeGreaterThanOrEqual(5);
    expect(await count(t.sql, 'agreement where expires_on < signed_on or terminated_on < signed_on', [])).toBe(0);
  });

  it('has commitments of every status, by parties of their agreement, some overdue, with indicators', async () => {
    expect(await count(t.sql, 'commitment c where not exists (select 1 from agreement_party p where p.agreement_id = c.agreement_id and p.agency_id = c.agency_id)', [])).toBe(0);
    expect(await values(t.sql, 'status', 'commitment')).toEqual(sorted(CommitmentStatus));
    expect(await count(t.sql, `commitment where status in ('PLANNED', 'IN_PROGRESS') and due_on < $1::date`)).toBeGreaterThanOrEqual(3);
    expect(await count(t.sql, 'commitment where indicator is not null and target_value is not null and achieved_value is not null', [])).toBeGreaterThanOrEqual(20);
    // Commitments of drafts are all still planned.
    expect(await count(t.sql, `commitment c join agreement a on a.id = c.agreement_id where ${AGREEMENT_STATUS} = 'DRAFT' and c.status <> 'PLANNED'`)).toBe(0);
  });

  it('has action items of every status and priority over 18 months, consistent with their history', async () => {
    expect(await values(t.sql, 'status', 'action_item')).toEqual(sorted(ActionStatus));
    expect(await values(t.sql, 'priority', 'action_item')).toEqual(sorted(Priority));
    const span = await t.sql.one<{ first: string; last: string; n: number }>(
      `select min(opened_on)::text as first, max(opened_on)::text as last, count(*)::int as n from action_item`,
    );
    expect(span.n).toBeGreaterThanOrEqual(150);
    expect(span.first >= addDays(TODAY, -550) && span.first <= addDays(TODAY, -480)).toBe(true);
    expect(span.last <= TODAY).toBe(true);
    expect(await count(t.sql, `action_item where status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') and due_on < $1::date`)).toBeGreaterThanOrEqual(10);
    expect(await count(t.sql, 'action_item where commitment_id is not null', [])).toBeGreaterThanOrEqual(10);
    expect(await count(t.sql, 'action_item where meeting_id is not null', [])).toBeGreaterThanOrEqual(10);
    expect(await values(t.sql, 'province_code', 'action_item')).toEqual(DEMO_PROVINCES);
    // Dates: due >= opened; completed only for DONE, between opened and today.
    expect(await count(t.sql, 'action_item where due_on < opened_on or opened_on > $1::date')).toBe(0);
    expect(await count(t.sql, `action_item where (status = 'DONE') <> (completed_on is not null)`, [])).toBe(0);
    expect(await count(t.sql, `action_item where completed_on < opened_on or completed_on > $1::date`)).toBe(0);
    // Mostly agencies of the item's province; the others are national bodies.
    expect(await count(t.sql, 'action_item i join agency g on g.id = i.agency_id where g.province_code <> i.province_code', [])).toBe(0);
    expect(await count(t.sql, 'action_item i join commitment c on c.id = i.commitment_id where c.agency_id <> i.agency_id', [])).toBe(0);
    // History: version = 1 + entries; entries between opening and now, by demo users who may write.
    expect(await count(t.sql, 'action_item i where version <> 1 + (select count(*) from action_update u where u.action_item_id = i.id)', [])).toBe(0);
    expect(await count(t.sql, 'action_update', [])).toBeGreaterThanOrEqual(span.n);
    expect(
      await count(t.sql, `action_update u join action_item i on i.id = u.action_item_id
                          where (u.created_at at time zone 'Asia/Jakarta')::date < i.opened_on or u.created_at > now()`, []),
    ).toBe(0);
    expect(await count(t.sql, `action_update u join hub_user h on h.id = u.author_id where h.role not in ('ADMIN', 'COORDINATOR', 'MEMBER')`, [])).toBe(0);
    expect(
      await count(t.sql, `action_update u join action_item i on i.id = u.action_item_id join hub_user h on h.id = u.author_id
                          where (h.role = 'MEMBER' and h.agency_id <> i.agency_id) or (h.role = 'COORDINATOR' and h.province_code <> i.province_code)`, []),
    ).toBe(0);
    expect(await count(t.sql, `action_update where (from_status is null) <> (to_status is null) or from_status = to_status`, [])).toBe(0);
    // Status changes chain from OPEN to the item's current status; DONE is recorded on completedOn.
    const chains = await t.sql.all<{ id: number; status: string; completed_on: string | null; steps: { from: string; to: string; day: string }[] | null }>(
      `select i.id, i.status, i.completed_on::text,
              (select json_agg(json_build_object('from', u.from_status, 'to', u.to_status,
                                                 'day', ((u.created_at at time zone 'Asia/Jakarta')::date)::text) order by u.created_at, u.id)
                 from action_update u where u.action_item_id = i.id and u.to_status is not null) as steps
         from action_item i`,
    );
    for (const c of chains) {
      let current = 'OPEN';
      for (const s of c.steps ?? []) {
        expect(s.from).toBe(current);
        current = s.to;
      }
      expect(current).toBe(c.status);
      if (c.status === 'DONE') expect(c.steps!.at(-1)!.day).toBe(c.completed_on);
    }
    // Notes are in Bahasa Indonesia and the audit trail mirrors the history.
    expect(await count(t.sql, 'action_update where note is not null', [])).toBeGreaterThan(0);
    expect(await count(t.sql, `audit_event where entity_type = 'ActionItem'`, [])).toBe(await count(t.sql, 'action_update', []));
  });

  it('has recommendations of Komnas Perempuan and KPAI: answered and being implemented, overdue, noted with reasons', async () => {
    const admin = accounts.find((a) => a.role === 'ADMIN')!;
    const res = await t.gql(
      `{ recommendations(first: 20) { nodes { title issuer { acronym } province { code } status response responseNote responseDueOn
          addressees { acronym } actionItems { status recommendation { title } } } } }`,
      {},
      await login(t, admin.email, admin.password),
    );
    expect(res.errors).toBeUndefined();
    const byProvince = (code: string) => res.data!.recommendations.nodes.filter((r: any) => r.province?.code === code);
    const [kalbar] = byProvince('61');
    expect(kalbar).toMatchObject({ issuer: { acronym: 'Komnas Perempuan' }, status: 'IN_PROGRESS', response: 'ACCEPTED' });
    expect(kalbar.title).toMatch(/lintas sektor/);
    expect(kalbar.actionItems.map((i: any) => i.status).sort()).toEqual(['DONE', 'IN_PROGRESS', 'OPEN']);
    const kpai = res.data!.recommendations.nodes.filter((r: any) => r.issuer.acronym === 'KPAI');
    expect(kpai.map((r: any) => r.province.code).sort()).toEqual(['32', '35']);
    expect(byProvince('32')[0]).toMatchObject({ status: 'RESPONSE_OVERDUE', response: null });
    expect(byProvince('35')[0]).toMatchObject({ status: 'NOT_ACCEPTED', response: 'NOTED' });
    expect(byProvince('35')[0].responseNote.length).toBeGreaterThan(20);
    expect(byProvince('52').map((r: any) => r.status).sort()).toEqual(['AWAITING_RESPONSE', 'IMPLEMENTED']);
  });

  it('has a few hundred anonymous cases with referrals, services and outcomes of every kind', async () => {
    const n = await count(t.sql, 'case_record', []);
    expect(n).toBeGreaterThanOrEqual(300);
    expect(n).toBeLessThanOrEqual(500);
    expect(await values(t.sql, 'province_code', 'case_record')).toEqual(DEMO_PROVINCES);
    expect(await count(t.sql, `case_record where reported_on > $1::date or reported_on < $1::date - 550`)).toBe(0);
    expect(await values(t.sql, 'issue_area', 'case_record')).toEqual(sorted(IssueArea));
    expect(await values(t.sql, 'victim_age_group', 'case_record')).toEqual(sorted(AgeGroup));
    expect(await values(t.sql, 'victim_sex', 'case_record')).toEqual(sorted(Sex));
    expect(await values(t.sql, 'outcome', 'case_record')).toEqual(sorted(CaseOutcome));
    expect(await values(t.sql, 'status', 'referral')).toEqual(sorted(ReferralStatus));
    expect(await values(t.sql, 'type', 'service_record')).toEqual(sorted(ServiceType));
    // closed_on exactly for closed outcomes, after all activity.
    expect(await count(t.sql, `case_record where (outcome = any($1::text[])) <> (closed_on is not null)`, [CLOSED])).toBe(0);
    expect(await count(t.sql, 'case_record where closed_on < reported_on or closed_on > $1::date')).toBe(0);
    expect(await count(t.sql, 'service_record s join case_record c on c.id = s.case_id where s.provided_on < c.reported_on or s.provided_on > $1::date or s.provided_on > c.closed_on')).toBe(0);
    expect(
      await count(t.sql, `referral r join case_record c on c.id = r.case_id
                          where r.referred_on < c.reported_on or r.referred_on > $1::date or r.responded_on < r.referred_on or r.responded_on > $1::date
                             or (r.status = 'PENDING') <> (r.responded_on is null) or r.from_agency_id = r.to_agency_id`),
    ).toBe(0);
    expect(await count(t.sql, `referral where status = 'PENDING' and referred_on > $1::date - 14`)).toBeGreaterThanOrEqual(1);
    expect(await count(t.sql, `referral where status = 'PENDING' and referred_on <= $1::date - 14`)).toBeGreaterThanOrEqual(1);
    // Agencies in cases belong to the case's province, except national bodies.
    expect(await count(t.sql, 'case_record c join agency g on g.id = c.intake_agency_id where g.province_code is distinct from c.province_code', [])).toBe(0);
    expect(await count(t.sql, 'case_record where regency_code is not null and regency_code not like province_code || $1', ['.%'])).toBe(0);
  });

  it('gives cases unique codes <iso>-<year>-<6 random characters> that carry no sequence', async () => {
    expect(await count(t.sql, `case_record c join province p on p.code = c.province_code
                               where c.code !~ ('^' || p.iso_code || '-' || extract(year from c.reported_on)::int || '-[${CASE_CODE_ALPHABET}]{6}$')`, [])).toBe(0);
    expect(await count(t.sql, '(select code from case_record group by 1 having count(*) > 1) x', [])).toBe(0);
    // Random, not numbered: in reporting order, the codes of a province and year are not sorted.
    const codes = await t.sql.all<{ code: string }>(`select code from case_record where province_code = '52' order by reported_on, id`);
    expect(codes.length).toBeGreaterThan(20);
    expect(codes.map((c) => c.code)).not.toEqual(codes.map((c) => c.code).sort());
  });

  it('shows many cases in some provinces and few (suppressed) in others', async () => {
    const perProvince = await t.sql.all<{ p: string; n: number }>(
      `select province_code as p, count(*)::int as n from case_record where reported_on > $1::date - 365 group by 1 order by 2`,
      [TODAY],
    );
    expect(perProvince[0].n).toBeLessThan(20);
    expect(perProvince.at(-1)!.n).toBeGreaterThanOrEqual(60);
    // Some breakdown cells from 1 to 4, which other viewers see withheld.
    expect(
      await count(t.sql, `(select province_code, issue_area from case_record where reported_on > $1::date - 365 group by 1, 2 having count(*) between 1 and 4) x`),
    ).toBeGreaterThanOrEqual(3);
  });

  it('never stores personal data: case records hold codes, places, categories and dates only', async () => {
    const cols = await values(t.sql, 'column_name', `information_schema.columns where table_schema = current_schema() and table_name = 'case_record' and $1::text is not null`);
    expect(cols).toEqual(
      ['closed_on', 'code', 'created_at', 'id', 'intake_agency_id', 'issue_area', 'outcome', 'province_code', 'regency_code', 'reported_on', 'updated_at', 'victim_age_group', 'victim_sex'],
    );
    expect(await count(t.sql, `meeting where summary ~* '(nama korban|alamat korban|tanggal lahir|nomor telepon)' or summary ~ '\\mNIK\\M'`, [])).toBe(0);
  });

  it('does nothing when the hub already has agencies, or in production', async () => {
    const before = await checksum(t.sql);
    expect(await loadDemoData(t.hub.orm, silentLogger, { today: TODAY })).toEqual([]);
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(await loadDemoData(t.hub.orm, silentLogger, { today: TODAY })).toEqual([]);
    } finally {
      process.env.NODE_ENV = env;
    }
    expect(await checksum(t.sql)).toBe(before);
  });

  it('is deterministic for the same day and follows the day it is built for', async () => {
    await resetDatabase(t.sql);
    await loadDemoData(t.hub.orm, silentLogger, { today: TODAY });
    const first = await checksum(t.sql);
    await resetDatabase(t.sql);
    await loadDemoData(t.hub.orm, silentLogger, { today: TODAY });
    expect(await checksum(t.sql)).toBe(first);

    const past = '2025-03-15';
    await resetDatabase(t.sql);
    const again = await loadDemoData(t.hub.orm, silentLogger, { today: past });
    expect(again.map((a) => a.email)).toEqual(accounts.map((a) => a.email));
    const latest = await t.sql.one<{ cases: string; opened: string; held: string }>(
      `select (select max(reported_on)::text from case_record) as cases, (select max(opened_on)::text from action_item) as opened,
              (select max(held_on)::text from meeting) as held`,
    );
    expect(latest.cases <= past && latest.opened <= past && latest.held <= past).toBe(true);
    expect(await values(t.sql, AGREEMENT_STATUS, 'agreement a', past)).toEqual(sorted(AgreementStatus));
    expect(await checksum(t.sql)).not.toBe(first);
    // Leave the database as the other test files expect it.
    await resetDatabase(t.sql);
  });
});
