import type { Sql } from '../../src/common/sql';

/**
 * The action rollups of a province with a non-zero counter, in key order: what the metrics
 * triggers kept, to compare with `select metrics_rebuild()` of the same data.
 */
export async function actionRollups(sql: Sql, provinceCode: string) {
  return {
    day: await sql.all(`select * from metrics_action_day where province_code = $1 and (done, due, due_on_time, open_due) <> (0, 0, 0, 0) order by 1, 2`, [provinceCode]),
    month: await sql.all(
      `select province_code, month, done, due, due_on_time, open_due, opened, overdue_delta from metrics_month
       where province_code = $1 and (done, due, due_on_time, open_due, opened, overdue_delta) <> (0, 0, 0, 0, 0, 0) order by 1, 2`,
      [provinceCode],
    ),
    agency: await sql.all(
      `select * from metrics_action_agency_month where province_code = $1 and (done, due, due_on_time, open_due) <> (0, 0, 0, 0) order by 1, 2, 3`,
      [provinceCode],
    ),
    // Running totals: a row counts nothing when the last element of every array is 0.
    agencyCumDay: await sql.all(
      `select * from metrics_action_agency_cum_day
       where province_code = $1 and (done[31], due[31], due_on_time[31], open_due[31]) <> (0, 0, 0, 0) order by 1, 2, 3`,
      [provinceCode],
    ),
    agencyCumMonth: await sql.all(
      `select * from metrics_action_agency_cum_month
       where province_code = $1 and (done[12], due[12], due_on_time[12], open_due[12]) <> (0, 0, 0, 0) order by 1, 2, 3`,
      [provinceCode],
    ),
    scope: await sql.all(`select * from metrics_action_scope where province_code = $1 order by 1, 2`, [provinceCode]),
  };
}
