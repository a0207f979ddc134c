import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { todayIn } from '../common/dates';
import type { Logger } from '../common/logger';
import { Sql } from '../common/sql';
import { hashPassword } from '../modules/auth/password';
import { ACCOUNTS, DEMO_PASSWORD, DEMO_PROVINCES } from './catalogue';
import { generateDemoData, type DemoDataset, type ProvinceRef, type RegencyRef } from './generate';
import { insertDemoRecommendations } from './recommendations';

export interface DemoAccount {
  email: string;
  password: string;
  role: string;
  description: string;
}

export interface DemoDataOptions {
  /** The day the demo world is built around (YYYY-MM-DD); default: today in `timeZone`. */
  today?: string;
  /** Default: TZ_HUB, else Asia/Jakarta (the hub's default time zone). */
  timeZone?: string;
}

const ROLE_ORDER = ['ADMIN', 'COORDINATOR', 'OVERSIGHT', 'MEMBER'];

/**
 * Fills an empty hub with a believable, deterministic demo world (six provinces and the
 * national level) in one transaction, and returns the demo accounts it created. Does
 * nothing (returns []) in production or when the database already has agencies.
 */
export async function loadDemoData(orm: MikroORM, log: Logger, options: DemoDataOptions = {}): Promise<DemoAccount[]> {
  if (process.env.NODE_ENV === 'production') {
    log.warn('Demo data are never loaded when NODE_ENV=production.');
    return [];
  }
  const started = Date.now();
  const timeZone = options.timeZone ?? (process.env.TZ_HUB?.trim() || 'Asia/Jakarta');
  const today = options.today ?? todayIn(timeZone);
  const hasAgencies = async (sql: Sql) => (await sql.one<{ n: number }>('select count(*)::int as n from agency')).n > 0;
  if (await hasAgencies(new Sql(orm.em.fork()))) {
    log.info('Demo data not loaded: the database already has agencies.');
    return [];
  }
  // Hashed once, outside the transaction, and shared by every demo account.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const result = await orm.em.fork().transactional(async (tem) => {
    const sql = new Sql(tem as EntityManager);
    const codes = DEMO_PROVINCES.map((p) => p.code);
    // Checked again inside the transaction, in case another process loaded data meanwhile.
    const reference = await sql.one<{ agencies: number; provinces: ProvinceRef[]; regencies: RegencyRef[] }>(
      `select (select count(*)::int from agency) as agencies,
              (select coalesce(json_agg(json_build_object('code', code, 'isoCode', iso_code, 'name', name) order by code), '[]')
                 from province where code = any($1::text[])) as provinces,
              (select coalesce(json_agg(json_build_object('code', code, 'provinceCode', province_code, 'name', name) order by code), '[]')
                 from regency where province_code = any($1::text[])) as regencies`,
      [codes],
    );
    if (reference.agencies > 0) return null;
    const data = generateDemoData({ today, now: new Date(), provinces: reference.provinces, regencies: reference.regencies });
    const accounts = await insertDataset(sql, data, passwordHash);
    await insertDemoRecommendations(sql, today);
    return { data, accounts };
  });

  if (!result) {
    log.info('Demo data not loaded: the database already has agencies.');
    return [];
  }
  log.info(`Loaded demo data for ${today} in ${Date.now() - started} ms: ${summarise(result.data)}`);
  return result.accounts;
}

function summarise(d: DemoDataset): string {
  return [
    `${d.agencies.length} agencies`,
    `${d.networks.length} networks (${d.memberships.length} members)`,
    `${d.meetings.length} meetings (${d.attendees.length} attendees)`,
    `${d.agreements.length} agreements (${d.parties.length} parties)`,
    `${d.commitments.length} commitments`,
    `${d.actionItems.length} action items (${d.actionUpdates.length} updates)`,
    `${d.cases.length} cases (${d.referrals.length} referrals, ${d.services.length} services)`,
    `${d.users.length} users`,
    `${d.auditEvents.length} audit events`,
  ].join(', ');
}

/**
 * The demo accounts a previous start created and that are still active, so a restart
 * can remind the user how to sign in. Their password is the demo one unless changed since.
 */
export async function existingDemoAccounts(orm: MikroORM): Promise<DemoAccount[]> {
  if (process.env.NODE_ENV === 'production') return [];
  const rows = await new Sql(orm.em.fork()).all<{ email: string }>(
    'select email from hub_user where email = any($1::text[]) and active',
    [ACCOUNTS.map((a) => a.email)],
  );
  const present = new Set(rows.map((r) => r.email));
  return ACCOUNTS.filter((a) => present.has(a.email))
    .map((a) => ({ email: a.email, password: DEMO_PASSWORD, role: a.role as string, description: a.description }))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

/** Prints the demo accounts as a table. */
export function printDemoAccounts(accounts: DemoAccount[], log: Logger) {
  if (!accounts.length) return;
  const headers = { role: 'Role', email: 'Email', description: 'What it is for' };
  const rows = [headers, ...accounts];
  const w = { role: Math.max(...rows.map((r) => r.role.length)), email: Math.max(...rows.map((r) => r.email.length)) };
  const line = (r: Omit<DemoAccount, 'password'>) => `  ${r.role.padEnd(w.role)}  ${r.email.padEnd(w.email)}  ${r.description}`;
  log.info('Demo accounts (demo data only, never use them in production):');
  log.info(line(headers));
  log.info(`  ${'-'.repeat(w.role)}  ${'-'.repeat(w.email)}  ${'-'.repeat(headers.description.length)}`);
  for (const a of accounts) log.info(line(a));
  // Logs never carry passwords, not even the demo one: it goes to a person at a terminal only.
  if (process.stdout.isTTY) process.stdout.write(`  Password for all of them: ${accounts[0].password}\n`);
  else log.info('The demo password is in the README ("Demo accounts").');
}

// ---------------------------------------------------------------- bulk insert

/** `{A,B}`: a PostgreSQL array literal of enum identifiers (no quoting needed). */
const pgArray = (values: string[]) => `{${values.join(',')}}`;

async function reserveIds(sql: Sql, counts: Record<string, number>): Promise<Record<string, number[]>> {
  const tables = Object.keys(counts);
  const row = await sql.one<Record<string, number[]>>(
    `select ${tables
      .map(
        (t, i) =>
          `(select coalesce(array_agg(nextval(pg_get_serial_sequence('${t}', 'id'))::int order by g), '{}'::int[])
              from generate_series(1, $${i + 1}::int) g) as "${t}"`,
      )
      .join(', ')}`,
    tables.map((t) => counts[t]),
  );
  for (const t of tables) row[t] = [...row[t]].sort((a, b) => a - b);
  return row;
}

async function insertDataset(sql: Sql, d: DemoDataset, passwordHash: string): Promise<DemoAccount[]> {
  const existing = await sql.all<{ id: number; email: string }>('select id, email from hub_user where email = any($1::text[])', [
    d.users.map((u) => u.email),
  ]);
  const existingId = new Map(existing.map((u) => [u.email, u.id]));
  const newUsers = d.users.filter((u) => !existingId.has(u.email));

  const ids = await reserveIds(sql, {
    agency: d.agencies.length,
    network: d.networks.length,
    meeting: d.meetings.length,
    agreement: d.agreements.length,
    commitment: d.commitments.length,
    hub_user: newUsers.length,
    action_item: d.actionItems.length,
    case_record: d.cases.length,
  });
  const agencyId = (i: number) => ids.agency[i];
  const opt = (map: (i: number) => number, i: number | null) => (i === null ? null : map(i));
  let next = 0;
  const userIds = d.users.map((u) => existingId.get(u.email) ?? ids.hub_user[next++]);

  await sql.run(
    `insert into agency (id, name, acronym, sector, level, province_code, regency_code, active, created_at, updated_at)
     select id, name, acronym, sector, level, province_code, regency_code, active, created_at, created_at
       from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bool[], $9::timestamptz[])
         as t(id, name, acronym, sector, level, province_code, regency_code, active, created_at)`,
    [
      ids.agency,
      d.agencies.map((a) => a.name),
      d.agencies.map((a) => a.acronym),
      d.agencies.map((a) => a.sector),
      d.agencies.map((a) => a.level),
      d.agencies.map((a) => a.provinceCode),
      d.agencies.map((a) => a.regencyCode),
      d.agencies.map((a) => a.active),
      d.agencies.map((a) => a.createdAt),
    ],
  );
  await sql.run(
    `insert into network (id, name, description, province_code, issue_areas, created_at)
     select id, name, description, province_code, issue_areas::text[], created_at
       from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
         as t(id, name, description, province_code, issue_areas, created_at)`,
    [
      ids.network,
      d.networks.map((n) => n.name),
      d.networks.map((n) => n.description),
      d.networks.map((n) => n.provinceCode),
      d.networks.map((n) => pgArray(n.issueAreas)),
      d.networks.map((n) => n.createdAt),
    ],
  );
  await sql.run(
    `insert into network_membership (network_id, agency_id, role, joined_on)
     select * from unnest($1::int[], $2::int[], $3::text[], $4::date[])`,
    [
      d.memberships.map((m) => ids.network[m.network]),
      d.memberships.map((m) => agencyId(m.agency)),
      d.memberships.map((m) => m.role),
      d.memberships.map((m) => m.joinedOn),
    ],
  );
  await sql.run(
    `insert into meeting (id, title, held_on, province_code, network_id, summary, created_at)
     select * from unnest($1::int[], $2::text[], $3::date[], $4::text[], $5::int[], $6::text[], $7::timestamptz[])`,
    [
      ids.meeting,
      d.meetings.map((m) => m.title),
      d.meetings.map((m) => m.heldOn),
      d.meetings.map((m) => m.provinceCode),
      d.meetings.map((m) => opt((i) => ids.network[i], m.network)),
      d.meetings.map((m) => m.summary),
      d.meetings.map((m) => m.createdAt),
    ],
  );
  await sql.run(`insert into meeting_attendee (meeting_id, agency_id) select * from unnest($1::int[], $2::int[])`, [
    d.attendees.map((a) => ids.meeting[a.meeting]),
    d.attendees.map((a) => agencyId(a.agency)),
  ]);
  await sql.run(
    `insert into agreement (id, title, reference, kind, issue_areas, province_code, network_id, meeting_id, signed_on, expires_on, terminated_on, created_at, updated_at)
     select id, title, reference, kind, issue_areas::text[], province_code, network_id, meeting_id, signed_on, expires_on, terminated_on, created_at, updated_at
       from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::date[], $10::date[], $11::date[],
                   $12::timestamptz[], $13::timestamptz[])
         as t(id, title, reference, kind, issue_areas, province_code, network_id, meeting_id, signed_on, expires_on, terminated_on, created_at, updated_at)`,
    [
      ids.agreement,
      d.agreements.map((a) => a.title),
      d.agreements.map((a) => a.reference),
      d.agreements.map((a) => a.kind),
      d.agreements.map((a) => pgArray(a.issueAreas)),
      d.agreements.map((a) => a.provinceCode),
      d.agreements.map((a) => opt((i) => ids.network[i], a.network)),
      d.agreements.map((a) => opt((i) => ids.meeting[i], a.meeting)),
      d.agreements.map((a) => a.signedOn),
      d.agreements.map((a) => a.expiresOn),
      d.agreements.map((a) => a.terminatedOn),
      d.agreements.map((a) => a.createdAt),
      d.agreements.map((a) => a.updatedAt),
    ],
  );
  await sql.run(`insert into agreement_party (agreement_id, agency_id) select * from unnest($1::int[], $2::int[])`, [
    d.parties.map((p) => ids.agreement[p.agreement]),
    d.parties.map((p) => agencyId(p.agency)),
  ]);
  await sql.run(
    `insert into commitment (id, agreement_id, agency_id, description, issue_area, indicator, target_value, achieved_value, due_on, status, created_at, updated_at)
     select * from unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::date[], $10::text[],
                          $11::timestamptz[], $12::timestamptz[])`,
    [
      ids.commitment,
      d.commitments.map((c) => ids.agreement[c.agreement]),
      d.commitments.map((c) => agencyId(c.agency)),
      d.commitments.map((c) => c.description),
      d.commitments.map((c) => c.issueArea),
      d.commitments.map((c) => c.indicator),
      d.commitments.map((c) => c.targetValue),
      d.commitments.map((c) => c.achievedValue),
      d.commitments.map((c) => c.dueOn),
      d.commitments.map((c) => c.status),
      d.commitments.map((c) => c.createdAt),
      d.commitments.map((c) => c.updatedAt),
    ],
  );
  await sql.run(
    `insert into hub_user (id, email, display_name, password_hash, role, province_code, agency_id, active, created_at)
     select id, email, display_name, $8, role, province_code, agency_id, true, created_at
       from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[])
         as t(id, email, display_name, role, province_code, agency_id, created_at)`,
    [
      ids.hub_user,
      newUsers.map((u) => u.email),
      newUsers.map((u) => u.displayName),
      newUsers.map((u) => u.role),
      newUsers.map((u) => u.provinceCode),
      newUsers.map((u) => opt(agencyId, u.agency)),
      newUsers.map((u) => u.createdAt),
      passwordHash,
    ],
  );
  await sql.run(
    `insert into action_item (id, title, description, province_code, agency_id, commitment_id, meeting_id, priority, status, opened_on, due_on, completed_on, version, created_at, updated_at)
     select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::text[], $9::text[], $10::date[], $11::date[],
                          $12::date[], $13::int[], $14::timestamptz[], $15::timestamptz[])`,
    [
      ids.action_item,
      d.actionItems.map((a) => a.title),
      d.actionItems.map((a) => a.description),
      d.actionItems.map((a) => a.provinceCode),
      d.actionItems.map((a) => agencyId(a.agency)),
      d.actionItems.map((a) => opt((i) => ids.commitment[i], a.commitment)),
      d.actionItems.map((a) => opt((i) => ids.meeting[i], a.meeting)),
      d.actionItems.map((a) => a.priority),
      d.actionItems.map((a) => a.status),
      d.actionItems.map((a) => a.openedOn),
      d.actionItems.map((a) => a.dueOn),
      d.actionItems.map((a) => a.completedOn),
      d.actionItems.map((a) => a.version),
      d.actionItems.map((a) => a.createdAt),
      d.actionItems.map((a) => a.updatedAt),
    ],
  );
  await sql.run(
    `insert into action_update (action_item_id, author_id, note, from_status, to_status, changes, created_at)
     select item, author, note, from_status, to_status, changes::jsonb, created_at
       from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
         with ordinality as t(item, author, note, from_status, to_status, changes, created_at, n)
      order by n`,
    [
      d.actionUpdates.map((u) => ids.action_item[u.item]),
      d.actionUpdates.map((u) => userIds[u.author]),
      d.actionUpdates.map((u) => u.note),
      d.actionUpdates.map((u) => u.fromStatus),
      d.actionUpdates.map((u) => u.toStatus),
      d.actionUpdates.map((u) => (u.changes ? JSON.stringify(u.changes) : null)),
      d.actionUpdates.map((u) => u.createdAt),
    ],
  );
  // The audit trail of those updates, in the order they happened.
  const audit = d.auditEvents.map((e, i) => ({ e, i })).sort((x, y) => Date.parse(x.e.at) - Date.parse(y.e.at) || x.i - y.i);
  await sql.run(
    `insert into audit_event (at, actor_id, action, entity_type, entity_id, province_code, changes)
     select at, actor, action, 'ActionItem', entity_id, province_code, changes::jsonb
       from unnest($1::timestamptz[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])
         with ordinality as t(at, actor, action, entity_id, province_code, changes, n)
      order by n`,
    [
      audit.map(({ e }) => e.at),
      audit.map(({ e }) => userIds[e.actor]),
      audit.map(({ e }) => e.action),
      audit.map(({ e }) => String(ids.action_item[e.item])),
      audit.map(({ e }) => e.provinceCode),
      audit.map(({ e }) => (e.changes && Object.keys(e.changes).length ? JSON.stringify(e.changes) : null)),
    ],
  );
  await sql.run(
    `insert into case_record (id, code, province_code, regency_code, issue_area, victim_age_group, victim_sex, reported_on, intake_agency_id, outcome, closed_on, created_at, updated_at)
     select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::int[], $10::text[], $11::date[],
                          $12::timestamptz[], $13::timestamptz[])`,
    [
      ids.case_record,
      d.cases.map((c) => c.code),
      d.cases.map((c) => c.provinceCode),
      d.cases.map((c) => c.regencyCode),
      d.cases.map((c) => c.issueArea),
      d.cases.map((c) => c.victimAgeGroup),
      d.cases.map((c) => c.victimSex),
      d.cases.map((c) => c.reportedOn),
      d.cases.map((c) => agencyId(c.intakeAgency)),
      d.cases.map((c) => c.outcome),
      d.cases.map((c) => c.closedOn),
      d.cases.map((c) => c.createdAt),
      d.cases.map((c) => c.updatedAt),
    ],
  );
  await sql.run(
    `insert into referral (case_id, from_agency_id, to_agency_id, referred_on, responded_on, status, created_at)
     select case_id, from_id, to_id, referred_on, responded_on, status, created_at
       from unnest($1::int[], $2::int[], $3::int[], $4::date[], $5::date[], $6::text[], $7::timestamptz[])
         with ordinality as t(case_id, from_id, to_id, referred_on, responded_on, status, created_at, n)
      order by n`,
    [
      d.referrals.map((r) => ids.case_record[r.case]),
      d.referrals.map((r) => agencyId(r.from)),
      d.referrals.map((r) => agencyId(r.to)),
      d.referrals.map((r) => r.referredOn),
      d.referrals.map((r) => r.respondedOn),
      d.referrals.map((r) => r.status),
      d.referrals.map((r) => r.createdAt),
    ],
  );
  await sql.run(
    `insert into service_record (case_id, agency_id, type, provided_on, created_at)
     select case_id, agency_id, type, provided_on, created_at
       from unnest($1::int[], $2::int[], $3::text[], $4::date[], $5::timestamptz[])
         with ordinality as t(case_id, agency_id, type, provided_on, created_at, n)
      order by n`,
    [
      d.services.map((s) => ids.case_record[s.case]),
      d.services.map((s) => agencyId(s.agency)),
      d.services.map((s) => s.type),
      d.services.map((s) => s.providedOn),
      d.services.map((s) => s.createdAt),
    ],
  );
  return newUsers
    .map((u) => ({ email: u.email, password: DEMO_PASSWORD, role: u.role as string, description: u.description }))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}
