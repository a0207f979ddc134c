/**
 * The floor of `npm run bench`: each workload answered by one hand-written SQL statement
 * through `pg` from a plain Node HTTP handler — no GraphQL, no auth, no per-row JavaScript.
 * PostgreSQL builds the response JSON itself and the handler writes that text as it comes
 * (no parse, no re-serialisation); statements are named (prepared once per connection).
 *
 *   POST /list      {provinceCode, today}        the first 50 overdue action items of a province
 *   POST /detail    {agreementId}                an agreement, its parties, commitments and their items
 *   POST /write     {id, version, status, note, authorId}   status change + note (+ history and audit rows)
 *   POST /dashboard {provinceCode, from, to, asOf}  the figures of provinceMetrics
 *
 * The dashboard figures run the metrics module's own hand-written statements (compiled in
 * server/dist, so the figures are the same by construction), bundled into one statement:
 * one round trip instead of a transaction of five. JIT is off on these connections, as the hub
 * turns it off for its metrics.
 *
 * Environment: DATABASE_URL, PORT, POOL_SIZE (default 10).
 */
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { countStatements, statsRoute } from './count-statements.mjs';

const { DATABASE_URL, PORT = '4621', POOL_SIZE = '10' } = process.env;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

// The metrics module imports decorated models, which need the metadata polyfill first.
require('reflect-metadata');
const metricsSql = require(path.join(root, 'server/dist/modules/metrics/metrics.sql.js'));

const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(POOL_SIZE), options: '-c jit=off' });
const counter = countStatements(pool);

const LIST = `
select '{"data":{"actionItems":{"nodes":' || coalesce(json_agg(json_build_object(
    'id', ai.id::text, 'title', ai.title, 'status', ai.status, 'dueOn', ai.due_on,
    'agency', json_build_object('name', a.name, 'sector', a.sector),
    'commitment', case when c.id is null then null else json_build_object(
      'description', c.description,
      'agreement', json_build_object('title', ag.title, 'parties', (
        select coalesce(json_agg(json_build_object('name', pa.name) order by pa.name, pa.id), '[]')
        from agreement_party p join agency pa on pa.id = p.agency_id where p.agreement_id = ag.id))) end
  ) order by ai.due_on, ai.id), '[]')::text || '}}}' as body
from (select id, title, status, due_on, agency_id, commitment_id from action_item
      where province_code = $1 and status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') and due_on < $2::date
      order by due_on, id limit 50) ai
join agency a on a.id = ai.agency_id
left join commitment c on c.id = ai.commitment_id
left join agreement ag on ag.id = c.agreement_id`;

const DETAIL = `
select '{"data":{"agreement":' || coalesce(json_build_object(
    'id', ag.id::text, 'title', ag.title, 'reference', ag.reference, 'kind', ag.kind,
    'signedOn', ag.signed_on, 'expiresOn', ag.expires_on,
    'parties', (select coalesce(json_agg(json_build_object('id', a.id::text, 'name', a.name, 'sector', a.sector) order by a.name, a.id), '[]')
                from agreement_party p join agency a on a.id = p.agency_id where p.agreement_id = ag.id),
    'commitments', (select coalesce(json_agg(json_build_object(
        'id', c.id::text, 'description', c.description, 'status', c.status, 'dueOn', c.due_on,
        'actionItems', (select coalesce(json_agg(json_build_object('id', ai.id::text, 'title', ai.title, 'status', ai.status, 'dueOn', ai.due_on)
                          order by ai.due_on, ai.id), '[]')
                        from action_item ai where ai.commitment_id = c.id)
      ) order by c.due_on nulls last, c.id), '[]') from commitment c where c.agreement_id = ag.id)
  )::text, 'null') || '}}' as body
from (select $1::int as id) k left join agreement ag on ag.id = k.id`;

// The item changes only if nobody bumped its version since it was read; the history entry and
// the audit event are written in the same statement (one implicit transaction).
const WRITE = `
with u as (
  update action_item ai set status = $3, version = ai.version + 1, updated_at = now()
  from (select status from action_item where id = $1) old
  where ai.id = $1 and ai.version = $2
  returning ai.id, ai.version, ai.status, ai.province_code, old.status as from_status
), h as (
  insert into action_update (action_item_id, author_id, note, from_status, to_status, created_at)
  select id, $5, $4, case when from_status <> status then from_status end, case when from_status <> status then status end, now() from u
), e as (
  insert into audit_event (at, actor_id, action, entity_type, entity_id, province_code, changes)
  select now(), $5, 'updateActionItem', 'ActionItem', id::text, province_code,
    json_build_object('status', json_build_object('before', from_status, 'after', status), 'note', json_build_object('before', null, 'after', $4::text))
  from u
)
select case when u.id is null
  then '{"errors":[{"message":"version conflict","extensions":{"code":"CONFLICT"}}]}'
  else json_build_object('data', json_build_object('updateActionItem', json_build_object('id', u.id::text, 'version', u.version, 'status', u.status)))::text
  end as body
from (select 1) one left join u on true`;

/** The five statements of provinceMetrics, captured from the compiled metrics module and bundled into one. */
function dashboardStatement(provinceCode, period) {
  const m = metricsSql;
  const captured = [];
  const capture = { all: async (text, values) => (captured.push({ text, values }), []) };
  const codes = [provinceCode];
  for (const f of [m.agreementFigures, m.activityFigures, m.actionFigures, m.agencyActionFigures, m.caseFigures]) f(capture, codes, period);
  const values = [];
  const parts = captured.map(({ text, values: v }) => {
    const offset = values.length;
    values.push(...v);
    return text.replace(/\$(\d+)/g, (_, n) => `$${Number(n) + offset}`);
  });
  const [agreements, activity, actions, agencyActions, cases] = parts;
  const text = `select json_build_object(
    'agreements', (select row_to_json(x) from (${agreements}) x),
    'activity', (select row_to_json(x) from (${activity}) x),
    'actions', (select row_to_json(x) from (${actions}) x),
    'agencyActions', (select coalesce(json_agg(x), '[]') from (${agencyActions}) x),
    'cases', (select row_to_json(x) from (${cases}) x))::text as body`;
  return { text, values };
}

const dashboardCache = new Map();
function dashboardQuery(b) {
  const key = JSON.stringify(b);
  let q = dashboardCache.get(key);
  if (!q) {
    q = { name: `dashboard_${dashboardCache.size}`, ...dashboardStatement(b.provinceCode, { from: b.from, to: b.to, asOf: b.asOf }) };
    dashboardCache.set(key, q);
  }
  return q;
}

const round1 = (x) => Math.round(x * 10) / 10;

/** The provinceMetrics answer (exact figures, as ADMIN and the province's coordinator see them) from the bundled row. */
function dashboardBody(json, b) {
  const { agreements: g, activity: v, actions: a, agencyActions, cases: c } = JSON.parse(json);
  const m = metricsSql;
  const rate = (x, y) => (y > 0 ? x / y : null);
  const referralAcceptanceRate = rate(c.referralsAccepted, c.referrals - c.referralsPendingRecent);
  const multiSectorCaseRate = rate(c.multiSectorCases, c.casesReported);
  const parts = [g.sectorCoverage, v.fulfilmentRate, a.onTimeCompletionRate, referralAcceptanceRate, multiSectorCaseRate].filter((x) => typeof x === 'number');
  const count = (value) => ({ value, suppressed: false });
  return JSON.stringify({
    data: {
      provinceMetrics: {
        from: b.from, to: b.to, asOf: b.asOf,
        activeAgreements: g.activeAgreements, expiringAgreements: g.expiringAgreements, coveredSectors: g.coveredSectors,
        sectorCoverage: g.sectorCoverage, crossSectorPartnerships: g.crossSectorPartnerships,
        meetingsHeld: v.meetingsHeld, commitments: v.commitments, commitmentsFulfilled: v.commitmentsFulfilled,
        commitmentsOverdue: v.commitmentsOverdue, fulfilmentRate: v.fulfilmentRate,
        actionsOpen: a.actionsOpen, actionsOverdue: a.actionsOverdue, actionsDoneInPeriod: a.actionsDoneInPeriod,
        onTimeCompletionRate: a.onTimeCompletionRate,
        casesReported: count(c.casesReported),
        casesByIssueArea: m.ISSUE_AREAS.map((issueArea, i) => ({ issueArea, count: count(c.byIssueArea[i]) })),
        casesByOutcome: m.OUTCOMES.map((outcome, i) => ({ outcome, count: count(c.byOutcome[i]) })),
        medianDaysToFirstService: c.casesWithService === 0 ? null : c.medianDaysToFirstService,
        referralAcceptanceRate,
        multiSectorCaseRate,
        coordinationIndex: parts.length ? round1((100 * parts.reduce((s, x) => s + x, 0)) / parts.length) : null,
        agencyActionStats: agencyActions.map((r) => ({
          agency: { id: String(r.id), name: r.name, acronym: r.acronym, sector: r.sector },
          open: r.open, overdue: r.overdue, doneInPeriod: r.doneInPeriod, onTimeRate: r.onTimeRate,
        })),
      },
    },
  });
}

async function handle(route, b) {
  switch (route) {
    case '/list':
      return (await pool.query({ name: 'list', text: LIST, values: [b.provinceCode, b.today] })).rows[0].body;
    case '/detail':
      return (await pool.query({ name: 'detail', text: DETAIL, values: [b.agreementId] })).rows[0].body;
    case '/write':
      return (await pool.query({ name: 'write', text: WRITE, values: [b.id, b.version, b.status, b.note, b.authorId] })).rows[0].body;
    case '/dashboard': {
      const q = dashboardQuery(b);
      return dashboardBody((await pool.query(q)).rows[0].body, b);
    }
    default:
      return null;
  }
}

const server = http.createServer((req, res) => {
  if (statsRoute(req, res, counter)) return;
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      res.writeHead(400).end();
      return;
    }
    handle(req.url, body).then(
      (out) => {
        if (out === null) res.writeHead(404).end();
        else res.writeHead(200, { 'content-type': 'application/json' }).end(out);
      },
      (err) => {
        console.error(err);
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"internal"}]}');
      },
    );
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(PORT), '127.0.0.1', () => console.log(`SQL handler ready on ${PORT}`));

const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
