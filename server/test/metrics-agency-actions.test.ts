/**
 * agencyActionStats from the cumulative rollups (Migration20261209100000_metrics_agency_cumulative):
 * running totals by day within a month and by month within a year, read at the edges of the
 * period. Items sit on the days where such reads can go wrong (first and last day of a month,
 * 29 February, 31 December and 1 January, far in the future), the periods start and end on
 * those days too, and every answer is compared with the definition of docs/metrics.md computed
 * straight from action_item. Then the items change (status, completion, due date across a year,
 * agency, province, deletion, several rows in one statement) and the comparison runs again, and
 * the rollups the triggers kept must equal a rebuild from scratch.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionItem, buildAgency, signIn } from './support/factories';
import { actionRollups } from './support/rollups';
import { startTestHub, type TestHub } from './support/harness';

let t: TestHub;
let admin: string;
const P = '52';

interface Period {
  from?: string;
  to?: string;
  asOf?: string;
}

/** From, to and asOf on the days where the running totals are read. */
const PERIODS: Period[] = [
  {},
  { asOf: '2026-06-15' },
  { from: '2025-01-01', to: '2025-12-31', asOf: '2026-01-01' },
  { from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31' },
  { from: '2024-02-29', to: '2024-02-29', asOf: '2024-03-01' },
  { from: '2024-02-01', to: '2024-02-29', asOf: '2024-02-29' },
  { from: '2024-02-02', to: '2024-02-28', asOf: '2024-02-15' },
  { from: '2025-12-31', to: '2026-01-01', asOf: '2026-01-01' },
  { from: '2025-12-31', to: '2026-01-01', asOf: '2026-01-02' },
  { from: '2024-03-31', to: '2026-03-01', asOf: '2026-03-01' },
  { from: '2023-01-02', to: '2027-12-31', asOf: '2028-01-01' },
  { from: '2022-06-30', to: '2027-06-01', asOf: '2023-05-31' },
  { from: '2026-05-01', to: '2026-05-31', asOf: '2025-01-01' },
  { from: '2025-11-30', to: '2026-02-01', asOf: '2031-12-31' },
  { from: '2024-12-01', to: '2025-11-30', asOf: '2024-12-01' },
];

/** The day of each item, chosen among the awkward ones. */
const DAYS = ['2024-01-01', '2024-02-28', '2024-02-29', '2024-03-01', '2024-12-31', '2025-01-01', '2025-01-31', '2025-06-30', '2025-12-31', '2026-01-01', '2026-01-02', '2026-02-28', '2026-03-01', '2026-06-15', '2026-12-31', '2027-01-01', '2029-07-31'];
const STATUSES = ['OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED'];

/** agencyActionStats straight from docs/metrics.md, over action_item. */
async function expected(p: Required<Period>) {
  return t.sql.all(
    `select a.id::text as id, a.name,
       count(*) filter (where i.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED'))::int as open,
       count(*) filter (where i.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') and i.due_on < $3)::int as overdue,
       count(*) filter (where i.status = 'DONE' and i.completed_on between $1 and $2)::int as "doneInPeriod",
       (count(*) filter (where i.due_on between $1 and $2 and i.due_on < $3 and i.status = 'DONE' and i.completed_on <= i.due_on))::float8
         / nullif(count(*) filter (where i.due_on between $1 and $2 and i.due_on < $3 and i.status <> 'CANCELLED'), 0) as "onTimeRate"
     from action_item i join agency a on a.id = i.agency_id
     where i.province_code = $4
     group by a.id, a.name
     order by overdue desc, a.name, a.id`,
    [p.from, p.to, p.asOf, P],
  );
}

async function compareAll(where: string) {
  for (const period of PERIODS) {
    const res = await t.gql(
      `query($p: String!, $from: Date, $to: Date, $asOf: Date) {
        provinceMetrics(provinceCode: $p, from: $from, to: $to, asOf: $asOf) {
          from to asOf agencyActionStats { agency { id name } open overdue doneInPeriod onTimeRate }
        }
      }`,
      { p: P, ...period },
      admin,
    );
    expect(res.errors, where).toBeUndefined();
    const m = res.data!.provinceMetrics;
    const want = await expected({ from: m.from, to: m.to, asOf: m.asOf });
    const got = m.agencyActionStats.map(({ agency, ...figures }: { agency: { id: string; name: string } }) => ({ ...agency, ...figures }));
    expect(got, `${where}: ${JSON.stringify(period)}`).toEqual(want);
  }
}

let agencies: number[] = [];
let items: number[] = [];

beforeAll(async () => {
  t = await startTestHub();
  admin = (await signIn(t, 'ADMIN')).token;
  // Two agencies share a name, so the order falls back to the id.
  agencies = [
    (await buildAgency(t.sql, { name: 'Dinas Sosial', provinceCode: P })).id,
    (await buildAgency(t.sql, { name: 'Dinas Sosial', provinceCode: P })).id,
    (await buildAgency(t.sql, { name: 'Polda', provinceCode: P })).id,
    (await buildAgency(t.sql, { name: 'LBH', provinceCode: '11' })).id,
  ];
  let k = 0;
  for (const due of DAYS) {
    for (const status of STATUSES) {
      k++;
      const completedOn = status === 'DONE' ? DAYS[(k * 7) % DAYS.length] : null;
      const openedOn = due < '2024-06-01' ? '2023-12-31' : '2024-06-01';
      items.push((await buildActionItem(t.sql, { agencyId: agencies[k % 3], provinceCode: P, status, dueOn: due, completedOn, openedOn })).id);
    }
  }
}, 120_000);
afterAll(() => t?.stop());

describe('agencyActionStats from the cumulative rollups', () => {
  it('equal the definition computed from action_item, on every awkward day', async () => {
    await compareAll('as loaded');
  }, 120_000);

  it('follow status changes, completions and due dates moved across months and years', async () => {
    // Completed on the last day of a month, on 1 January, and reopened.
    await t.sql.run(`update action_item set status = 'DONE', completed_on = '2025-12-31' where id = $1`, [items[0]]);
    await t.sql.run(`update action_item set status = 'DONE', completed_on = '2026-01-01' where id = $1`, [items[1]]);
    await t.sql.run(`update action_item set status = 'OPEN', completed_on = null where id = $1`, [items[3]]);
    // Due dates across a year boundary, into a leap day, and far ahead.
    await t.sql.run(`update action_item set due_on = '2027-01-01' where id = $1`, [items[10]]);
    await t.sql.run(`update action_item set due_on = '2024-02-29' where id = $1`, [items[20]]);
    await t.sql.run(`update action_item set due_on = due_on - 366 where id = $1`, [items[30]]);
    // Several rows in one statement, some of them twice in the same bucket.
    await t.sql.run(
      `update action_item set status = case when id % 2 = 0 then 'DONE' else 'BLOCKED' end,
         completed_on = case when id % 2 = 0 then due_on else null end, due_on = due_on + 31
       where id = any($1::int[])`,
      [items.slice(40, 60)],
    );
    await compareAll('after status and date changes');
  }, 120_000);

  it('follow agency changes, province moves and deletions', async () => {
    await t.sql.run(`update action_item set agency_id = $2 where id = any($1::int[])`, [items.slice(60, 70), agencies[0]]);
    // An agency whose items all leave the province drops out of its list; one comes back.
    await t.sql.run(`update action_item set province_code = '11' where agency_id = $1 and province_code = $2`, [agencies[2], P]);
    await t.sql.run(`update action_item set province_code = $2 where id = $1`, [items[2], P]);
    await t.sql.run(`update action_item set province_code = '11', agency_id = $2 where id = any($1::int[])`, [items.slice(70, 75), agencies[3]]);
    await t.sql.run(`delete from action_item where id = any($1::int[])`, [items.slice(75, 80)]);
    await compareAll('after agency, province and deletion changes');
  }, 120_000);

  it('are kept by the triggers exactly as a rebuild from scratch computes them', async () => {
    const incremental = [await actionRollups(t.sql, P), await actionRollups(t.sql, '11')];
    expect(incremental[0].agencyCumDay.length).toBeGreaterThan(0);
    expect(incremental[0].agencyCumMonth.length).toBeGreaterThan(0);
    await t.sql.run('select metrics_rebuild()');
    expect(incremental).toEqual([await actionRollups(t.sql, P), await actionRollups(t.sql, '11')]);
    await compareAll('after a rebuild');
  }, 120_000);
});
