/**
 * The metrics' SQL: one aggregate statement per group of figures, computed for any number of
 * provinces at once (GROUP BY province), so a province and the whole country cost the same
 * number of statements. Every definition follows docs/metrics.md (shared), quoted in comments.
 *
 * The statements read the exact, trigger-maintained rollups of the metrics migration
 * (Migration20261122150000_metrics_indexes): whole calendar months from the monthly rollups and
 * the days at the edges of a period from the daily ones (see splitPeriod), so a year costs about
 * twelve rows per province instead of every record.
 */
import { CaseOutcome, IssueArea, Sector } from '../../common/enums';
import { addDays, addMonths } from '../../common/dates';
import type { Statement } from '../../common/sql';
import type { Reader } from './batch';
import type { AgencyModel } from '../agency/agency.model';
import { AGENCY_SHAPE } from '../agency/agency.sql';
import { agreementActiveSql, expiresWithinSql } from '../agreement/agreement.status';
import { recommendationStatusSql } from '../recommendation/recommendation.status';

export const SECTORS = Object.values(Sector);
export const ISSUE_AREAS = Object.values(IssueArea);
export const OUTCOMES = Object.values(CaseOutcome);
/** sectorCoverage's denominator: the sectors other than OTHER (11). */
export const COVERABLE_SECTORS = SECTORS.filter((s) => s !== Sector.OTHER).length;

/** A SQL array literal of enum values (our own constants, checked, never user input). */
/**
 * Statements for one province run as prepared statements (see Sql): their text is the same for
 * every province and period, and parsing and planning were up to a third of their cost. Not
 * those for several provinces (nationalMetrics), whose best plans differ.
 */
const onePlan = (codes: string[]) => ({ prepare: codes.length === 1 });

/**
 * The figures of a period for any number of provinces, one row per province, from the
 * statement `build` writes (prepared for one province: see onePlan).
 */
function perProvince<Row>(build: (codes: string[], p: Period) => Statement) {
  return (sql: Reader, codes: string[], p: Period): Promise<Row[]> => {
    const { text, values } = build(codes, p);
    return sql.all<Row>(text, values, onePlan(codes));
  };
}

function textArray(values: readonly string[]): string {
  for (const v of values) if (!/^[A-Z_]+$/.test(v)) throw new Error(`Not an enum value: ${v}`);
  return `array[${values.map((v) => `'${v}'`).join(', ')}]::text[]`;
}

export interface Period {
  from: string;
  to: string;
  asOf: string;
}

/** Collects statement parameters, returning their `$n::type` placeholders. */
class Values {
  readonly list: unknown[] = [];
  add(value: unknown, type: 'date' | 'int' | 'text[]'): string {
    this.list.push(value);
    return `$${this.list.length}::${type}`;
  }
}

// ---------------------------------------------------------------------------- periods

const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;
const lastOfMonth = (date: string) => addDays(addMonths(firstOfMonth(date), 1), -1);

/** An inclusive range of days; empty when from > to. */
type Range = [from: string, to: string];
const EMPTY: Range = ['9999-12-31', '0001-01-01'];

/**
 * [from, to] split for the rollups: the whole calendar months inside it (`months`, first days
 * of the first and last month) and the days around them (`edges`, at most two ranges). With no
 * whole month inside, `months` is empty and the single edge is the whole period.
 */
export function splitPeriod(from: string, to: string): { months: Range; edges: [Range, Range] } {
  if (from > to) return { months: EMPTY, edges: [EMPTY, EMPTY] };
  const first = from.endsWith('-01') ? from : addMonths(firstOfMonth(from), 1);
  const last = lastOfMonth(to) === to ? firstOfMonth(to) : addMonths(firstOfMonth(to), -1);
  if (first > last) return { months: EMPTY, edges: [[from, to], EMPTY] };
  const before: Range = from < first ? [from, addDays(first, -1)] : EMPTY;
  const after: Range = lastOfMonth(last) < to ? [addDays(lastOfMonth(last), 1), to] : EMPTY;
  return { months: [first, last], edges: [before, after] };
}

/** `column` within one of the edge ranges. */
function inEdges(v: Values, column: string, edges: [Range, Range]): string {
  return edges.map(([a, b]) => `${column} between ${v.add(a, 'date')} and ${v.add(b, 'date')}`).join(' or ');
}

// ---------------------------------------------------------------------------- agreements

export interface AgreementFigures {
  activeAgreements: number;
  expiringAgreements: number;
  coveredSectors: Sector[];
  sectorCoverage: number;
  crossSectorPartnerships: number;
  /** metrics.md "Provinces without data": a meeting, agreement, action item or case of the province exists. */
  hasData: boolean;
}

/**
 * From metrics_agreement (one row per agreement: dates, its parties' sectors as a bitmask) and
 * metrics_agreement_pair (its pairs of parties of different sectors). Status as of A (DRAFT,
 * then TERMINATED, then EXPIRED take precedence): ACTIVE exactly when signed on or before A, not
 * terminated on or before A and not expired before A. Pairs shared by several ACTIVE agreements
 * count once (DISTINCT); sectors come out in enum order, OTHER left out of the coverage.
 * hasData: whether any meeting, agreement, action item or case of the province exists, whatever
 * its dates (one index probe per table and province).
 */
function agreementsSql(codes: string[], p: Period) {
  const v = new Values();
  const C = v.add(codes, 'text[]');
  const A = v.add(p.asOf, 'date');
  const text = `
with active as materialized (
  select agreement_id, province_code, expires_on, sector_mask
  from metrics_agreement
  where province_code = any(${C}) and ${agreementActiveSql('', A)}
), per_province as (
  select province_code, count(*)::int as active,
    count(*) filter (where ${expiresWithinSql('', A)})::int as expiring,
    bit_or(sector_mask) as mask
  from active group by 1
), pairs as (
  select province_code, count(*)::int as pairs
  from (select distinct a.province_code, p.agency_a, p.agency_b
        from active a join metrics_agreement_pair p on p.agreement_id = a.agreement_id) x
  group by 1
)
select pc.code as "provinceCode",
  coalesce(m.active, 0) as "activeAgreements",
  coalesce(m.expiring, 0) as "expiringAgreements",
  array(select s from unnest(${textArray(SECTORS)}) with ordinality as u(s, i)
        where coalesce(m.mask, 0) & (1 << (i::int - 1)) <> 0 order by i) as "coveredSectors",
  (select count(*) from unnest(${textArray(SECTORS)}) with ordinality as u(s, i)
   where s <> '${Sector.OTHER}' and coalesce(m.mask, 0) & (1 << (i::int - 1)) <> 0)::float8 / ${COVERABLE_SECTORS} as "sectorCoverage",
  coalesce(pr.pairs, 0) as "crossSectorPartnerships",
  (exists (select 1 from meeting x where x.province_code = pc.code)
    or exists (select 1 from metrics_agreement x where x.province_code = pc.code)
    or exists (select 1 from metrics_action_scope x where x.province_code = pc.code)
    or exists (select 1 from case_record x where x.province_code = pc.code)) as "hasData"
from unnest(${C}) as pc(code)
left join per_province m on m.province_code = pc.code
left join pairs pr on pr.province_code = pc.code`;
  return { text, values: v.list };
}

export const agreementFigures = perProvince<AgreementFigures & { provinceCode: string }>(agreementsSql);

// ---------------------------------------------------------------------------- meetings, commitments

export interface ActivityFigures {
  meetingsHeld: number;
  commitments: number;
  commitmentsFulfilled: number;
  commitmentsOverdue: number;
  fulfilmentRate: number | null;
}

/**
 * Meetings of the province held F..T; commitments of the province's agreements that are not
 * DRAFT as of A (signed on or before A), from metrics_agreement: counted by status, with the
 * due dates of those PLANNED or IN_PROGRESS (overdue when before A). Assessable = FULFILLED +
 * LAPSED + overdue, since a PLANNED or IN_PROGRESS commitment is assessable exactly when due
 * before A.
 */
function activitySql(codes: string[], p: Period) {
  const v = new Values();
  const C = v.add(codes, 'text[]');
  const F = v.add(p.from, 'date');
  const T = v.add(p.to, 'date');
  const A = v.add(p.asOf, 'date');
  const text = `
with meetings as (
  select province_code, count(*)::int as held
  from meeting where province_code = any(${C}) and held_on between ${F} and ${T}
  group by 1
), commitments as (
  select province_code, sum(commitments)::int as total, sum(fulfilled)::int as fulfilled, sum(lapsed)::int as lapsed,
    sum((select count(*) from unnest(open_due) as d where d < ${A}))::int as overdue
  from metrics_agreement
  where province_code = any(${C}) and signed_on <= ${A}
  group by 1
)
select pc.code as "provinceCode",
  coalesce(m.held, 0) as "meetingsHeld",
  coalesce(c.total, 0) as "commitments",
  coalesce(c.fulfilled, 0) as "commitmentsFulfilled",
  coalesce(c.overdue, 0) as "commitmentsOverdue",
  c.fulfilled::float8 / nullif(c.fulfilled + c.lapsed + c.overdue, 0) as "fulfilmentRate"
from unnest(${C}) as pc(code)
left join meetings m on m.province_code = pc.code
left join commitments c on c.province_code = pc.code`;
  return { text, values: v.list };
}

export const activityFigures = perProvince<ActivityFigures & { provinceCode: string }>(activitySql);

// ---------------------------------------------------------------------------- action items

export interface ActionFigures {
  actionsOpen: number;
  actionsOverdue: number;
  actionsDoneInPeriod: number;
  onTimeCompletionRate: number | null;
}

/** The last due day the on-time rate counts: items due F..T and before A. */
const onTimeDueTo = (p: Period) => (p.to < p.asOf ? p.to : addDays(p.asOf, -1));

/** The ranges the action figures read (see actionsSql). */
function actionRanges(p: Period) {
  return {
    done: splitPeriod(p.from, p.to),
    due: splitPeriod(p.from, onTimeDueTo(p)),
    // open items not yet overdue: due from A to the end of its month, then the months after
    notDueDays: [p.asOf, lastOfMonth(p.asOf)] as Range,
    notDueMonthsFrom: addMonths(firstOfMonth(p.asOf), 1),
  };
}

/**
 * From the rollups metrics_month (months) and metrics_action_day (days):
 *  - open (OPEN, IN_PROGRESS, BLOCKED): open_due, by due month, of every month;
 *  - overdue (open and dueOn < A): open minus those due on or after A;
 *  - done in period (DONE, F <= completedOn <= T): done, by completion day;
 *  - on time (F <= dueOn <= T, dueOn < A, not CANCELLED; on time when DONE and completedOn <=
 *    dueOn): due and due_on_time, by due day.
 * Also the national total of overdue items (every item has a province).
 */
function actionsSql(codes: string[], p: Period) {
  const r = actionRanges(p);
  const v = new Values();
  const C = v.add(codes, 'text[]');
  const doneMonths = `month between ${v.add(r.done.months[0], 'date')} and ${v.add(r.done.months[1], 'date')}`;
  const dueMonths = `month between ${v.add(r.due.months[0], 'date')} and ${v.add(r.due.months[1], 'date')}`;
  const notDueMonths = `month >= ${v.add(r.notDueMonthsFrom, 'date')}`;
  const doneDays = inEdges(v, 'day', r.done.edges);
  const dueDays = inEdges(v, 'day', r.due.edges);
  const notDueDays = inEdges(v, 'day', [r.notDueDays, EMPTY]);
  const text = `
with monthly as (
  select province_code, sum(open_due) as open,
    sum(open_due) filter (where ${notDueMonths}) as not_due,
    sum(done) filter (where ${doneMonths}) as done,
    sum(due) filter (where ${dueMonths}) as due,
    sum(due_on_time) filter (where ${dueMonths}) as on_time
  from metrics_month where province_code = any(${C})
  group by 1
), daily as (
  select province_code,
    sum(open_due) filter (where ${notDueDays}) as not_due,
    sum(done) filter (where ${doneDays}) as done,
    sum(due) filter (where ${dueDays}) as due,
    sum(due_on_time) filter (where ${dueDays}) as on_time
  from metrics_action_day
  where province_code = any(${C}) and (${doneDays} or ${dueDays} or ${notDueDays})
  group by 1
), per_province as (
  select pc.code, coalesce(m.open, 0)::int as open,
    (coalesce(m.open, 0) - coalesce(m.not_due, 0) - coalesce(d.not_due, 0))::int as overdue,
    (coalesce(m.done, 0) + coalesce(d.done, 0))::int as done,
    (coalesce(m.on_time, 0) + coalesce(d.on_time, 0))::float8 / nullif(coalesce(m.due, 0) + coalesce(d.due, 0), 0) as on_time_rate
  from unnest(${C}) as pc(code)
  left join monthly m on m.province_code = pc.code
  left join daily d on d.province_code = pc.code
)
select code as "provinceCode", open as "actionsOpen", overdue as "actionsOverdue", done as "actionsDoneInPeriod",
  on_time_rate as "onTimeCompletionRate", (sum(overdue) over ())::int as "totalOverdue"
from per_province`;
  return { text, values: v.list };
}

export const actionFigures = perProvince<ActionFigures & { provinceCode: string; totalOverdue: number }>(actionsSql);

export interface AgencyActionRow {
  scopeProvinceCode: string;
  agency: AgencyModel;
  open: number;
  overdue: number;
  doneInPeriod: number;
  onTimeRate: number | null;
}

/** The cumulative rollups (Migration20261209100000_metrics_agency_cumulative) and their bucket column. */
const CUMULATIVE = {
  day: { table: 'metrics_action_agency_cum_day', key: 'month' },
  month: { table: 'metrics_action_agency_cum_month', key: 'year' },
} as const;

/** One read of a cumulative rollup: the rows where `where` holds, each contributing `value(array)`. */
interface CumulativeRead {
  rollup: keyof typeof CUMULATIVE;
  where: string;
  value: (array: string) => string;
}

/**
 * The reads that count the items of one agency whose day falls in [from, to] (`to` null: no end),
 * from the running totals by day within a month (metrics_action_agency_cum_day) and by month
 * within a year (metrics_action_agency_cum_month): the part of the first month from the day
 * rollup, the part of the last month too, and the whole months between from the month rollup,
 * one row per year. Dates and subscripts are parameters, each used once, so the text depends
 * only on the shape of the period and the statement can be prepared.
 */
function cumulativeReads(v: Values, from: string, to: string | null): CumulativeRead[] {
  if (to !== null && from > to) return [];
  const day = (d: string) => Number(d.slice(8, 10));
  const month = (d: string) => Number(d.slice(5, 7));
  const yearOf = (d: string) => `${d.slice(0, 4)}-01-01`;
  const date = (d: string) => v.add(d, 'date');
  // Elements a..b of a running-total array (1-based): element b minus element a - 1 (for a = 1,
  // subscript 0 lies outside the array and reads null, hence the coalesce).
  const elements = (a: number, b: number) => (array: string) => `${array}[${v.add(b, 'int')}] - coalesce(${array}[${v.add(a - 1, 'int')}], 0)`;
  const fromMonth = firstOfMonth(from);
  if (to !== null && firstOfMonth(to) === fromMonth) {
    return [{ rollup: 'day', where: `month = ${date(fromMonth)}`, value: elements(day(from), day(to)) }];
  }
  const reads: CumulativeRead[] = [{ rollup: 'day', where: `month = ${date(fromMonth)}`, value: elements(day(from), 31) }];
  if (to !== null) reads.push({ rollup: 'day', where: `month = ${date(firstOfMonth(to))}`, value: elements(1, day(to)) });
  // The whole months strictly between: [first, last], last null when there is no end.
  const first = addMonths(fromMonth, 1);
  const last = to === null ? null : addMonths(firstOfMonth(to), -1);
  if (last !== null && first > last) return reads;
  const firstYear = yearOf(first);
  if (last !== null && yearOf(last) === firstYear) {
    reads.push({ rollup: 'month', where: `year = ${date(firstYear)}`, value: elements(month(first), month(last)) });
    return reads;
  }
  reads.push({ rollup: 'month', where: `year = ${date(firstYear)}`, value: elements(month(first), 12) });
  const nextYear = addMonths(firstYear, 12);
  if (last === null) {
    reads.push({ rollup: 'month', where: `year >= ${date(nextYear)}`, value: elements(1, 12) });
    return reads;
  }
  const lastYear = yearOf(last);
  if (nextYear < lastYear) {
    reads.push({ rollup: 'month', where: `year >= ${date(nextYear)} and year < ${date(lastYear)}`, value: elements(1, 12) });
  }
  reads.push({ rollup: 'month', where: `year = ${date(lastYear)}`, value: elements(1, month(last)) });
  return reads;
}

/**
 * One row per agency with at least one action item in the province: metrics_action_scope lists
 * them with their open items. The same figures as actionsSql, per agency, from the running totals
 * of the cumulative rollups (see cumulativeReads), a few rows per agency whatever the period:
 *  - overdue: open minus the open items due on or after A (open_due from A on);
 *  - done in period: done, by completion day, over [F, T];
 *  - on time: due and due_on_time, by due day, over [F, T] and before A.
 * Each rollup is read once, every counter summing its own rows of it. Ordered by overdue
 * descending, then agency name (then id, so equal names keep a stable order).
 */
function agencyActionsSql(codes: string[], p: Period, agencyKeys: readonly string[]) {
  const v = new Values();
  const C = v.add(codes, 'text[]');
  const due = cumulativeReads(v, p.from, onTimeDueTo(p));
  const counters = [
    { name: 'not_due', array: 'open_due', reads: cumulativeReads(v, p.asOf, null) },
    { name: 'done', array: 'done', reads: cumulativeReads(v, p.from, p.to) },
    { name: 'due', array: 'due', reads: due },
    { name: 'on_time', array: 'due_on_time', reads: due },
  ];
  const parts = (Object.keys(CUMULATIVE) as (keyof typeof CUMULATIVE)[]).flatMap((rollup) => {
    const wheres = [...new Set(counters.flatMap((c) => c.reads.filter((r) => r.rollup === rollup).map((r) => r.where)))];
    if (wheres.length === 0) return [];
    const sums = counters.map(({ name, array, reads }) => {
      const mine = reads.filter((r) => r.rollup === rollup);
      if (mine.length === 0) return `0 as ${name}`;
      return `case ${mine.map((r) => `when ${r.where} then ${r.value(array)}`).join(' ')} else 0 end as ${name}`;
    });
    return [
      `select province_code, agency_id, null::int as open, ${sums.join(', ')}
    from ${CUMULATIVE[rollup].table} where province_code = any(${C}) and (${wheres.join(' or ')})`,
    ];
  });
  const text = `
with figures as (
  select province_code, agency_id, sum(open) as open, sum(not_due) as not_due, sum(done) as done, sum(due) as due, sum(on_time) as on_time
  from (
    select province_code, agency_id, open, 0 as not_due, 0 as done, 0 as due, 0 as on_time
    from metrics_action_scope where province_code = any(${C})${parts.map((part) => `
    union all
    ${part}`).join('')}
  ) x
  group by 1, 2
  -- agencies with an item in the province (a row of metrics_action_scope)
  having count(open) > 0
)
select f.province_code as "scopeProvinceCode", ${AGENCY_SHAPE.columns(agencyKeys)},
  f.open::int as open,
  (f.open - f.not_due)::int as overdue,
  f.done::int as "doneInPeriod",
  f.on_time::float8 / nullif(f.due, 0) as "onTimeRate"
from figures f
-- One index lookup per agency (a few hundred) rather than a hash of every agency;
-- OFFSET 0 keeps the planner from flattening it back into a join.
cross join lateral (select * from agency a where a.id = f.agency_id offset 0) a
order by f.province_code, overdue desc, a.name, a.id`;
  return { text, values: v.list };
}

/** agencyActionsSql's ORDER BY in terms of its output columns (for a Batch). */
const AGENCY_ORDER = `x."scopeProvinceCode", x.overdue desc, x.name, x.id`;

/**
 * `agencyKeys`: the agency's columns the selection needs (AGENCY_SHAPE.keysFor; every column by
 * default); its name and id are read in any case, for the order.
 */
export async function agencyActionFigures(
  sql: Reader,
  codes: string[],
  p: Period,
  agencyKeys: readonly string[] = AGENCY_SHAPE.keys,
): Promise<AgencyActionRow[]> {
  const keys = AGENCY_SHAPE.keys.filter((k) => k === 'id' || k === 'name' || agencyKeys.includes(k));
  const { text, values } = agencyActionsSql(codes, p, keys);
  const rows = await sql.all<Record<string, unknown> & Omit<AgencyActionRow, 'agency'>>(text, values, { jsonOrder: AGENCY_ORDER, ...onePlan(codes) });
  return rows.map((row) => ({
    scopeProvinceCode: row.scopeProvinceCode,
    agency: AGENCY_SHAPE.pick(row, keys)!,
    open: row.open,
    overdue: row.overdue,
    doneInPeriod: row.doneInPeriod,
    onTimeRate: row.onTimeRate,
  }));
}

// ---------------------------------------------------------------------------- cases

export interface CaseRow {
  provinceCode: string;
  casesReported: number;
  /** Per IssueArea, in enum order. */
  byIssueArea: number[];
  /** Per CaseOutcome, in enum order. */
  byOutcome: number[];
  casesWithService: number;
  medianDaysToFirstService: number | null;
  referrals: number;
  referralsAccepted: number;
  /** PENDING referrals referred less than 14 days before A (referredOn > A - 14). */
  referralsPendingRecent: number;
  multiSectorCases: number;
  totalCases: number;
}

/** A case counter column of metrics_case_day and metrics_month. */
const column = (prefix: string, value: string) => `${prefix}_${value.toLowerCase()}`;
const CASE_COUNTERS = [
  'cases',
  ...ISSUE_AREAS.map((x) => column('ia', x)),
  ...OUTCOMES.map((x) => column('out', x)),
  'with_service',
  'multi_sector',
  'referrals',
  'referrals_accepted',
].join(', ');

/**
 * Cases with F <= reportedOn <= T, from the rollups: whole months from metrics_month and
 * metrics_case_lag_month, the days at the edges from metrics_case_day and metrics_case_lag.
 * The counters: by issue area and outcome, with a service, in two or more sectors (intake,
 * both ends of every referral, every service's agency), their referrals and those accepted or
 * completed; metrics_case_pending: PENDING referrals of those cases by the day they were made.
 * The median is read off the lag histogram: with n cases sorted by days to their first
 * service, the mean of the values at ranks floor((n + 1) / 2) and floor(n / 2) + 1, i.e. the
 * middle value, or the mean of the two middle values for an even n.
 */
function casesSql(codes: string[], p: Period) {
  const { months, edges } = splitPeriod(p.from, p.to);
  const v = new Values();
  const C = v.add(codes, 'text[]');
  const F = v.add(p.from, 'date');
  const T = v.add(p.to, 'date');
  const A = v.add(p.asOf, 'date');
  const inMonths = `month between ${v.add(months[0], 'date')} and ${v.add(months[1], 'date')}`;
  const inDays = inEdges(v, 'day', edges);
  const text = `
with counters as (
  select province_code, ${CASE_COUNTERS} from metrics_month where province_code = any(${C}) and ${inMonths}
  union all
  select province_code, ${CASE_COUNTERS} from metrics_case_day where province_code = any(${C}) and (${inDays})
), totals as (
  select province_code, sum(cases)::int as cases,
    array[${ISSUE_AREAS.map((x) => `sum(${column('ia', x)})`).join(', ')}]::int[] as by_issue,
    array[${OUTCOMES.map((x) => `sum(${column('out', x)})`).join(', ')}]::int[] as by_outcome,
    sum(with_service)::int as with_service,
    sum(multi_sector)::int as multi,
    sum(referrals)::int as referrals,
    sum(referrals_accepted)::int as accepted
  from counters group by 1
), lags as (
  select province_code, lag, sum(n)::int as n
  from (
    select province_code, lag, cases as n from metrics_case_lag_month where province_code = any(${C}) and ${inMonths}
    union all
    select province_code, lag, cases from metrics_case_lag where province_code = any(${C}) and (${inDays})
  ) x
  group by 1, 2
), ranked as (
  -- bigint (sum of int), so the ranks below use integer division
  select province_code, lag,
    (sum(n) over (partition by province_code order by lag))::bigint as upto,
    (sum(n) over (partition by province_code))::bigint as total
  from lags
), medians as (
  select province_code,
    (min(lag) filter (where upto >= (total + 1) / 2) + min(lag) filter (where upto >= total / 2 + 1))::float8 / 2 as median
  from ranked group by 1
), pending_recent as (
  select province_code, sum(referrals)::int as n
  from metrics_case_pending
  where province_code = any(${C}) and referred_on > ${A} - 14 and day between ${F} and ${T}
  group by 1
)
select pc.code as "provinceCode",
  coalesce(c.cases, 0) as "casesReported",
  coalesce(c.by_issue, array_fill(0, array[${ISSUE_AREAS.length}])) as "byIssueArea",
  coalesce(c.by_outcome, array_fill(0, array[${OUTCOMES.length}])) as "byOutcome",
  coalesce(c.with_service, 0) as "casesWithService",
  md.median as "medianDaysToFirstService",
  coalesce(c.referrals, 0) as "referrals",
  coalesce(c.accepted, 0) as "referralsAccepted",
  coalesce(pr.n, 0) as "referralsPendingRecent",
  coalesce(c.multi, 0) as "multiSectorCases",
  (sum(coalesce(c.cases, 0)) over ())::int as "totalCases"
from unnest(${C}) as pc(code)
left join totals c on c.province_code = pc.code
left join medians md on md.province_code = pc.code
left join pending_recent pr on pr.province_code = pc.code`;
  return { text, values: v.list };
}

export const caseFigures = perProvince<CaseRow>(casesSql);

// ---------------------------------------------------------------------------- disclosure control

/**
 * casesReported of every province in `codes` for each whole month from `firstMonth` to
 * `lastMonth` (first days), from metrics_month: what disclosure control needs to decide, for a
 * case period or a trend month, which provinces are withheld (docs/metrics.md, "Disclosure
 * control of case figures", step 3). Zero rows are left out.
 */
function monthlyCaseCountsSql(codes: string[], firstMonth: string, lastMonth: string) {
  const v = new Values();
  const C = v.add(codes, 'text[]');
  const text = `
select province_code as "provinceCode", to_char(month, 'YYYY-MM-DD') as month, sum(cases)::int as cases
from metrics_month
where province_code = any(${C}) and month between ${v.add(firstMonth, 'date')} and ${v.add(lastMonth, 'date')} and cases <> 0
group by 1, 2`;
  return { text, values: v.list };
}

export function monthlyCaseCounts(sql: Reader, codes: string[], firstMonth: string, lastMonth: string) {
  const { text, values } = monthlyCaseCountsSql(codes, firstMonth, lastMonth);
  return sql.all<{ provinceCode: string; month: string; cases: number }>(text, values);
}

/** casesReported of every province in `codes` over the whole months from..to, one row per province. */
function periodCaseCountsSql(codes: string[], from: string, to: string) {
  const v = new Values();
  const C = v.add(codes, 'text[]');
  const text = `
select pc.code as "provinceCode", coalesce((
  select sum(cases) from metrics_month m
  where m.province_code = pc.code and m.month between ${v.add(firstOfMonth(from), 'date')} and ${v.add(firstOfMonth(to), 'date')}), 0)::int as cases
from unnest(${C}) as pc(code)`;
  return { text, values: v.list };
}

export function periodCaseCounts(sql: Reader, codes: string[], from: string, to: string) {
  const { text, values } = periodCaseCountsSql(codes, from, to);
  return sql.all<{ provinceCode: string; cases: number }>(text, values, { prepare: true });
}

// ---------------------------------------------------------------------------- trend

export interface TrendRow {
  month: string;
  actionsOpened: number;
  actionsDone: number;
  actionsOverdueAtMonthEnd: number;
  casesReported: number;
}

/**
 * One row per month from the month of `from` to the month of `to`, from metrics_month. For month M
 * (M0..M1; in the month that contains `to`, M1 is `to`, see below): opened: M0 <= openedOn <= M1;
 * done: DONE with M0 <= completedOn <= M1; cases: M0 <= reportedOn <= M1. Overdue at M1
 * (dueOn < M1, openedOn <= M1, not CANCELLED, not DONE with completedOn <= M1) holds from the
 * month of max(dueOn + 1, openedOn) until, excluding, the month of completion: metrics_month
 * keeps +1 and -1 at those months (overdue_delta), so the count at M1 is the sum of the events of
 * all months up to M.
 *
 * When `to` is not the last day of its month, that last month is evaluated on `to` (metrics.md
 * "Trend": a month under way is evaluated on `to`, not on a day to come): its opened and done
 * items, cases and overdue events come from the daily rollups metrics_action_day and
 * metrics_case_day for the days M0..to. metrics_action_day keeps the overdue events by day (+1
 * on max(dueOn + 1, openedOn), -1 on the completion day after it;
 * Migration20261208170000_metrics_daily_trend), so the overdue count at `to` is the events of
 * the months before plus those of M0..to.
 */
function trendSql(codes: string[], from: string, to: string) {
  const firstMonth = firstOfMonth(from);
  const lastMonth = firstOfMonth(to);
  const partial = lastOfMonth(to) !== to;
  const v = new Values();
  const C = v.add(codes, 'text[]');
  const M0 = v.add(firstMonth, 'date');
  const M1 = v.add(lastMonth, 'date');
  let agg = `
  select month, sum(opened)::int as opened, sum(done)::int as done, sum(overdue_delta)::int as delta, sum(cases)::int as cases
  from metrics_month
  where province_code = any(${C}) and month <= ${M1}
  group by 1`;
  if (partial) {
    const T = v.add(to, 'date');
    agg = `
  select month, sum(opened)::int as opened, sum(done)::int as done, sum(overdue_delta)::int as delta, sum(cases)::int as cases
  from metrics_month
  where province_code = any(${C}) and month < ${M1}
  group by 1
  union all
  select ${M1}, coalesce(sum(opened), 0)::int, coalesce(sum(done), 0)::int, coalesce(sum(overdue_delta), 0)::int,
    (select coalesce(sum(cases), 0) from metrics_case_day where province_code = any(${C}) and day between ${M1} and ${T})::int
  from metrics_action_day where province_code = any(${C}) and day between ${M1} and ${T}`;
  }
  const text = `
with months as (
  select m::date as m0 from generate_series(${M0}, ${M1}, interval '1 month') as m
), agg as (${agg}
)
select to_char(m.m0, 'YYYY-MM-DD') as month,
  coalesce(a.opened, 0) as "actionsOpened",
  coalesce(a.done, 0) as "actionsDone",
  ((select coalesce(sum(delta), 0) from agg where month < ${M0}) + sum(coalesce(a.delta, 0)) over (order by m.m0))::int
    as "actionsOverdueAtMonthEnd",
  coalesce(a.cases, 0) as "casesReported"
from months m
left join agg a on a.month = m.m0
order by m.m0`;
  return { text, values: v.list };
}

/** The trend of [from, to] (see trendSql). */
export function trend(sql: Reader, codes: string[], from: string, to: string) {
  const { text, values } = trendSql(codes, from, to);
  return sql.all<TrendRow>(text, values, { jsonOrder: 'x.month' });
}

// ---------------------------------------------------------------------------- recommendations

export interface RecommendationFigures {
  recommendationsIssued: number;
  recommendationsAwaitingResponse: number;
  recommendationResponseRate: number | null;
  recommendationsImplemented: number;
}

/**
 * recommendations.md "Province metrics", straight from the recommendation table (a few per
 * province a year: no rollup needed). R = the province's recommendations issued F..T.
 * Awaiting: issued on or before A and not answered by A (no answer, or answered after A).
 * Response rate: of R, those answered by A or due before A; answered on time = answered by A
 * and on or before responseDueOn (when there is one). Implemented: of R, those whose status
 * (the status rule's SQL twin) is IMPLEMENTED.
 */
function recommendationsSql(codes: string[], p: Period) {
  const v = new Values();
  const C = v.add(codes, 'text[]');
  const F = v.add(p.from, 'date');
  const T = v.add(p.to, 'date');
  const A = v.add(p.asOf, 'date');
  const inR = `r.issued_on between ${F} and ${T}`;
  const answered = `r.responded_on <= ${A}`;
  const text = `
select pc.code as "provinceCode",
  count(r.id) filter (where ${inR})::int as "recommendationsIssued",
  count(r.id) filter (where r.issued_on <= ${A} and (r.responded_on is null or r.responded_on > ${A}))::int as "recommendationsAwaitingResponse",
  (count(r.id) filter (where ${inR} and ${answered} and (r.response_due_on is null or r.responded_on <= r.response_due_on)))::float8
    / nullif(count(r.id) filter (where ${inR} and (${answered} or r.response_due_on < ${A})), 0) as "recommendationResponseRate",
  count(r.id) filter (where ${inR} and ${recommendationStatusSql('r', A)} = 'IMPLEMENTED')::int as "recommendationsImplemented"
from unnest(${C}) as pc(code)
left join recommendation r on r.province_code = pc.code
group by pc.code`;
  return { text, values: v.list };
}

export const recommendationFigures = perProvince<RecommendationFigures & { provinceCode: string }>(recommendationsSql);
