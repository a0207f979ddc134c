#!/usr/bin/env node
/**
 * Benchmark of the follow-up sweep (`npm run bench:followup`).
 *
 * Against the PostgreSQL database of DATABASE_URL, loaded with `npm run seed:scale` (a
 * coordinator per province), it adds a MEMBER account to every agency that has none (as a
 * hub in real use would have), empties the follow-up tables, and times with the built server's
 * own code (server/dist): the first sweep for today (every rule, the digests of every
 * recipient), the same sweep again (nothing new), and the next day's sweep. Results go to
 * bench/results/followup.md and to stdout.
 *
 * Environment: DATABASE_URL (required).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'server/package.json'));
require('reflect-metadata');
const { createOrm, migrate } = require(path.join(root, 'server/dist/db/orm.js'));
const { loadConfig } = require(path.join(root, 'server/dist/config.js'));
const { addDays, todayIn } = require(path.join(root, 'server/dist/common/dates.js'));
const { Sql } = require(path.join(root, 'server/dist/common/sql.js'));
const { runSweep } = require(path.join(root, 'server/dist/modules/notification/notification.service.js'));

const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL) {
  console.error('bench:followup needs DATABASE_URL: a PostgreSQL database filled by `npm run seed:scale`.');
  process.exit(2);
}

const config = { ...loadConfig({}), databaseUrl: DATABASE_URL, publicUrl: 'https://hub.example.org', jobs: false };
const orm = await createOrm({ url: DATABASE_URL, poolSize: 2 });
await migrate(orm);
const sql = new Sql(orm.em.fork());
const today = todayIn(config.timeZone);

const one = async (q, v = []) => (await sql.all(q, v))[0];
const loadStart = os.loadavg();

// A member account per agency without one, with the bench password of seed:scale.
const addedMembers = await sql.run(
  `insert into hub_user (email, display_name, password_hash, role, province_code, agency_id, active, created_at)
   select 'bench-member-' || a.id || '@example.org', left('Anggota ' || a.name, 200),
          (select password_hash from hub_user where email = 'bench-admin@example.org'), 'MEMBER', null, a.id, true, now()
   from agency a
   where a.active and not exists (select 1 from hub_user u where u.agency_id = a.id and u.role = 'MEMBER')`,
);
await sql.run('truncate notification_email, email_outbox, notification, followup_sweep');
await sql.run('analyze hub_user');
await sql.run('analyze notification');

const counts = await one(`select
  (select count(*)::int from agency) as agencies,
  (select count(*)::int from hub_user where role = 'MEMBER' and active) as members,
  (select count(*)::int from hub_user where role = 'COORDINATOR' and active) as coordinators,
  (select count(*)::int from action_item) as "actionItems",
  (select count(*)::int from action_item where status in ('OPEN', 'IN_PROGRESS', 'BLOCKED')) as "openActionItems",
  (select count(*)::int from commitment) as commitments,
  (select count(*)::int from agreement) as agreements,
  (select count(*)::int from referral) as referrals`);

async function timed(label, asOf) {
  const started = process.hrtime.bigint();
  const result = await runSweep(orm.em.fork(), config, asOf, 'MANUAL');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${label}: ${seconds.toFixed(2)} s, ${result.notificationsCreated} notifications, ${result.emailsQueued} e-mails`);
  return { label, asOf, seconds, ...result };
}

const runs = [];
runs.push(await timed('First sweep for a day', today));
runs.push(await timed('The same day again', today));
runs.push(await timed('The next day', addDays(today, 1)));

const byKind = await sql.all(`select kind, count(*)::int as n from notification group by 1 order by 1`);
const pg = (await one('select version() as v')).v;
await orm.close(true);

const cpu = os.cpus()[0]?.model ?? 'unknown';
let nproc = String(os.cpus().length);
try {
  nproc = execFileSync('nproc').toString().trim();
} catch {}
const fmt = (n) => n.toLocaleString('en-US');
const md = `# Follow-up sweep benchmark

Produced by \`npm run bench:followup\` (bench/followup/run.mjs) with the built server's own sweep
(\`runSweep\`: every rule of docs/followup.md as one set-based statement, then the e-mail
digests, in one transaction) against PostgreSQL loaded with \`npm run seed:scale\`, plus a MEMBER
account for every agency without one (${fmt(addedMembers)} added) and no SMTP server (e-mails are
written to the outbox as NOT_SENT, rendered in full). The follow-up tables are emptied first.

Targets (issue 11): the first sweep for a day under 60 s, a repeated sweep under 10 s.

## Machine

- CPUs (nproc): ${nproc}; ${cpu}
- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB
- Node: ${process.version}
- PostgreSQL: ${pg}
- Date: ${new Date().toISOString()}
- Load average (1, 5, 15 min) at start ${loadStart.map((l) => l.toFixed(2)).join(', ')}, at end ${os.loadavg().map((l) => l.toFixed(2)).join(', ')} (the machine is shared)

## Data set

${Object.entries(counts).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}.

## Results

| Run | as of | Time | Notifications created | E-mails queued |
|---|---|---:|---:|---:|
${runs.map((r) => `| ${r.label} | ${r.asOf} | ${r.seconds.toFixed(2)} s | ${fmt(r.notificationsCreated)} | ${fmt(r.emailsQueued)} |`).join('\n')}

Notifications by kind after the runs: ${byKind.map((k) => `${k.kind} ${fmt(k.n)}`).join(', ')}.
`;
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/results/followup.md'), md);
console.log(`\nWritten to bench/results/followup.md`);
