import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { todayIn } from '../src/common/dates';
import { createOrm } from '../src/db/orm';
import PgBoss from 'pg-boss';
import { Sql } from '../src/common/sql';
import { dailyCron, FollowUpJobs, JOBS_SCHEMA, sweepTimePassed } from '../src/modules/notification/followup.jobs';
import { runSweep } from '../src/modules/notification/notification.service';
import { resetDatabase, startTestHub, testLogger, type TestHub } from './support/harness';
import { buildActionItem, buildAgency, buildUser } from './support/factories';
import { day, today } from './support/api-helpers';

/**
 * The scheduler on pg-boss: the daily sweep on exactly one of several workers on one database,
 * the catch-up of a hub that starts after FOLLOWUP_AT, and sweeps racing on two connections.
 */
let t: TestHub;
const running: FollowUpJobs[] = [];
const orms: MikroORM[] = [];

beforeAll(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((j) => j.stop()));
});
afterAll(async () => {
  await Promise.all(orms.map((o) => o.close(true)));
  await t?.stop();
});

const sweeps = () =>
  t.sql.all<{ asOf: string; trigger: string; created: number }>(
    `select to_char(as_of, 'YYYY-MM-DD') as "asOf", trigger, notifications_created as created from followup_sweep order by id`,
  );

async function waitUntil(check: () => Promise<boolean>, ms: number) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function world() {
  await resetDatabase(t.sql);
  // Jobs of earlier tests (their catch-up of today, keyed by the minute) must not stand in for this one's.
  if (await t.sql.maybeOne(`select 1 from information_schema.tables where table_schema = 'hub_jobs' and table_name = 'job'`)) {
    await t.sql.run('truncate hub_jobs.job');
  }
  const x = await buildAgency(t.sql, { provinceCode: '52' });
  await buildUser(t.sql, { role: 'MEMBER', agencyId: x.id });
  await buildUser(t.sql, { role: 'COORDINATOR', provinceCode: '52' });
  await buildActionItem(t.sql, { agencyId: x.id, dueOn: day(-20) });
  await buildActionItem(t.sql, { agencyId: x.id, dueOn: day(3) });
}

function jobsOn(orm: MikroORM, followUpAt: string) {
  const jobs = new FollowUpJobs(orm, { ...t.hub.config, followUpAt }, testLogger, { pollSeconds: 0.5 });
  running.push(jobs);
  return jobs;
}

describe('when the sweep is due', () => {
  it('FOLLOWUP_AT as a daily cron expression, and whether its time has passed in TZ_HUB', () => {
    expect(dailyCron('07:00')).toBe('0 7 * * *');
    expect(dailyCron('18:05')).toBe('5 18 * * *');
    // 23:59 UTC on 6 December is 06:59 on 7 December in Jakarta (UTC+7).
    expect(sweepTimePassed(new Date('2026-12-06T23:59:00Z'), 'Asia/Jakarta', '07:00')).toBe(false);
    expect(sweepTimePassed(new Date('2026-12-07T00:00:00Z'), 'Asia/Jakarta', '07:00')).toBe(true);
    expect(sweepTimePassed(new Date('2026-12-07T00:00:00Z'), 'UTC', '07:00')).toBe(false);
  });
});

describe('catch-up after downtime', () => {
  it('a hub starting after FOLLOWUP_AT with no sweep for today runs it; one starting later finds it done', async () => {
    await world();
    const first = jobsOn(t.hub.orm, '00:00');
    await first.start();
    await waitUntil(async () => (await sweeps()).length > 0, 30_000);
    // Overdue to the member, escalated to the coordinator, due soon to the member.
    expect(await sweeps()).toEqual([{ asOf: today(), trigger: 'CATCH_UP', created: 3 }]);
    const second = jobsOn(t.hub.orm, '00:00');
    await second.start();
    expect(await second.catchUp()).toBe(false);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await sweeps()).toHaveLength(1);
  });

  it('before FOLLOWUP_AT nothing is caught up', async () => {
    await world();
    const jobs = jobsOn(t.hub.orm, '07:00');
    await jobs.start({ catchUp: false });
    // 06:30 in Jakarta.
    expect(await jobs.catchUp(new Date(`${todayIn('Asia/Jakarta')}T06:30:00+07:00`))).toBe(false);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await sweeps()).toEqual([]);
  });

  it('two workers starting at once on one database catch the day up once', async () => {
    await world();
    await Promise.all([jobsOn(t.hub.orm, '00:00').start(), jobsOn(t.hub.orm, '00:00').start()]);
    await waitUntil(async () => (await sweeps()).length > 0, 20_000);
    await new Promise((r) => setTimeout(r, 3000));
    const done = await sweeps();
    expect(done.map((s) => s.trigger)).toEqual(['CATCH_UP']);
    const dup = await t.sql.one<{ n: number }>(
      'select count(*)::int as n from (select kind, record_id, recipient_id, key from notification group by 1, 2, 3, 4 having count(*) > 1) d',
    );
    expect(dup.n).toBe(0);
  });
});

describe('pg-boss on the hub pool', () => {
  it('its schema creation losing the race to another instance leaves no aborted transaction on the pooled connection', async () => {
    // One connection, so the next statement surely runs on the connection the failed script used.
    const orm = process.env.DATABASE_URL ? await createOrm({ url: inject('databaseUrl'), poolSize: 1 }) : t.hub.orm;
    if (orm !== t.hub.orm) orms.push(orm);
    await jobsOn(t.hub.orm, '07:00').start({ catchUp: false }); // the job schema exists
    const sql = new Sql(orm.em.fork());
    // What a second instance starting on a fresh database runs once the first has made the schema.
    await expect(sql.script(PgBoss.getConstructionPlans(JOBS_SCHEMA))).rejects.toThrow(/already exists/);
    expect(await sql.one('select 1 as ok')).toEqual({ ok: 1 });
    expect(await sql.one(`select count(*)::int as n from ${JOBS_SCHEMA}.queue where name = 'followup-sweep'`)).toEqual({ n: 1 });
  });
});

describe.runIf(Boolean(process.env.DATABASE_URL))('on PostgreSQL, several connections and instances', () => {
  async function secondOrm() {
    const orm = await createOrm({ url: inject('databaseUrl'), poolSize: 3 });
    orms.push(orm);
    return orm;
  }

  it('two sweeps at once on two connections: no duplicate, no deadlock, the second creates nothing', async () => {
    await world();
    const other = await secondOrm();
    for (let i = 0; i < 30; i++) await buildActionItem(t.sql, { agencyId: (await buildAgency(t.sql, { provinceCode: '52' })).id, dueOn: day(-30 + i) });
    const [a, b] = await Promise.all([
      runSweep(t.hub.orm.em.fork(), t.hub.config, today(), 'MANUAL'),
      runSweep(other.em.fork(), t.hub.config, today(), 'MANUAL'),
    ]);
    const total = await t.sql.one<{ n: number }>('select count(*)::int as n from notification');
    expect(a!.notificationsCreated + b!.notificationsCreated).toBe(total.n);
    expect(Math.min(a!.notificationsCreated, b!.notificationsCreated)).toBe(0);
    expect(total.n).toBeGreaterThan(30);
  });

  it('the scheduled sweep runs on exactly one of two instances', { timeout: 150_000 }, async () => {
    await world();
    // The next whole minute in TZ_HUB (two ahead when this one is nearly over).
    const now = new Date();
    const at = new Date(now.getTime() + (now.getSeconds() > 45 ? 120_000 : 60_000));
    const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone: t.hub.config.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
    const other = await secondOrm();
    await Promise.all([jobsOn(t.hub.orm, hhmm).start({ catchUp: false }), jobsOn(other, hhmm).start({ catchUp: false })]);
    await waitUntil(async () => (await sweeps()).length > 0, 130_000);
    await new Promise((r) => setTimeout(r, 5000));
    expect((await sweeps()).map((s) => [s.asOf, s.trigger])).toEqual([[today(), 'SCHEDULE']]);
  });
});
