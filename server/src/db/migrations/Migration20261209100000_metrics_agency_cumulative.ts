import { Migration } from '@mikro-orm/migrations';

/**
 * agencyActionStats from cumulative rollups: a few rows per agency, whatever the period.
 *
 * The per-agency figures (docs/metrics.md, "Action items") read metrics_action_agency_month (one
 * row per agency and month: ~4,800 rows for the largest province and a year) and, for the days at
 * the edges of the period, ~3,000 index entries of action_item: about two thirds of a province's
 * database time. Two rollups now hold the same counters (done by completion day; due, due on time
 * and open by due day) as running totals, so that a count over any range of days is a difference
 * of two array elements:
 *  - metrics_action_agency_cum_day: per (province, agency, month), element d (1..31) of each array
 *    is the number of items whose day falls in that month on or before day d;
 *  - metrics_action_agency_cum_month: per (province, agency, year), element m (1..12) is the number
 *    of items whose day falls in that year in month m or before.
 * A period [F, T] per agency is then the day rows of the months of F and T and the month rows of
 * the years in between (usually one): four rows per agency for a year, instead of ~25.
 *
 * Both are kept by `metrics_add_action_deltas` (the action_item triggers and `metrics_rebuild`) in
 * the same transaction as each change, like the other rollups: the changes' net deltas per
 * (province, agency, bucket, element) become running-total arrays, added element by element to
 * the row (`metrics_int_array_add`); buckets whose deltas are all zero are left alone, and each
 * table is touched by one statement in key order, after metrics_action_agency_month (kept: the
 * hand-written SQL floor of the bench reads it) and before metrics_action_scope, as
 * Migration20261122170000_metrics_lock_order requires.
 */
const ARRAYS = ['done', 'due', 'due_on_time', 'open_due'];
const OPEN = `status in ('OPEN', 'IN_PROGRESS', 'BLOCKED')`;

interface Cumulative {
  table: 'metrics_action_agency_cum_day' | 'metrics_action_agency_cum_month';
  /** The row's bucket column, the date_trunc unit that gives it, the element of a date in it and the array length. */
  key: 'month' | 'year';
  element: 'day' | 'month';
  length: number;
}
const CUM_DAY: Cumulative = { table: 'metrics_action_agency_cum_day', key: 'month', element: 'day', length: 31 };
const CUM_MONTH: Cumulative = { table: 'metrics_action_agency_cum_month', key: 'year', element: 'month', length: 12 };

/**
 * The upsert of one cumulative rollup from `source` (rows of metrics_action_change: province_code,
 * agency_id, status, due_on, completed_on and s = +1/-1).
 */
function cumulativeUpsert(c: Cumulative, source = 'unnest(changes)') {
  const bucket = (col: string) => `date_trunc('${c.key}', ${col})::date`;
  const element = (col: string) => `extract(${c.element} from ${col})::int`;
  return `with deltas as (
      select province_code, agency_id, k, i, ${ARRAYS.map((a) => `sum(${a}) as ${a}`).join(', ')}
      from (
        select province_code, agency_id, ${bucket('completed_on')} as k, ${element('completed_on')} as i, s as done, 0 as due, 0 as due_on_time, 0 as open_due
        from ${source} where status = 'DONE' and completed_on is not null
        union all
        select province_code, agency_id, ${bucket('due_on')}, ${element('due_on')}, 0, s,
          case when status = 'DONE' and completed_on <= due_on then s else 0 end,
          case when ${OPEN} then s else 0 end
        from ${source} where status <> 'CANCELLED'
      ) x
      group by 1, 2, 3, 4 having ${ARRAYS.map((a) => `sum(${a}) <> 0`).join(' or ')}
    ), running as (
      select b.province_code, b.agency_id, b.k, n.i,
        ${ARRAYS.map((a) => `(sum(coalesce(d.${a}, 0)) over w)::int as ${a}`).join(',\n        ')}
      from (select distinct province_code, agency_id, k from deltas) b
      cross join generate_series(1, ${c.length}) as n(i)
      left join deltas d on d.province_code = b.province_code and d.agency_id = b.agency_id and d.k = b.k and d.i = n.i
      window w as (partition by b.province_code, b.agency_id, b.k order by n.i)
    )
    insert into ${c.table} as t (province_code, agency_id, ${c.key}, ${ARRAYS.join(', ')})
    select province_code, agency_id, k, ${ARRAYS.map((a) => `array_agg(${a} order by i)`).join(', ')}
    from running group by 1, 2, 3 order by 1, 2, 3
    on conflict (province_code, ${c.key}, agency_id) do update set ${ARRAYS.map((a) => `${a} = metrics_int_array_add(t.${a}, excluded.${a})`).join(', ')};`;
}

/** metrics_add_action_deltas as Migration20261208170000_metrics_daily_trend left it, with the cumulative rollups or without. */
function actionDeltasFunction(cumulative: boolean) {
  const trendStart = 'greatest(due_on + 1, opened_on)';
  const month = (col: string) => `date_trunc('month', ${col})::date`;
  const province = (table: string, key: string, k: (col: string) => string) => `insert into ${table} as t (province_code, ${key}, done, due, due_on_time, open_due, opened, overdue_delta)
    select province_code, k, sum(done), sum(due), sum(due_on_time), sum(open_due), sum(opened), sum(overdue_delta)
    from (
      select province_code, ${k('completed_on')} as k, s as done, 0 as due, 0 as due_on_time, 0 as open_due, 0 as opened, 0 as overdue_delta
      from unnest(changes) where status = 'DONE' and completed_on is not null
      union all
      select province_code, ${k('due_on')}, 0, s,
        case when status = 'DONE' and completed_on <= due_on then s else 0 end,
        case when ${OPEN} then s else 0 end, 0 as opened, 0 as overdue_delta
      from unnest(changes) where status <> 'CANCELLED'
      union all
      select province_code, ${k('opened_on')} as k, 0 as done, 0 as due, 0 as due_on_time, 0 as open_due, s as opened, 0 as overdue_delta
      from unnest(changes)
      union all
      select province_code, ${k(trendStart)}, 0, 0, 0, 0, 0, s
      from unnest(changes)
      where status <> 'CANCELLED'
        and (status <> 'DONE' or completed_on is null or ${k(trendStart)} < ${k('completed_on')})
      union all
      select province_code, ${k('completed_on')}, 0, 0, 0, 0, 0, -s
      from unnest(changes)
      where status = 'DONE' and ${k(trendStart)} < ${k('completed_on')}
    ) x
    group by province_code, k having sum(done) <> 0 or sum(due) <> 0 or sum(due_on_time) <> 0 or sum(open_due) <> 0 or sum(opened) <> 0 or sum(overdue_delta) <> 0 order by province_code, k
    on conflict (province_code, ${key}) do update set done = t.done + excluded.done, due = t.due + excluded.due, due_on_time = t.due_on_time + excluded.due_on_time, open_due = t.open_due + excluded.open_due, opened = t.opened + excluded.opened, overdue_delta = t.overdue_delta + excluded.overdue_delta;`;
  return `create or replace function "metrics_add_action_deltas"(changes metrics_action_change[]) returns void language plpgsql as $fn$
  begin
    if cardinality(changes) = 0 then return; end if;
    ${province('metrics_action_day', 'day', (col) => col)}
    ${province('metrics_month', 'month', month)}
    insert into metrics_action_agency_month as t (province_code, agency_id, month, done, due, due_on_time, open_due)
    select province_code, agency_id, k, sum(done), sum(due), sum(due_on_time), sum(open_due)
    from (select province_code, agency_id, ${month('completed_on')} as k, s as done, 0 as due, 0 as due_on_time, 0 as open_due
      from unnest(changes) where status = 'DONE' and completed_on is not null
      union all
      select province_code, agency_id, ${month('due_on')}, 0, s,
        case when status = 'DONE' and completed_on <= due_on then s else 0 end,
        case when ${OPEN} then s else 0 end
      from unnest(changes) where status <> 'CANCELLED') x
    group by province_code, agency_id, k having sum(done) <> 0 or sum(due) <> 0 or sum(due_on_time) <> 0 or sum(open_due) <> 0 order by province_code, agency_id, k
    on conflict (province_code, agency_id, month) do update set done = t.done + excluded.done, due = t.due + excluded.due, due_on_time = t.due_on_time + excluded.due_on_time, open_due = t.open_due + excluded.open_due;${
      cumulative
        ? `
    ${cumulativeUpsert(CUM_DAY)}
    ${cumulativeUpsert(CUM_MONTH)}`
        : ''
    }
    insert into metrics_action_scope as t (province_code, agency_id, items, open)
    select province_code, agency_id, sum(s), sum(case when ${OPEN} then s else 0 end)
    from unnest(changes) group by 1, 2
    having sum(s) <> 0 or sum(case when ${OPEN} then s else 0 end) <> 0
    order by 1, 2
    on conflict (province_code, agency_id) do update set items = t.items + excluded.items, open = t.open + excluded.open;
    delete from metrics_action_scope a using (
      select province_code, agency_id from unnest(changes) group by 1, 2 having sum(s) <> 0
    ) x
    where a.province_code = x.province_code and a.agency_id = x.agency_id and a.items = 0;
  end
$fn$;`;
}

/** metrics_rebuild as Migration20261122150000_metrics_indexes defined it, also emptying the cumulative rollups or not. */
function rebuildFunction(cumulative: boolean) {
  const rollups = [
    'metrics_case', 'metrics_case_day', 'metrics_case_lag', 'metrics_case_lag_month', 'metrics_case_pending', 'metrics_month',
    'metrics_action_day', 'metrics_action_agency_month', ...(cumulative ? [CUM_DAY.table, CUM_MONTH.table] : []), 'metrics_action_scope',
    'metrics_agreement', 'metrics_agreement_pair',
  ];
  const facts = 'province_code, reported_on, issue_area, outcome, days_to_first_service, sector_count, referrals, referrals_accepted, pending_referred_on';
  const agreements = 'province_code, signed_on, expires_on, terminated_on, sector_mask, commitments, fulfilled, lapsed, open_due';
  return `create or replace function "metrics_rebuild"() returns void language plpgsql as $fn$
      begin
        ${rollups.map((t) => `delete from ${t};`).join('\n        ')}
        -- Facts straight from their definition; the triggers on metrics_case fill the case rollups.
        insert into metrics_case (case_id, ${facts})
        select case_id, ${facts} from metrics_case_source order by case_id;
        perform metrics_add_action_deltas(array(select row(province_code, agency_id, status, opened_on, due_on, completed_on, 1)::metrics_action_change from action_item));
        insert into metrics_agreement (agreement_id, ${agreements})
        select agreement_id, ${agreements} from metrics_agreement_source order by agreement_id;
        insert into metrics_agreement_pair (agreement_id, agency_a, agency_b)
        select agreement_id, agency_a, agency_b from metrics_agreement_pair_source;
      end
    $fn$;`;
}

export class Migration20261209100000_metrics_agency_cumulative extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "metrics_int_array_add"(a int[], b int[]) returns int[] language sql immutable parallel safe as $fn$
      select array_agg(x + y order by n) from unnest(a, b) with ordinality as u(x, y, n)
    $fn$;`);
    for (const c of [CUM_DAY, CUM_MONTH]) {
      this.addSql(`create table "${c.table}" ("province_code" varchar(2) collate "C" not null, "agency_id" int not null references "agency" ("id"),
        "${c.key}" date not null, ${ARRAYS.map((a) => `"${a}" int[] not null`).join(', ')},
        constraint "${c.table}_pkey" primary key ("province_code", "${c.key}", "agency_id"));`);
    }
    this.addSql(actionDeltasFunction(true));
    this.addSql(rebuildFunction(true));
    // Backfill from action_item, every item counted once.
    const items = `(select province_code, agency_id, status, due_on, completed_on, 1 as s from action_item) a`;
    this.addSql(cumulativeUpsert(CUM_DAY, items));
    this.addSql(cumulativeUpsert(CUM_MONTH, items));
  }

  override async down(): Promise<void> {
    this.addSql(rebuildFunction(false));
    this.addSql(actionDeltasFunction(false));
    this.addSql(`drop table "${CUM_MONTH.table}";`);
    this.addSql(`drop table "${CUM_DAY.table}";`);
    this.addSql(`drop function "metrics_int_array_add"(int[], int[]);`);
  }
}
