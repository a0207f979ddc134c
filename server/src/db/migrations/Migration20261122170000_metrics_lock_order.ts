import { Migration } from '@mikro-orm/migrations';

/**
 * Concurrent action-item changes must not deadlock on the metrics rollups.
 *
 * `metrics_add_action_deltas` (Migration20261122150000_metrics_indexes) touched
 * `metrics_month` in two statements (the counters by due/completion month, then `opened` and
 * `overdue_delta` by opening month), so two transactions could take the same month rows in
 * opposite orders; and it upserted net-zero deltas (an OPEN -> IN_PROGRESS change adds +1 and
 * -1 to the same bucket), taking row locks for nothing. Under concurrent `updateActionItem`
 * calls in one province, PostgreSQL detected deadlocks and aborted one of the transactions.
 *
 * Now every rollup table is touched by exactly one statement per change set, each taking its
 * rows in key order, in the same table order for every transaction; and buckets whose net
 * delta is zero in every counter are left alone. The figures are the same (adding zero changes
 * nothing); the function's signature is unchanged, so the trigger keeps calling it.
 */
const ACTION_COUNTERS = ['done', 'due', 'due_on_time', 'open_due'];
const MONTH_COLUMNS = [...ACTION_COUNTERS, 'opened', 'overdue_delta'];
const sums = (names: string[]) => names.map((c) => `sum(${c})`).join(', ');
const nonZero = (names: string[]) => names.map((c) => `sum(${c}) <> 0`).join(' or ');
const addExcluded = (names: string[]) => names.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ');

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

const month = (col: string) => `date_trunc('month', ${col})::date`;

function counterUpsert(table: 'metrics_action_day' | 'metrics_action_agency_month', key: 'day' | 'month') {
  const group = table === 'metrics_action_agency_month' ? 'province_code, agency_id' : 'province_code';
  const bucket = key === 'day' ? (col: string) => col : month;
  return `insert into ${table} as t (${group}, ${key}, ${ACTION_COUNTERS.join(', ')})
    select ${group}, k, ${sums(ACTION_COUNTERS)}
    from (${counterRows(group, bucket)}) x
    group by ${group}, k having ${nonZero(ACTION_COUNTERS)} order by ${group}, k
    on conflict (${group}, ${key}) do update set ${addExcluded(ACTION_COUNTERS)};`;
}

const NEW_FUNCTION = `create or replace function "metrics_add_action_deltas"(changes metrics_action_change[]) returns void language plpgsql as $fn$
  begin
    if cardinality(changes) = 0 then return; end if;
    ${counterUpsert('metrics_action_day', 'day')}
    insert into metrics_month as t (province_code, month, ${MONTH_COLUMNS.join(', ')})
    select province_code, k, ${sums(MONTH_COLUMNS)}
    from (
      ${counterRows('province_code', month, '0 as opened, 0 as overdue_delta')}
      union all
      select province_code, ${month('opened_on')}, 0, 0, 0, 0, s, 0
      from unnest(changes)
      union all
      select province_code, ${month('greatest(due_on + 1, opened_on)')}, 0, 0, 0, 0, 0, s
      from unnest(changes)
      where status <> 'CANCELLED'
        and (status <> 'DONE' or completed_on is null
             or date_trunc('month', greatest(due_on + 1, opened_on)) < date_trunc('month', completed_on))
      union all
      select province_code, ${month('completed_on')}, 0, 0, 0, 0, 0, -s
      from unnest(changes)
      where status = 'DONE' and date_trunc('month', greatest(due_on + 1, opened_on)) < date_trunc('month', completed_on)
    ) x
    group by province_code, k having ${nonZero(MONTH_COLUMNS)} order by province_code, k
    on conflict (province_code, month) do update set ${addExcluded(MONTH_COLUMNS)};
    ${counterUpsert('metrics_action_agency_month', 'month')}
    insert into metrics_action_scope as t (province_code, agency_id, items, open)
    select province_code, agency_id, sum(s), sum(case when status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') then s else 0 end)
    from unnest(changes) group by 1, 2
    having sum(s) <> 0 or sum(case when status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') then s else 0 end) <> 0
    order by 1, 2
    on conflict (province_code, agency_id) do update set items = t.items + excluded.items, open = t.open + excluded.open;
    delete from metrics_action_scope a using (
      select province_code, agency_id from unnest(changes) group by 1, 2 having sum(s) <> 0
    ) x
    where a.province_code = x.province_code and a.agency_id = x.agency_id and a.items = 0;
  end
$fn$;`;

export class Migration20261122170000_metrics_lock_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(NEW_FUNCTION);
  }

  override async down(): Promise<void> {
    // The previous body is equivalent in its figures; keeping the new one on the way down is
    // harmless, and the metrics migration's own down() drops the function.
  }
}
