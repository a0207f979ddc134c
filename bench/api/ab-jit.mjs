#!/usr/bin/env node
/**
 * Paired A/B of the hub's executor on the Detail workload: two hubs run at once on the same
 * database (HUB_JIT=off and HUB_JIT=all), and one client alternates identical requests between
 * them (AB_CLIENTS in flight per hub), so both see the same machine load at the same time. Reports
 * each process's CPU milliseconds per response (from /proc) and requests per second.
 *   DATABASE_URL=... node bench/api/ab-jit.mjs      (after npm run build -w server; database seeded by npm run bench)
 */
import fs from 'node:fs';
import { BENCH_PASSWORD, loadavg, login, requireDatabaseUrl, startHub } from '../lib/hub.mjs';

/** bench/api/workloads.mjs's Detail query; AB_AGREEMENT is the agreement (the bench's fixture: 580). */
const HUB_DETAIL_QUERY = `query Detail($id: ID!) {
  agreement(id: $id) {
    id title reference kind signedOn expiresOn
    parties { id name sector }
    commitments { id description status dueOn actionItems { id title status dueOn } }
  }
}`;

const url = requireDatabaseUrl('ab-jit');
const SECONDS = Number(process.env.AB_SECONDS ?? 30);
const CLIENTS = Number(process.env.AB_CLIENTS ?? 4);
const cpuOf = (pid) => {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, clock ticks of 10 ms
};

const hubs = { off: await startHub(url, { HUB_JIT: 'off' }), all: await startHub(url, { HUB_JIT: 'all' }) };
try {
  const token = await login(hubs.off.url, 'bench-admin@example.org', BENCH_PASSWORD);
  const body = JSON.stringify({ query: HUB_DETAIL_QUERY, variables: { id: process.env.AB_AGREEMENT ?? '580' } });
  const one = async (hub) => {
    const res = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const json = await res.json();
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return JSON.stringify(json.data);
  };
  const a = await one(hubs.off);
  const b = await one(hubs.all);
  if (a !== b) throw new Error('the two executors answered differently');
  for (let i = 0; i < 200; i++) await Promise.all([one(hubs.off), one(hubs.all)]); // warm-up (and compile)
  const count = { off: 0, all: 0 };
  const cpu0 = { off: cpuOf(hubs.off.child.pid), all: cpuOf(hubs.all.child.pid) };
  const until = Date.now() + SECONDS * 1000;
  const load0 = loadavg();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < until) {
        for (const k of ['off', 'all']) {
          await one(hubs[k]);
          count[k] += 1;
        }
      }
    }),
  );
  for (const k of ['off', 'all']) {
    const ms = cpuOf(hubs[k].child.pid) - cpu0[k];
    console.log(`HUB_JIT=${k}: ${count[k]} responses, ${(ms / count[k]).toFixed(2)} ms hub CPU per response`);
  }
  console.log(`load average ${load0} → ${loadavg()}; answers identical`);
} finally {
  await Promise.all(Object.values(hubs).map((h) => h.stop()));
}
