import { Migration } from '@mikro-orm/migrations';

/**
 * The trend's month under way from the daily rollup instead of action_item.
 *
 * metricsTrend evaluates the month that contains `to` on `to` (docs/metrics.md, "Trend"). Its
 * items opened and the change of its overdue count since the end of the month before were counted
 * from action_item: at national scale, on the 8th of a month, about 7,000 items read from the
 * table's heap, most of the trend's cost. metrics_action_day now also keeps, per (province, day):
 *  - `opened`: items opened that day;
 *  - `overdue_delta`: +1/-1 events of the overdue count (an item is overdue on day D when it is not
 *    CANCELLED, dueOn < D, openedOn <= D and it is not DONE with completedOn <= D; that is from
 *    start = max(dueOn + 1, openedOn) on, until, excluding, completedOn when it is DONE and has a
 *    completion day after start): +1 at start, -1 at completedOn.
 * The overdue count at `to` is then the sum of the monthly events of the months before plus the
 * daily events of the month up to `to`. The rollup is kept in the same statement as before
 * (`metrics_add_action_deltas`, called by the action_item triggers and by `metrics_rebuild`), so
 * it is exact in the transaction of every change; buckets whose net delta is zero in every counter
 * are still left alone, and each rollup table is still touched by one statement in key order
 * (Migration20261122170000_metrics_lock_order). The backfill recomputes the two columns from
 * action_item.
 */
const ACTION_COUNTERS = ['done', 'due', 'due_on_time', 'open_due'];
const TREND_COUNTERS = ['opened', 'overdue_delta'];
const ALL_COUNTERS = [...ACTION_COUNTERS, ...TREND_COUNTERS];
const sums = (names: string[]) => names.map((c) => `sum(${c})`).join(', ');
const nonZero = (names: string[]) => names.map((c) => `sum(${c}) <> 0`).join(' or ');
const addExcluded = (names: string[]) => names.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ');

const month = (col: string) => `date_trunc('month', ${col})::date`;
const day = (col: string) => col;

/** Counter contributions of each change, bucketed by `bucket` (a day or a month expression). */
function counterRows(group: string, bucket: (col: string) => string, extra = '') {
  return `select ${group}, ${bucket('completed_on')} as k, s as done, 0 as due, 0 as due_on_time, 0 as open_due${extra ? `, ${extra}` : ''}
      from unnest(changes) where status = 'DONE' and completed_on is not null
      union all
      select ${group}, ${bucket('due_on')}, 0, s,
        case when status = 'DONE' and completed_on <= due_on then s else 0 end,
        case when status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') then s else 0 end${extra ? `, ${extra}` : ''}
      from unnest(changes) where status <> 'CANCELLED'`;
}

/**
 * `opened` by opening day/month and the overdue events (see above) by day/month: at month
 * granularity an item that starts being overdue and is completed within the same month is never
 * overdue at a month end, so its events cancel out and are left out.
 */
function trendRows(bucket: (col: string) => string, source = 'unnest(changes)') {
  const start = 'greatest(due_on + 1, opened_on)';
  return `select province_code, ${bucket('opened_on')} as k, 0 as done, 0 as due, 0 as due_on_time, 0 as open_due, s as opened, 0 as overdue_delta
      from ${source}
      union all
      select province_code, ${bucket(start)}, 0, 0, 0, 0, 0, s
      from ${source}
      where status <> 'CANCELLED'
        and (status <> 'DONE' or completed_on is null or ${bucket(start)} < ${bucket('completed_on')})
      union all
      select province_code, ${bucket('completed_on')}, 0, 0, 0, 0, 0, -s
      from ${source}
      where status = 'DONE' and ${bucket(start)} < ${bucket('completed_on')}`;
}

/** An upsert of every counter into metrics_action_day (by day) or metrics_month (by month). */
function provinceUpsert(table: 'metrics_action_day' | 'metrics_month', key: 'day' | 'month', withTrend = true) {
  const bucket = key === 'day' ? day : month;
  const counters = withTrend ? ALL_COUNTERS : ACTION_COUNTERS;
  return `insert into ${table} as t (province_code, ${key}, ${counters.join(', ')})
    select province_code, k, ${sums(counters)}
    from (
      ${counterRows('province_code', bucket, '0 as opened, 0 as overdue_delta')}${withTrend ? `
      union all
      ${trendRows(bucket)}` : ''}
    ) x
    group by province_code, k having ${nonZero(counters)} order by province_code, k
    on conflict (province_code, ${key}) do update set ${addExcluded(counters)};`;
}

const agencyUpsert = `insert into metrics_action_agency_month as t (province_code, agency_id, month, ${ACTION_COUNTERS.join(', ')})
    select province_code, agency_id, k, ${sums(ACTION_COUNTERS)}
    from (${counterRows('province_code, agency_id', month)}) x
    group by province_code, agency_id, k having ${nonZero(ACTION_COUNTERS)} order by province_code, agency_id, k
    on conflict (province_code, agency_id, month) do update set ${addExcluded(ACTION_COUNTERS)};`;

const scopeUpsert = `insert into metrics_action_scope as t (province_code, agency_id, items, open)
    select province_code, agency_id, sum(s), sum(case when status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') then s else 0 end)
    from unnest(changes) group by 1, 2
    having sum(s) <> 0 or sum(case when status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') then s else 0 end) <> 0
    order by 1, 2
    on conflict (province_code, agency_id) do update set items = t.items + excluded.items, open = t.open + excluded.open;
    delete from metrics_action_scope a using (
      select province_code, agency_id from unnest(changes) group by 1, 2 having sum(s) <> 0
    ) x
    where a.province_code = x.province_code and a.agency_id = x.agency_id and a.items = 0;`;

/** The same table order as before: day, month, agency month, scope. `daily`: with the day's trend counters. */
const actionDeltasFunction = (daily: boolean) => `create or replace function "metrics_add_action_deltas"(changes metrics_action_change[]) returns void language plpgsql as $fn$
  begin
    if cardinality(changes) = 0 then return; end if;
    ${provinceUpsert('metrics_action_day', 'day', daily)}
    ${provinceUpsert('metrics_month', 'month')}
    ${agencyUpsert}
    ${scopeUpsert}
  end
$fn$;`;

export class Migration20261208170000_metrics_daily_trend extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "metrics_action_day" add column "opened" int not null default 0, add column "overdue_delta" int not null default 0;`);
    this.addSql(actionDeltasFunction(true));
    // Backfill: the two new counters of every day, from action_item (the other counters are unchanged).
    this.addSql(`insert into metrics_action_day as t (province_code, day, ${TREND_COUNTERS.join(', ')})
    select province_code, k, ${sums(TREND_COUNTERS)}
    from (${trendRows(day, `(select province_code, status, opened_on, due_on, completed_on, 1 as s from action_item) a`)}) x
    group by province_code, k having ${nonZero(TREND_COUNTERS)} order by province_code, k
    on conflict (province_code, day) do update set ${TREND_COUNTERS.map((c) => `${c} = excluded.${c}`).join(', ')};`);
  }

  override async down(): Promise<void> {
    // The function as Migration20261122170000_metrics_lock_order left it, then the columns go.
    this.addSql(actionDeltasFunction(false));
    this.addSql(`alter table "metrics_action_day" drop column "opened", drop column "overdue_delta";`);
  }
}
