import { Migration } from '@mikro-orm/migrations';

/**
 * What the coordination metrics (modules/metrics) need to answer in milliseconds at national
 * scale (300,000 action items; 200,000 cases with 800,000 referrals and services).
 *
 * 1. Covering partial indexes on action_item, chosen from EXPLAIN ANALYZE, for the per-agency
 *    figures (agencyActionStats) over the days at the edges of a period.
 * 2. Exact rollups, maintained by triggers in the same transaction as every change, so they can
 *    never show a stale number (docs/metrics.md, "How it is computed"):
 *    - metrics_case: one row per case with what the case figures need (first-service lag,
 *      number of sectors involved, referral counts, dates of PENDING referrals), recomputed for
 *      the cases a statement touches;
 *    - metrics_case_day / metrics_month: case counts per (province, reporting day / month) by
 *      issue area, outcome, with a service, in two or more sectors, and their referrals;
 *      metrics_case_lag / metrics_case_lag_month: how many cases of a day / month had their first
 *      service after how many days (for the median); metrics_case_pending: PENDING referrals by
 *      the day they were made (for the acceptance rate);
 *    - metrics_action_day / metrics_month: action items per (province, day / month) completed,
 *      falling due (and done on time), still open by due day; metrics_month also holds what the
 *      trend needs: items opened, and +1/-1 events for items becoming and ceasing to be overdue
 *      at month ends;
 *    - metrics_action_scope: per (province, agency) the number of items and of open items;
 *      metrics_action_agency_month: the monthly action counters per (province, agency, month);
 *    - metrics_agreement: one row per agreement with its dates, the sectors of its parties (a
 *      bitmask), its commitments by status and the due dates of those still running;
 *      metrics_agreement_pair: its pairs of parties of different sectors.
 *    A period reads whole months from the monthly rollups and only the days at its edges from
 *    the daily ones. The day, month and scope rollups are kept by adding deltas ("n = n + d"),
 *    exact under any concurrency; metrics_case is recomputed under a row lock (see
 *    metrics_refresh_cases). `select metrics_rebuild()` recomputes everything from the base
 *    tables: the backfill below, bulk loaders that run with triggers off, and TRUNCATE use it.
 * The rollups' province column uses the "C" collation so grouping and sorting by it never calls
 * the locale's string comparison.
 */

/** What each case fact adds (signed by s) to the case counters of a day or a month. */
const CASE_COUNTERS: [column: string, expression: string][] = [
  ['cases', 's'],
  ...['CHILD_MARRIAGE', 'VIOLENCE_AGAINST_WOMEN', 'DOMESTIC_VIOLENCE', 'SEXUAL_VIOLENCE', 'VIOLENCE_AGAINST_CHILDREN', 'TRAFFICKING', 'OTHER'].map(
    (v): [string, string] => [`ia_${v.toLowerCase()}`, `case when issue_area = '${v}' then s else 0 end`],
  ),
  ...['OPEN', 'IN_SERVICE', 'IN_LEGAL_PROCESS', 'RESOLVED', 'CONVICTED', 'DISMISSED', 'WITHDRAWN', 'REFERRED_OUT'].map(
    (v): [string, string] => [`out_${v.toLowerCase()}`, `case when outcome = '${v}' then s else 0 end`],
  ),
  ['with_service', 'case when days_to_first_service is not null then s else 0 end'],
  ['multi_sector', 'case when sector_count >= 2 then s else 0 end'],
  ['referrals', 's * referrals'],
  ['referrals_accepted', 's * referrals_accepted'],
];
/** The Sector enum in declaration order, as a SQL array (bit positions of sector_mask). */
const SECTOR_ARRAY = `array['PROTECTION_SERVICE', 'SOCIAL_WELFARE', 'POLICE', 'PROSECUTION', 'JUDICIARY', 'HEALTH', 'EDUCATION',
  'LEGAL_AID', 'CIVIL_SOCIETY', 'OVERSIGHT', 'COMMUNITY', 'OTHER']::text[]`;
/** What each action item adds (signed by s) to a day (of completion or due date) or a month. */
const ACTION_COUNTERS = ['done', 'due', 'due_on_time', 'open_due'];

const columns = (names: string[]) => names.map((c) => `"${c}" int not null default 0`).join(', ');
const addExcluded = (alias: string, names: string[]) => names.map((c) => `${c} = ${alias}.${c} + excluded.${c}`).join(', ');
const CASE_COLUMNS = CASE_COUNTERS.map(([c]) => c);

/** An upsert of case counters into metrics_case_day (by day) or metrics_month (by month). */
function caseCountersUpsert(table: 'metrics_case_day' | 'metrics_month', key: 'day' | 'month') {
  const bucket = key === 'day' ? 'reported_on' : `date_trunc('month', reported_on)::date`;
  return `insert into ${table} as t (province_code, ${key}, ${CASE_COLUMNS.join(', ')})
    select province_code, ${bucket}, ${CASE_COUNTERS.map(([, e]) => `sum(${e})`).join(', ')}
    from unnest(changes) group by 1, 2 order by 1, 2
    on conflict (province_code, ${key}) do update set ${addExcluded('t', CASE_COLUMNS)};`;
}

/** An upsert of a first-service-lag histogram (by day or month). */
function lagUpsert(table: 'metrics_case_lag' | 'metrics_case_lag_month', key: 'day' | 'month') {
  const bucket = key === 'day' ? 'reported_on' : `date_trunc('month', reported_on)::date`;
  return `insert into ${table} as l (province_code, ${key}, lag, cases)
    select province_code, ${bucket}, days_to_first_service, sum(s)
    from unnest(changes) where days_to_first_service is not null
    group by 1, 2, 3 having sum(s) <> 0 order by 1, 2, 3
    on conflict (province_code, ${key}, lag) do update set cases = l.cases + excluded.cases;
    delete from ${table} l using (select distinct province_code, ${bucket} as k from unnest(changes)) x
    where l.province_code = x.province_code and l.${key} = x.k and l.cases = 0;`;
}

/** An upsert of action counters: done by completion day/month, the others by due day/month. */
function actionCountersUpsert(table: 'metrics_action_day' | 'metrics_month' | 'metrics_action_agency_month', key: 'day' | 'month') {
  const bucket = (col: string) => (key === 'day' ? col : `date_trunc('month', ${col})::date`);
  const group = table === 'metrics_action_agency_month' ? 'province_code, agency_id' : 'province_code';
  return `insert into ${table} as t (${group}, ${key}, done, due, due_on_time, open_due)
    select ${group}, k, sum(done), sum(due), sum(due_on_time), sum(open_due)
    from (
      select ${group}, ${bucket('completed_on')} as k, s as done, 0 as due, 0 as due_on_time, 0 as open_due
      from unnest(changes) where status = 'DONE' and completed_on is not null
      union all
      select ${group}, ${bucket('due_on')}, 0, s,
        case when status = 'DONE' and completed_on <= due_on then s else 0 end,
        case when status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') then s else 0 end
      from unnest(changes) where status <> 'CANCELLED'
    ) x
    group by ${group}, k having sum(abs(done)) + sum(abs(due)) > 0 order by ${group}, k
    on conflict (${group}, ${key}) do update set ${addExcluded('t', ACTION_COUNTERS)};`;
}

export class Migration20261122150000_metrics_indexes extends Migration {
  override async up(): Promise<void> {
    // -- indexes ---------------------------------------------------------------------------
    // agencyActionStats.overdue: open items due on or after asOf (the other open ones are overdue)
    this.addSql(`create index "metrics_action_item_open_idx" on "action_item" ("province_code", "due_on") include ("agency_id") where "status" in ('OPEN', 'IN_PROGRESS', 'BLOCKED');`);
    // agencyActionStats.doneInPeriod: DONE items by completion day
    this.addSql(`create index "metrics_action_item_done_idx" on "action_item" ("province_code", "completed_on") include ("agency_id") where "status" = 'DONE';`);
    // agencyActionStats.onTimeRate: items by due day, cancelled ones left out
    this.addSql(`create index "metrics_action_item_due_idx" on "action_item" ("province_code", "due_on") include ("agency_id", "status", "completed_on") where "status" <> 'CANCELLED';`);

    // -- per-case facts ---------------------------------------------------------------------
    this.addSql(`create table "metrics_case" (
      "case_id" int not null primary key references "case_record" ("id") on delete cascade,
      "province_code" varchar(2) collate "C" not null,
      "reported_on" date not null,
      "issue_area" text not null,
      "outcome" text not null,
      "days_to_first_service" int null,
      "sector_count" int not null,
      "referrals" int not null,
      "referrals_accepted" int not null,
      "pending_referred_on" date[] not null
    );`);

    // The definition of the facts of a case; the only place they are computed.
    this.addSql(`create view "metrics_case_source" as
      select c.id as case_id, c.province_code, c.reported_on, c.issue_area, c.outcome,
        (select min(s.provided_on) from service_record s where s.case_id = c.id) - c.reported_on as days_to_first_service,
        (select count(distinct g.sector)::int
           from (select c.intake_agency_id as agency_id
                 union all select r.from_agency_id from referral r where r.case_id = c.id
                 union all select r.to_agency_id from referral r where r.case_id = c.id
                 union all select s.agency_id from service_record s where s.case_id = c.id) x
           join agency g on g.id = x.agency_id) as sector_count,
        (select count(*)::int from referral r where r.case_id = c.id) as referrals,
        (select count(*)::int from referral r where r.case_id = c.id and r.status in ('ACCEPTED', 'COMPLETED')) as referrals_accepted,
        array(select r.referred_on from referral r where r.case_id = c.id and r.status = 'PENDING' order by 1) as pending_referred_on
      from case_record c;`);

    const FACT_COLUMNS = 'province_code, reported_on, issue_area, outcome, days_to_first_service, sector_count, referrals, referrals_accepted, pending_referred_on';
    // Recomputes the facts of some cases. Locking their fact rows first serialises concurrent
    // refreshes of one case: under READ COMMITTED the recomputation (a later statement) then
    // sees what the transaction that held the lock committed, so no refresh overwrites another
    // with an older picture. (Under REPEATABLE READ the lock fails with a serialization error
    // instead, which is also safe.) Only rows whose facts changed are written.
    this.addSql(`create function "metrics_refresh_cases"(ids int[]) returns void language plpgsql as $fn$
      begin
        if ids is null or cardinality(ids) = 0 then return; end if;
        perform 1 from metrics_case where case_id = any(ids) order by case_id for update;
        delete from metrics_case m where m.case_id = any(ids) and not exists (select 1 from case_record c where c.id = m.case_id);
        update metrics_case m set (${FACT_COLUMNS}) = (${FACT_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')})
        from metrics_case_source s
        where s.case_id = any(ids) and m.case_id = s.case_id
          and (${FACT_COLUMNS.split(', ').map((c) => `m.${c}`).join(', ')}) is distinct from (${FACT_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')});
        insert into metrics_case (case_id, ${FACT_COLUMNS})
        select case_id, ${FACT_COLUMNS} from metrics_case_source s
        where s.case_id = any(ids) and not exists (select 1 from metrics_case m where m.case_id = s.case_id)
        order by case_id;
      end
    $fn$;`);

    this.addSql(`create function "metrics_case_changed"() returns trigger language plpgsql as $fn$
      begin
        if tg_op = 'INSERT' then
          perform metrics_refresh_cases(array(select id from new_rows));
        else
          perform metrics_refresh_cases(array(select id from new_rows union select id from old_rows));
        end if;
        return null;
      end
    $fn$;`);
    this.addSql(`create function "metrics_case_child_changed"() returns trigger language plpgsql as $fn$
      begin
        if tg_op = 'INSERT' then
          perform metrics_refresh_cases(array(select distinct case_id from new_rows));
        elsif tg_op = 'UPDATE' then
          perform metrics_refresh_cases(array(select case_id from new_rows union select case_id from old_rows));
        else
          perform metrics_refresh_cases(array(select distinct case_id from old_rows));
        end if;
        return null;
      end
    $fn$;`);
    // An agency that changes sector changes the sector count of every case it took part in, and
    // the sectors and cross-sector pairs of its agreements (metrics_refresh_agreements below).
    this.addSql(`create function "metrics_agency_sector_changed"() returns trigger language plpgsql as $fn$
      begin
        if not exists (select 1 from new_rows n join old_rows o on o.id = n.id where o.sector is distinct from n.sector) then
          return null;
        end if;
        perform metrics_refresh_cases(array(
          with changed as (select n.id from new_rows n join old_rows o on o.id = n.id where o.sector is distinct from n.sector)
          select c.id from case_record c join changed g on g.id = c.intake_agency_id
          union select r.case_id from referral r join changed g on g.id = r.from_agency_id
          union select r.case_id from referral r join changed g on g.id = r.to_agency_id
          union select s.case_id from service_record s join changed g on g.id = s.agency_id));
        perform metrics_refresh_agreements(array(
          select distinct p.agreement_id from agreement_party p
          join new_rows n on n.id = p.agency_id join old_rows o on o.id = n.id where o.sector is distinct from n.sector));
        return null;
      end
    $fn$;`);

    // -- rollups ----------------------------------------------------------------------------
    const PROVINCE = `"province_code" varchar(2) collate "C" not null`;
    this.addSql(`create table "metrics_case_day" (${PROVINCE}, "day" date not null, ${columns(CASE_COLUMNS)},
      constraint "metrics_case_day_pkey" primary key ("province_code", "day"));`);
    this.addSql(`create table "metrics_case_lag" (${PROVINCE}, "day" date not null, "lag" int not null, "cases" int not null,
      constraint "metrics_case_lag_pkey" primary key ("province_code", "day", "lag"));`);
    this.addSql(`create table "metrics_case_lag_month" (${PROVINCE}, "month" date not null, "lag" int not null, "cases" int not null,
      constraint "metrics_case_lag_month_pkey" primary key ("province_code", "month", "lag"));`);
    this.addSql(`create table "metrics_case_pending" (${PROVINCE}, "referred_on" date not null, "day" date not null, "referrals" int not null,
      constraint "metrics_case_pending_pkey" primary key ("province_code", "referred_on", "day"));`);
    this.addSql(`create table "metrics_action_day" (${PROVINCE}, "day" date not null, ${columns(ACTION_COUNTERS)},
      constraint "metrics_action_day_pkey" primary key ("province_code", "day"));`);
    this.addSql(`create table "metrics_month" (${PROVINCE}, "month" date not null,
      "opened" int not null default 0, "overdue_delta" int not null default 0, ${columns(ACTION_COUNTERS)}, ${columns(CASE_COLUMNS)},
      constraint "metrics_month_pkey" primary key ("province_code", "month"));`);
    this.addSql(`create table "metrics_action_agency_month" (${PROVINCE}, "agency_id" int not null references "agency" ("id"),
      "month" date not null, ${columns(ACTION_COUNTERS)},
      constraint "metrics_action_agency_month_pkey" primary key ("province_code", "month", "agency_id"));`);
    this.addSql(`create table "metrics_action_scope" (${PROVINCE}, "agency_id" int not null references "agency" ("id"),
      "items" int not null, "open" int not null,
      constraint "metrics_action_scope_pkey" primary key ("province_code", "agency_id"));`);

    // Each fact row counts +1 (new) or -1 (old). Changes travel as an array of rows because
    // transition tables are only visible in the trigger function itself.
    this.addSql(`create type "metrics_case_change" as (
      province_code varchar(2), reported_on date, issue_area text, outcome text,
      days_to_first_service int, sector_count int, referrals int, referrals_accepted int, pending_referred_on date[], s int);`);
    this.addSql(`create function "metrics_add_case_deltas"(changes metrics_case_change[]) returns void language plpgsql as $fn$
      begin
        if cardinality(changes) = 0 then return; end if;
        ${caseCountersUpsert('metrics_case_day', 'day')}
        -- a day without cases has only zeros left
        delete from metrics_case_day d using (select distinct province_code, reported_on from unnest(changes)) x
        where d.province_code = x.province_code and d.day = x.reported_on and d.cases = 0;
        ${caseCountersUpsert('metrics_month', 'month')}
        ${lagUpsert('metrics_case_lag', 'day')}
        ${lagUpsert('metrics_case_lag_month', 'month')}
        insert into metrics_case_pending as p (province_code, referred_on, day, referrals)
        select c.province_code, r.referred_on, c.reported_on, sum(c.s)
        from unnest(changes) c cross join unnest(c.pending_referred_on) as r(referred_on)
        group by 1, 2, 3 having sum(c.s) <> 0 order by 1, 2, 3
        on conflict (province_code, referred_on, day) do update set referrals = p.referrals + excluded.referrals;
        delete from metrics_case_pending p
        using (select distinct c.province_code, r.referred_on, c.reported_on from unnest(changes) c cross join unnest(c.pending_referred_on) as r(referred_on)) x
        where p.province_code = x.province_code and p.referred_on = x.referred_on and p.day = x.reported_on and p.referrals = 0;
      end
    $fn$;`);
    const caseRow = (sign: number) => `row(${FACT_COLUMNS}, ${sign})::metrics_case_change`;
    this.addSql(`create function "metrics_apply_case_deltas"() returns trigger language plpgsql as $fn$
      begin
        if tg_op = 'INSERT' then
          perform metrics_add_case_deltas(array(select ${caseRow(1)} from new_rows));
        elsif tg_op = 'UPDATE' then
          perform metrics_add_case_deltas(array(select ${caseRow(1)} from new_rows union all select ${caseRow(-1)} from old_rows));
        else
          perform metrics_add_case_deltas(array(select ${caseRow(-1)} from old_rows));
        end if;
        return null;
      end
    $fn$;`);

    // What one item contributes: see actionCountersUpsert for metrics_action_day and the
    // counters of metrics_month; metrics_month also gets `opened` by opening month and the
    // overdue events (an item is overdue at the end of month M from the month of
    // max(dueOn + 1, openedOn) until, excluding, the month it was completed); and
    // metrics_action_scope its (province, agency) pair.
    this.addSql(`create type "metrics_action_change" as (
      province_code varchar(2), agency_id int, status text, opened_on date, due_on date, completed_on date, s int);`);
    this.addSql(`create function "metrics_add_action_deltas"(changes metrics_action_change[]) returns void language plpgsql as $fn$
      begin
        if cardinality(changes) = 0 then return; end if;
        ${actionCountersUpsert('metrics_action_day', 'day')}
        ${actionCountersUpsert('metrics_month', 'month')}
        ${actionCountersUpsert('metrics_action_agency_month', 'month')}
        insert into metrics_month as m (province_code, month, opened, overdue_delta)
        select province_code, month, sum(opened), sum(overdue_delta)
        from (
          select province_code, date_trunc('month', opened_on)::date as month, s as opened, 0 as overdue_delta
          from unnest(changes)
          union all
          select province_code, date_trunc('month', greatest(due_on + 1, opened_on))::date, 0, s
          from unnest(changes)
          where status <> 'CANCELLED'
            and (status <> 'DONE' or completed_on is null
                 or date_trunc('month', greatest(due_on + 1, opened_on)) < date_trunc('month', completed_on))
          union all
          select province_code, date_trunc('month', completed_on)::date, 0, -s
          from unnest(changes)
          where status = 'DONE' and date_trunc('month', greatest(due_on + 1, opened_on)) < date_trunc('month', completed_on)
        ) x
        group by 1, 2 having sum(abs(opened)) + sum(abs(overdue_delta)) > 0 order by 1, 2
        on conflict (province_code, month) do update set opened = m.opened + excluded.opened, overdue_delta = m.overdue_delta + excluded.overdue_delta;

        insert into metrics_action_scope as a (province_code, agency_id, items, open)
        select province_code, agency_id, sum(s), sum(case when status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') then s else 0 end)
        from unnest(changes) group by 1, 2
        having sum(s) <> 0 or sum(case when status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') then s else 0 end) <> 0
        order by 1, 2
        on conflict (province_code, agency_id) do update set items = a.items + excluded.items, open = a.open + excluded.open;
        delete from metrics_action_scope a using (select distinct province_code, agency_id from unnest(changes)) x
        where a.province_code = x.province_code and a.agency_id = x.agency_id and a.items = 0;
      end
    $fn$;`);
    // Only changes of the columns the rollups read count: an update of a title or a version
    // (every updateActionItem) touches no rollup row.
    const ACTION_COLUMNS = ['province_code', 'agency_id', 'status', 'opened_on', 'due_on', 'completed_on'];
    const actionRow = (sign: number) => `row(${ACTION_COLUMNS.join(', ')}, ${sign})::metrics_action_change`;
    this.addSql(`create function "metrics_action_item_changed"() returns trigger language plpgsql as $fn$
      begin
        if tg_op = 'INSERT' then
          perform metrics_add_action_deltas(array(select ${actionRow(1)} from new_rows));
        elsif tg_op = 'UPDATE' then
          perform metrics_add_action_deltas(array(
            with changed as (
              select n.id from new_rows n join old_rows o on o.id = n.id
              where (${ACTION_COLUMNS.map((c) => `n.${c}`).join(', ')}) is distinct from (${ACTION_COLUMNS.map((c) => `o.${c}`).join(', ')})
            )
            select ${actionRow(1)} from new_rows where id in (select id from changed)
            union all
            select ${actionRow(-1)} from old_rows where id in (select id from changed)));
        else
          perform metrics_add_action_deltas(array(select ${actionRow(-1)} from old_rows));
        end if;
        return null;
      end
    $fn$;`);

    // -- per-agreement facts ------------------------------------------------------------------
    this.addSql(`create table "metrics_agreement" (
      "agreement_id" int not null primary key references "agreement" ("id") on delete cascade,
      "province_code" varchar(2) collate "C" null,
      "signed_on" date null,
      "expires_on" date null,
      "terminated_on" date null,
      "sector_mask" int not null,
      "commitments" int not null,
      "fulfilled" int not null,
      "lapsed" int not null,
      "open_due" date[] not null
    );`);
    this.addSql(`create index "metrics_agreement_province_code_idx" on "metrics_agreement" ("province_code");`);
    this.addSql(`create table "metrics_agreement_pair" (
      "agreement_id" int not null references "agreement" ("id") on delete cascade,
      "agency_a" int not null,
      "agency_b" int not null,
      constraint "metrics_agreement_pair_pkey" primary key ("agreement_id", "agency_a", "agency_b")
    );`);
    // sector_mask: bit i - 1 for the sector at position i of the Sector enum. open_due: the due
    // dates of the commitments still PLANNED or IN_PROGRESS (overdue once before asOf).
    this.addSql(`create view "metrics_agreement_source" as
      select a.id as agreement_id, a.province_code, a.signed_on, a.expires_on, a.terminated_on,
        coalesce((select bit_or(1 << (array_position(${SECTOR_ARRAY}, g.sector) - 1))
                  from agreement_party p join agency g on g.id = p.agency_id where p.agreement_id = a.id), 0) as sector_mask,
        (select count(*)::int from commitment c where c.agreement_id = a.id) as commitments,
        (select count(*)::int from commitment c where c.agreement_id = a.id and c.status = 'FULFILLED') as fulfilled,
        (select count(*)::int from commitment c where c.agreement_id = a.id and c.status = 'LAPSED') as lapsed,
        array(select c.due_on from commitment c
              where c.agreement_id = a.id and c.status in ('PLANNED', 'IN_PROGRESS') and c.due_on is not null order by 1) as open_due
      from agreement a;`);
    this.addSql(`create view "metrics_agreement_pair_source" as
      select p1.agreement_id, p1.agency_id as agency_a, p2.agency_id as agency_b
      from agreement_party p1
      join agreement_party p2 on p2.agreement_id = p1.agreement_id and p2.agency_id > p1.agency_id
      join agency g1 on g1.id = p1.agency_id
      join agency g2 on g2.id = p2.agency_id
      where g1.sector <> g2.sector;`);
    const AGREEMENT_COLUMNS = 'province_code, signed_on, expires_on, terminated_on, sector_mask, commitments, fulfilled, lapsed, open_due';
    const cols = (alias: string) => AGREEMENT_COLUMNS.split(', ').map((c) => `${alias}.${c}`).join(', ');
    // Recomputed per agreement under a row lock, like metrics_refresh_cases.
    this.addSql(`create function "metrics_refresh_agreements"(ids int[]) returns void language plpgsql as $fn$
      begin
        if ids is null or cardinality(ids) = 0 then return; end if;
        perform 1 from metrics_agreement where agreement_id = any(ids) order by agreement_id for update;
        delete from metrics_agreement m where m.agreement_id = any(ids) and not exists (select 1 from agreement a where a.id = m.agreement_id);
        update metrics_agreement m set (${AGREEMENT_COLUMNS}) = (${cols('s')})
        from metrics_agreement_source s
        where s.agreement_id = any(ids) and m.agreement_id = s.agreement_id and (${cols('m')}) is distinct from (${cols('s')});
        insert into metrics_agreement (agreement_id, ${AGREEMENT_COLUMNS})
        select agreement_id, ${AGREEMENT_COLUMNS} from metrics_agreement_source s
        where s.agreement_id = any(ids) and not exists (select 1 from metrics_agreement m where m.agreement_id = s.agreement_id)
        order by agreement_id;
        delete from metrics_agreement_pair where agreement_id = any(ids);
        insert into metrics_agreement_pair (agreement_id, agency_a, agency_b)
        select agreement_id, agency_a, agency_b from metrics_agreement_pair_source s
        where s.agreement_id = any(ids) and exists (select 1 from agreement a where a.id = s.agreement_id);
      end
    $fn$;`);
    this.addSql(`create function "metrics_agreement_changed"() returns trigger language plpgsql as $fn$
      begin
        if tg_op = 'INSERT' then
          perform metrics_refresh_agreements(array(select id from new_rows));
        else
          perform metrics_refresh_agreements(array(select id from new_rows union select id from old_rows));
        end if;
        return null;
      end
    $fn$;`);
    // agreement_party and commitment: whichever of new_rows and old_rows the operation has.
    this.addSql(`create function "metrics_agreement_child_changed"() returns trigger language plpgsql as $fn$
      begin
        if tg_op = 'INSERT' then
          perform metrics_refresh_agreements(array(select distinct agreement_id from new_rows));
        elsif tg_op = 'UPDATE' then
          perform metrics_refresh_agreements(array(select agreement_id from new_rows union select agreement_id from old_rows));
        else
          perform metrics_refresh_agreements(array(select distinct agreement_id from old_rows));
        end if;
        return null;
      end
    $fn$;`);

    // -- full rebuild (backfill, bulk loads with triggers off, TRUNCATE) ----------------------
    const ROLLUPS = [
      'metrics_case', 'metrics_case_day', 'metrics_case_lag', 'metrics_case_lag_month', 'metrics_case_pending', 'metrics_month',
      'metrics_action_day', 'metrics_action_agency_month', 'metrics_action_scope', 'metrics_agreement', 'metrics_agreement_pair',
    ];
    this.addSql(`create function "metrics_rebuild"() returns void language plpgsql as $fn$
      begin
        ${ROLLUPS.map((t) => `delete from ${t};`).join('\n        ')}
        -- Facts straight from their definition; the triggers on metrics_case fill the case rollups.
        insert into metrics_case (case_id, ${FACT_COLUMNS})
        select case_id, ${FACT_COLUMNS} from metrics_case_source order by case_id;
        perform metrics_add_action_deltas(array(select ${actionRow(1)} from action_item));
        insert into metrics_agreement (agreement_id, ${AGREEMENT_COLUMNS})
        select agreement_id, ${AGREEMENT_COLUMNS} from metrics_agreement_source order by agreement_id;
        insert into metrics_agreement_pair (agreement_id, agency_a, agency_b)
        select agreement_id, agency_a, agency_b from metrics_agreement_pair_source;
      end
    $fn$;`);
    this.addSql(`create function "metrics_truncated"() returns trigger language plpgsql as $fn$
      begin
        perform metrics_rebuild();
        return null;
      end
    $fn$;`);

    // -- triggers: statement level, one refresh per statement however many rows it touched ----
    const REF = {
      insert: 'new table as new_rows',
      update: 'old table as old_rows new table as new_rows',
      delete: 'old table as old_rows',
    } as const;
    for (const op of ['insert', 'update'] as const) {
      this.addSql(`create trigger "metrics_case_record_${op}" after ${op} on "case_record" referencing ${REF[op]} for each statement execute function metrics_case_changed();`);
    }
    for (const table of ['referral', 'service_record']) {
      for (const op of ['insert', 'update', 'delete'] as const) {
        this.addSql(`create trigger "metrics_${table}_${op}" after ${op} on "${table}" referencing ${REF[op]} for each statement execute function metrics_case_child_changed();`);
      }
    }
    this.addSql(`create trigger "metrics_agency_update" after update on "agency" referencing ${REF.update} for each statement execute function metrics_agency_sector_changed();`);
    for (const op of ['insert', 'update', 'delete'] as const) {
      this.addSql(`create trigger "metrics_case_${op}" after ${op} on "metrics_case" referencing ${REF[op]} for each statement execute function metrics_apply_case_deltas();`);
      this.addSql(`create trigger "metrics_action_item_${op}" after ${op} on "action_item" referencing ${REF[op]} for each statement execute function metrics_action_item_changed();`);
    }
    for (const op of ['insert', 'update'] as const) {
      this.addSql(`create trigger "metrics_agreement_${op}" after ${op} on "agreement" referencing ${REF[op]} for each statement execute function metrics_agreement_changed();`);
    }
    for (const table of ['agreement_party', 'commitment']) {
      for (const op of ['insert', 'update', 'delete'] as const) {
        this.addSql(`create trigger "metrics_${table}_${op}" after ${op} on "${table}" referencing ${REF[op]} for each statement execute function metrics_agreement_child_changed();`);
      }
    }
    for (const table of ['case_record', 'referral', 'service_record', 'action_item', 'agreement', 'agreement_party', 'commitment']) {
      this.addSql(`create trigger "metrics_${table}_truncate" after truncate on "${table}" for each statement execute function metrics_truncated();`);
    }

    // Backfill from whatever the database already holds.
    this.addSql(`select metrics_rebuild();`);
  }

  override async down(): Promise<void> {
    for (const table of ['case_record', 'referral', 'service_record', 'action_item', 'agreement', 'agreement_party', 'commitment']) {
      for (const op of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists "metrics_${table}_${op}" on "${table}";`);
    }
    for (const op of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists "metrics_case_${op}" on "metrics_case";`);
    this.addSql(`drop trigger if exists "metrics_agency_update" on "agency";`);
    for (const fn of [
      'metrics_agreement_child_changed()',
      'metrics_agreement_changed()',
      'metrics_refresh_agreements(int[])',
      'metrics_truncated()',
      'metrics_rebuild()',
      'metrics_action_item_changed()',
      'metrics_add_action_deltas(metrics_action_change[])',
      'metrics_apply_case_deltas()',
      'metrics_add_case_deltas(metrics_case_change[])',
      'metrics_agency_sector_changed()',
      'metrics_case_child_changed()',
      'metrics_case_changed()',
      'metrics_refresh_cases(int[])',
    ]) {
      this.addSql(`drop function if exists ${fn};`);
    }
    this.addSql(`drop type if exists "metrics_action_change";`);
    this.addSql(`drop type if exists "metrics_case_change";`);
    this.addSql(`drop view if exists "metrics_case_source";`);
    this.addSql(`drop view if exists "metrics_agreement_pair_source";`);
    this.addSql(`drop view if exists "metrics_agreement_source";`);
    for (const table of ['metrics_agreement_pair', 'metrics_agreement', 'metrics_action_agency_month', 'metrics_action_scope', 'metrics_month', 'metrics_action_day', 'metrics_case_pending', 'metrics_case_lag_month', 'metrics_case_lag', 'metrics_case_day', 'metrics_case']) {
      this.addSql(`drop table if exists "${table}";`);
    }
    for (const index of ['metrics_action_item_due_idx', 'metrics_action_item_done_idx', 'metrics_action_item_open_idx']) {
      this.addSql(`drop index if exists "${index}";`);
    }
  }
}
