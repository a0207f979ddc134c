import http from 'node:http';
import type { AddressInfo } from 'node:net';
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { redactUrl, type Config } from './config';
import type { Logger } from './common/logger';
import type { Services } from './common/context';
import { Sql } from './common/sql';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded';
import { migrationsList } from './db/migrations';
import { createOrm, migrate } from './db/orm';
import { loadReferenceData } from './db/reference-data';
import { takeStartupLock } from './db/startup-lock';
import { existingDemoAccounts, loadDemoData, type DemoAccount } from './demo/demo-data';
import { createApp, type AppState } from './http/app';
import { fileRoutes } from './http/files';
import { createGraphqlHandler } from './http/graphql';
import { AUDIT_LOG } from './modules/audit/audit.sql';
import { AuthService } from './modules/auth/auth.service';
import { hashPassword } from './modules/auth/password';
import { loadSigningSecret, TokenSigner } from './modules/auth/tokens';
import { ReferenceData, setReferenceData } from './modules/province/reference.service';
import { startControlSocket, startDailyBackups, type Snapshotter } from './ops/backup';
import { bearerMatches, HubMetrics, poolStateOf } from './ops/metrics';
import { Readiness } from './ops/readiness';
import { getSchema } from './schema';
import { todayIn } from './common/dates';
import { FollowUpJobs, JOBS_SCHEMA } from './modules/notification/followup.jobs';
import { registerFollowUpMetrics } from './modules/notification/followup.metrics';
import { runDemoFollowUp } from './modules/notification/notification.service';

export interface Hub {
  /** Base URL, e.g. http://localhost:4000 */
  url: string;
  port: number;
  orm: MikroORM;
  /** Sign-in and sessions of this process (tests read its password-check counter). */
  auth: AuthService;
  config: Config;
  demoAccounts: DemoAccount[];
  /** Prometheus registry and recorders; other parts of the hub register their metrics here. */
  metrics: HubMetrics;
  /** What /readyz checks; other parts of the hub add their checks here. */
  readiness: Readiness;
  /** The port serving only /metrics (METRICS_PORT), or null. */
  metricsPort: number | null;
  /** Embedded database only: a consistent snapshot (gzipped tarball of the data directory). */
  snapshot: Snapshotter | null;
  /**
   * Orderly shutdown: readiness false, no new connections, requests in flight finished (up to
   * SHUTDOWN_TIMEOUT_SECONDS), then the database closed.
   */
  stop(): Promise<void>;
  /** The follow-up scheduler and e-mail sender (null when config.jobs is false). */
  jobs: FollowUpJobs | null;
}

/**
 * Starts one hub process: HTTP first (so /healthz answers 503 while starting), then the
 * database (embedded unless DATABASE_URL), migrations, reference data, accounts and demo
 * data, and finally the GraphQL API.
 */
export async function startHub(config: Config, log: Logger): Promise<Hub> {
  let orm: MikroORM | null = null;
  const readiness = new Readiness();
  const metrics = new HubMetrics(() => (orm ? poolStateOf(orm) : null));
  const state: AppState = { ready: false, stopping: false, graphql: null, files: null, readiness: null, metrics, inFlight: 0 };
  const app = createApp(config, state, log);
  const server = http.createServer(app);
  server.keepAliveTimeout = 65_000;
  await listen(server, config.port, config.host);
  const port = (server.address() as AddressInfo).port;
  const metricsServer = config.metricsPort === null ? null : http.createServer(metricsApp(config, metrics));
  if (metricsServer) await listen(metricsServer, config.metricsPort!, config.host);

  let embedded: EmbeddedDatabase | null = null;
  let apolloStop: (() => Promise<void>) | null = null;
  const stopBackground: (() => Promise<void>)[] = [];
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      // Readiness first, so a load balancer stops sending before anything closes.
      readiness.markStopping();
      state.stopping = true;
      if (config.shutdownDelaySeconds) await new Promise((r) => setTimeout(r, config.shutdownDelaySeconds * 1000));
      state.ready = false;
      await closeGracefully(server, state, config.shutdownTimeoutSeconds * 1000);
      if (metricsServer) await closeGracefully(metricsServer, { inFlight: 0 }, 0);
      for (const s of stopBackground) await s().catch((err) => log.error('Error while stopping a background task', err));
      if (apolloStop) await apolloStop();
      if (orm) await orm.close(true);
      if (embedded) await embedded.stop();
    })();
    return stopping;
  };

  try {
    const schemaPromise = getSchema();
    let url = config.databaseUrl;
    if (!url) {
      log.info(`Starting the embedded database in ${config.dataDir}`);
      embedded = await startEmbeddedDatabase(config.dataDir);
      url = embedded.url;
    } else {
      log.info(`Using PostgreSQL at ${redactUrl(url)}`);
    }
    orm = await createOrm({ url, poolSize: embedded ? 1 : config.dbPoolSize, holdConnections: !!embedded });
    const sql = new Sql(orm.em.fork());
    state.checkDatabase = () => sql.run('select 1');
    await checkServerVersion(sql);
    const preparedStatements = await keepsPreparedStatements(sql);
    // Replicas on one PostgreSQL database do their start-up work one after the other (PGlite,
    // embedded or the tests', is one session: one hub only, and no second connection).
    const unlock = preparedStatements ? await takeStartupLock(url) : null;
    let demoAccounts: DemoAccount[] = [];
    try {
      const applied = await migrate(orm);
      if (applied.length) log.info(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
      const added = await loadReferenceData(sql);
      if (added.provinces || added.regencies) {
        log.info(`Loaded reference data: ${added.provinces} provinces, ${added.regencies} regencies/cities`);
      }
      setReferenceData(await ReferenceData.load(sql));
      readiness.add('database', async () => {
        await sql.one('select 1 as ok');
        return null;
      });
      readiness.add('migrations', async () => {
        const rows = await sql.all<{ name: string }>('select name from mikro_orm_migrations');
        const applied = new Set(rows.map((r) => r.name.replace(/\.[jt]s$/, '')));
        const pending = migrationsList.filter((m) => !applied.has(m.name)).length;
        return pending ? `${pending} pending` : null;
      });
      await ensureAdmin(sql, config, log);

      const wantDemo =
        config.demoData ?? ((await sql.one<{ n: number }>('select count(*)::int as n from agency')).n === 0 && !config.production);
      if (wantDemo) {
        demoAccounts = await loadDemoData(orm, log, { timeZone: config.timeZone });
        // Every demo account starts with a believable inbox, and the outbox shows the digests it would send.
        const demoSweep = await runDemoFollowUp(orm.em.fork(), config, todayIn(config.timeZone));
        log.info(`Demo follow-up: ${demoSweep.notificationsCreated} notification(s), ${demoSweep.emailsQueued} e-mail(s) in the outbox`);
      }
      if (!demoAccounts.length && !config.production) demoAccounts = await existingDemoAccounts(orm);
    } finally {
      await unlock?.();
    }

    const auth = new AuthService(new TokenSigner(await loadSigningSecret(sql, config.sessionSecret)), {
      ttlHours: config.sessionTtlHours,
      cookieSecure: config.cookieSecure,
    });
    const services: Services = { auth, audit: AUDIT_LOG };
    const { apollo, handler } = await createGraphqlHandler({
      schema: await schemaPromise,
      orm,
      config,
      services,
      log,
      preparedStatements,
    });
    apolloStop = () => apollo.stop();

    let snapshot: Snapshotter | null = null;
    if (embedded) {
      const db = embedded;
      // A checkpoint first, so the snapshot needs no recovery work when restored.
      snapshot = async () => {
        await sql.run('checkpoint');
        return db.dump();
      };
      stopBackground.push(await startControlSocket(config.dataDir, snapshot, log));
      if (config.dailyBackup) stopBackground.push(startDailyBackups(config.dataDir, snapshot, log));
    }

    // The follow-up scheduler and e-mail sender; stopping lets a running sweep or e-mail finish before the database closes.
    let jobs: FollowUpJobs | null = null;
    if (config.jobs) {
      const started = new FollowUpJobs(orm, config, log);
      stopBackground.push(() => started.stop());
      // Replicas starting together create pg-boss's schema and queues one after the other: done at
      // the same time, pg-boss's own statements deadlock or fail with "already exists".
      const unlockJobs = preparedStatements ? await takeStartupLock(url) : null;
      try {
        await started.start();
      } finally {
        await unlockJobs?.();
      }
      jobs = started;
      readiness.add('jobs', async () => (started.running ? null : 'stopped'));
    }
    registerFollowUpMetrics(metrics.registry, sql, log, jobs ? JOBS_SCHEMA : null);

    state.graphql = handler;
    state.files = fileRoutes({ orm, sql: new Sql(orm.em.fork(), { prepared: preparedStatements }), config, services, log });
    state.readiness = readiness;
    state.ready = true;
    return {
      url: `http://localhost:${port}`,
      port,
      orm,
      auth,
      config,
      demoAccounts,
      metrics,
      readiness,
      metricsPort: metricsServer ? (metricsServer.address() as AddressInfo).port : null,
      snapshot,
      stop,
      jobs,
    };
  } catch (err) {
    await stop().catch(() => {});
    throw err;
  }
}

function listen(server: http.Server, port: number, host: string) {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

/**
 * Stops accepting connections, lets the requests in flight finish (up to `timeoutMs`), closes
 * idle keep-alive connections as they become idle, then whatever is left.
 */
async function closeGracefully(server: http.Server, state: { inFlight: number }, timeoutMs: number) {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const deadline = Date.now() + timeoutMs;
  server.closeIdleConnections();
  while (state.inFlight > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    server.closeIdleConnections();
  }
  server.closeAllConnections();
  await closed;
}

/** The METRICS_PORT server: /metrics only (and the METRICS_TOKEN bearer when that is set too). */
function metricsApp(config: Config, metrics: HubMetrics): http.RequestListener {
  return (req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    if (config.metricsToken && !bearerMatches(req.headers.authorization, config.metricsToken)) {
      res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' }).end('Unauthorized');
      return;
    }
    metrics.text().then(
      ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body),
      () => res.writeHead(500).end(),
    );
  };
}

async function checkServerVersion(sql: Sql) {
  const { v } = await sql.one<{ v: string }>('show server_version_num');
  if (Number(v) < 150000) {
    throw new Error(`The hub needs PostgreSQL 15 or newer; this server is version ${Math.floor(Number(v) / 10000)}.`);
  }
}

/**
 * Whether each connection is its own database session, keeping the statements it prepared.
 * PGlite (the embedded database, and the test suite's) serves every socket connection from one
 * session, where a name prepared by an earlier connection would still be taken.
 */
async function keepsPreparedStatements(sql: Sql): Promise<boolean> {
  const { v } = await sql.one<{ v: string }>('select version() as v');
  return !/pglite/i.test(v);
}

async function ensureAdmin(sql: Sql, config: Config, log: Logger) {
  if (!config.adminEmail || !config.adminPassword) return;
  const email = config.adminEmail.toLowerCase();
  const exists = await sql.maybeOne('select 1 from hub_user where email = $1', [email]);
  if (exists) return;
  await sql.run(
    `insert into hub_user (email, display_name, password_hash, role, active, created_at)
     values ($1, 'Administrator', $2, 'ADMIN', true, now()) on conflict do nothing`,
    [email, await hashPassword(config.adminPassword)],
  );
  log.info(`Created the administrator account ${email}`);
}
