import type { Sql } from '../../src/common/sql';
import { hashPassword } from '../../src/modules/auth/password';
import type { TestHub } from './harness';

/**
 * Factories in the style of Outline's: each builds one record straight in the database,
 * creating the parents it needs, with overridable defaults. They bypass the API on
 * purpose so a test arranges its world in a few lines and exercises only what it tests.
 */
let seq = 0;
const next = () => ++seq;

export interface AgencyRow {
  id: number;
  name: string;
  sector: string;
  level: string;
  provinceCode: string | null;
}

export async function buildAgency(
  sql: Sql,
  o: Partial<{ name: string; acronym: string | null; sector: string; level: string; provinceCode: string | null; regencyCode: string | null; active: boolean }> = {},
): Promise<AgencyRow> {
  const level = o.level ?? (o.provinceCode === null ? 'NATIONAL' : o.regencyCode ? 'REGENCY' : 'PROVINCE');
  const provinceCode = o.provinceCode === undefined ? (level === 'NATIONAL' ? null : '52') : o.provinceCode;
  return sql.one<AgencyRow>(
    `insert into agency (name, acronym, sector, level, province_code, regency_code, active, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, now(), now())
     returning id, name, sector, level, province_code as "provinceCode"`,
    [
      o.name ?? `Agency ${next()}`,
      o.acronym ?? null,
      o.sector ?? 'PROTECTION_SERVICE',
      level,
      provinceCode,
      o.regencyCode ?? null,
      o.active ?? true,
    ],
  );
}

export interface UserRow {
  id: number;
  email: string;
  password: string;
  role: string;
}

export const TEST_PASSWORD = 'correct-horse-battery';
let cachedHash: Promise<string> | null = null;

export async function buildUser(
  sql: Sql,
  o: Partial<{ role: string; provinceCode: string | null; agencyId: number | null; email: string; displayName: string; active: boolean }> = {},
): Promise<UserRow> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const role = o.role ?? 'ADMIN';
  let agencyId = o.agencyId ?? null;
  if (role === 'MEMBER' && agencyId === null) agencyId = (await buildAgency(sql, { provinceCode: o.provinceCode ?? '52' })).id;
  const provinceCode = role === 'COORDINATOR' ? (o.provinceCode ?? '52') : null;
  const email = o.email ?? `user${next()}-${role.toLowerCase()}@example.org`;
  const row = await sql.one<{ id: number }>(
    `insert into hub_user (email, display_name, password_hash, role, province_code, agency_id, active, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, now()) returning id`,
    [email, o.displayName ?? `Test ${role.toLowerCase()}`, await cachedHash, role, provinceCode, agencyId, o.active ?? true],
  );
  return { id: row.id, email, password: TEST_PASSWORD, role };
}

/** Signs a user in through the real `login` mutation and returns the bearer token. */
export async function login(t: TestHub, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await t.gql<{ login: { token: string } }>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

export interface SignedIn {
  token: string;
  user: UserRow;
  agencyId: number | null;
  provinceCode: string | null;
}

/** Creates a user of the role (COORDINATOR of 52 and MEMBER of a new agency in 52 by default) and signs in. */
export async function signIn(
  t: TestHub,
  role: 'ADMIN' | 'COORDINATOR' | 'OVERSIGHT' | 'MEMBER',
  o: Partial<{ provinceCode: string; agencyId: number }> = {},
): Promise<SignedIn> {
  const user = await buildUser(t.sql, { role, provinceCode: o.provinceCode, agencyId: o.agencyId });
  const token = await login(t, user.email);
  const row = await t.sql.one<{ agencyId: number | null; provinceCode: string | null }>(
    'select agency_id as "agencyId", province_code as "provinceCode" from hub_user where id = $1',
    [user.id],
  );
  return { token, user, ...row };
}

export async function buildNetwork(
  sql: Sql,
  o: Partial<{ name: string; provinceCode: string | null; issueAreas: string[]; memberIds: number[] }> = {},
) {
  const row = await sql.one<{ id: number }>(
    `insert into network (name, description, province_code, issue_areas, created_at) values ($1, null, $2, $3::text[], now()) returning id`,
    [o.name ?? `Network ${next()}`, o.provinceCode === undefined ? '52' : o.provinceCode, o.issueAreas ?? ['CHILD_MARRIAGE']],
  );
  for (const agencyId of o.memberIds ?? []) {
    await sql.run(`insert into network_membership (network_id, agency_id, role) values ($1, $2, 'MEMBER')`, [row.id, agencyId]);
  }
  return row;
}

export async function buildMeeting(
  sql: Sql,
  o: Partial<{ title: string; heldOn: string; provinceCode: string | null; networkId: number | null; attendeeIds: number[]; summary: string }> = {},
) {
  const row = await sql.one<{ id: number }>(
    `insert into meeting (title, held_on, province_code, network_id, summary, created_at) values ($1, $2, $3, $4, $5, now()) returning id`,
    [o.title ?? `Meeting ${next()}`, o.heldOn ?? '2026-01-15', o.provinceCode === undefined ? '52' : o.provinceCode, o.networkId ?? null, o.summary ?? null],
  );
  for (const agencyId of o.attendeeIds ?? []) {
    await sql.run('insert into meeting_attendee (meeting_id, agency_id) values ($1, $2)', [row.id, agencyId]);
  }
  return row;
}

export async function buildAgreement(
  sql: Sql,
  o: Partial<{
    title: string;
    kind: string;
    provinceCode: string | null;
    partyIds: number[];
    signedOn: string | null;
    expiresOn: string | null;
    terminatedOn: string | null;
    issueAreas: string[];
    networkId: number | null;
    meetingId: number | null;
  }> = {},
) {
  const provinceCode = o.provinceCode === undefined ? '52' : o.provinceCode;
  const partyIds =
    o.partyIds ??
    [
      (await buildAgency(sql, { provinceCode, sector: 'PROTECTION_SERVICE' })).id,
      (await buildAgency(sql, { provinceCode, sector: 'POLICE' })).id,
    ];
  const row = await sql.one<{ id: number }>(
    `insert into agreement (title, reference, kind, issue_areas, province_code, network_id, meeting_id, signed_on, expires_on, terminated_on, created_at, updated_at)
     values ($1, null, $2, $3::text[], $4, $5, $6, $7, $8, $9, now(), now()) returning id`,
    [
      o.title ?? `Agreement ${next()}`,
      o.kind ?? 'MOU',
      o.issueAreas ?? ['CHILD_MARRIAGE'],
      provinceCode,
      o.networkId ?? null,
      o.meetingId ?? null,
      o.signedOn === undefined ? '2026-01-01' : o.signedOn,
      o.expiresOn === undefined ? '2028-12-31' : o.expiresOn,
      o.terminatedOn ?? null,
    ],
  );
  for (const agencyId of partyIds) {
    await sql.run('insert into agreement_party (agreement_id, agency_id) values ($1, $2)', [row.id, agencyId]);
  }
  return { id: row.id, partyIds, provinceCode };
}

export async function buildCommitment(
  sql: Sql,
  o: Partial<{
    agreementId: number;
    agencyId: number;
    description: string;
    status: string;
    dueOn: string | null;
    issueArea: string | null;
    targetValue: number | null;
    achievedValue: number | null;
  }> = {},
) {
  let agreementId = o.agreementId;
  let agencyId = o.agencyId;
  if (!agreementId) {
    const a = await buildAgreement(sql);
    agreementId = a.id;
    agencyId ??= a.partyIds[0];
  }
  if (!agencyId) {
    agencyId = (await sql.one<{ agency_id: number }>('select agency_id from agreement_party where agreement_id = $1 limit 1', [agreementId]))
      .agency_id;
  }
  const row = await sql.one<{ id: number }>(
    `insert into commitment (agreement_id, agency_id, description, issue_area, indicator, target_value, achieved_value, due_on, status, created_at, updated_at)
     values ($1, $2, $3, $4, null, $5, $6, $7, $8, now(), now()) returning id`,
    [
      agreementId,
      agencyId,
      o.description ?? `Commitment ${next()}`,
      o.issueArea ?? null,
      o.targetValue ?? null,
      o.achievedValue ?? null,
      o.dueOn === undefined ? '2026-06-30' : o.dueOn,
      o.status ?? 'PLANNED',
    ],
  );
  return { id: row.id, agreementId, agencyId };
}

export async function buildActionItem(
  sql: Sql,
  o: Partial<{
    title: string;
    provinceCode: string;
    agencyId: number;
    commitmentId: number | null;
    meetingId: number | null;
    priority: string;
    status: string;
    openedOn: string;
    dueOn: string;
    completedOn: string | null;
    version: number;
    recommendationId: number | null;
  }> = {},
) {
  const provinceCode = o.provinceCode ?? '52';
  const agencyId = o.agencyId ?? (await buildAgency(sql, { provinceCode })).id;
  const row = await sql.one<{ id: number }>(
    `insert into action_item (title, description, province_code, agency_id, commitment_id, meeting_id, priority, status, opened_on, due_on, completed_on, version, recommendation_id, created_at, updated_at)
     values ($1, null, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now(), now()) returning id`,
    [
      o.title ?? `Action ${next()}`,
      provinceCode,
      agencyId,
      o.commitmentId ?? null,
      o.meetingId ?? null,
      o.priority ?? 'MEDIUM',
      o.status ?? 'OPEN',
      o.openedOn ?? '2026-01-01',
      o.dueOn ?? '2026-03-31',
      o.completedOn ?? null,
      o.version ?? 1,
      o.recommendationId ?? null,
    ],
  );
  return { id: row.id, agencyId, provinceCode };
}

export async function buildCase(
  sql: Sql,
  o: Partial<{
    provinceCode: string;
    regencyCode: string | null;
    issueArea: string;
    victimAgeGroup: string;
    victimSex: string;
    reportedOn: string;
    intakeAgencyId: number;
    outcome: string;
    closedOn: string | null;
  }> = {},
) {
  const provinceCode = o.provinceCode ?? '52';
  const intakeAgencyId = o.intakeAgencyId ?? (await buildAgency(sql, { provinceCode })).id;
  const n = next();
  const row = await sql.one<{ id: number; code: string }>(
    `insert into case_record (code, province_code, regency_code, issue_area, victim_age_group, victim_sex, reported_on, intake_agency_id, outcome, closed_on, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), now()) returning id, code`,
    [
      `T${provinceCode}-${String(n).padStart(6, '0')}`,
      provinceCode,
      o.regencyCode ?? null,
      o.issueArea ?? 'DOMESTIC_VIOLENCE',
      o.victimAgeGroup ?? 'ADULT_25_59',
      o.victimSex ?? 'FEMALE',
      o.reportedOn ?? '2026-02-01',
      intakeAgencyId,
      o.outcome ?? 'OPEN',
      o.closedOn ?? null,
    ],
  );
  return { id: row.id, code: row.code, intakeAgencyId, provinceCode };
}

export async function buildReferral(
  sql: Sql,
  o: { caseId: number; fromAgencyId: number; toAgencyId: number; referredOn?: string; respondedOn?: string | null; status?: string },
) {
  return sql.one<{ id: number }>(
    `insert into referral (case_id, from_agency_id, to_agency_id, referred_on, responded_on, status, created_at)
     values ($1, $2, $3, $4, $5, $6, now()) returning id`,
    [o.caseId, o.fromAgencyId, o.toAgencyId, o.referredOn ?? '2026-02-02', o.respondedOn ?? null, o.status ?? 'PENDING'],
  );
}

export async function buildService(sql: Sql, o: { caseId: number; agencyId: number; type?: string; providedOn?: string }) {
  return sql.one<{ id: number }>(
    `insert into service_record (case_id, agency_id, type, provided_on, created_at) values ($1, $2, $3, $4, now()) returning id`,
    [o.caseId, o.agencyId, o.type ?? 'PSYCHOSOCIAL', o.providedOn ?? '2026-02-03'],
  );
}

/** Row counts of every data table, to assert that a refused mutation changed nothing. */
export async function snapshotCounts(sql: Sql): Promise<Record<string, number>> {
  const tables = ['recommendation', 'recommendation_addressee', 'agency', 'network', 'network_membership', 'meeting', 'meeting_attendee', 'agreement', 'agreement_party', 'commitment', 'action_item', 'action_update', 'case_record', 'referral', 'service_record', 'hub_user', 'audit_event', 'notification', 'notification_setting', 'email_outbox', 'followup_sweep'];
  const row = await sql.one<Record<string, number>>(
    `select ${tables.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`,
  );
  return row;
}

/**
 * A recommendation of an oversight body (a new national OVERSIGHT agency unless `issuerId`),
 * to province 52 unless told otherwise; answered when `response` is given (on `respondedOn`,
 * default the day it was issued).
 */
export async function buildRecommendation(
  sql: Sql,
  o: Partial<{
    title: string;
    issuerId: number;
    issuedOn: string;
    provinceCode: string | null;
    issueAreas: string[];
    responseDueOn: string | null;
    response: string | null;
    responseNote: string | null;
    respondedOn: string | null;
    addresseeIds: number[];
    createdById: number;
  }> = {},
) {
  const issuerId = o.issuerId ?? (await buildAgency(sql, { provinceCode: null, sector: 'OVERSIGHT' })).id;
  // Any existing user as the author (a new ADMIN only when there is none): recommendations
  // built by a test add no recipients of their own to what it counts.
  const createdById =
    o.createdById ?? (await sql.maybeOne<{ id: number }>('select id from hub_user order by id limit 1'))?.id ?? (await buildUser(sql, { role: 'ADMIN' })).id;
  const issuedOn = o.issuedOn ?? '2026-01-10';
  const response = o.response ?? null;
  const row = await sql.one<{ id: number }>(
    `insert into recommendation (title, text, issuer_id, issued_on, province_code, issue_areas, response_due_on, response, response_note,
       responded_on, created_by_id, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, now(), now()) returning id`,
    [
      o.title ?? `Recommendation ${next()}`,
      'Bangun kebijakan koordinasi lintas sektor.',
      issuerId,
      issuedOn,
      o.provinceCode === undefined ? '52' : o.provinceCode,
      o.issueAreas ?? ['TRAFFICKING'],
      o.responseDueOn ?? null,
      response,
      o.responseNote ?? (response && response !== 'ACCEPTED' ? 'Alasan' : null),
      response ? (o.respondedOn ?? issuedOn) : null,
      createdById,
    ],
  );
  for (const agencyId of o.addresseeIds ?? []) {
    await sql.run('insert into recommendation_addressee (recommendation_id, agency_id) values ($1, $2)', [row.id, agencyId]);
  }
  return { id: row.id, issuerId };
}
