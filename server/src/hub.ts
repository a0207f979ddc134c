import http from 'node:http';
import type { AddressInfo } from 'node:net';
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { redactUrl, type Config } from './config';
import type { Logger } from './common/logger';
import { Sql } from './common/sql';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded';
import { createOrm, migrate } from './db/orm';
import { loadReferenceData } from './db/reference-data';
import { existingDemoAccounts, loadDemoData, type DemoAccount } from './demo/demo-data';
import { createApp, type AppState } from './http/app';
import { createGraphqlHandler } from './http/graphql';
import { AuthService } from './modules/auth/auth.service';
import { hashPassword } from './modules/auth/password';
import { loadSigningSecret, TokenSigner } from './modules/auth/tokens';
import { ReferenceData, setReferenceData } from './modules/province/reference.service';
import { getSchema } from './schema';

export interface Hub {
  /** Base URL, e.g. http://localhost:4000 */
  url: string;
  port: number;
  orm: MikroORM;
  demoAccounts: DemoAccount[];
  stop(): Promise<void>;
}

/**
 * Starts one hub process: HTTP first (so /healthz answers 503 while starting), then the
 * database (embedded unless DATABASE_URL), migrations, reference data, accounts and demo
 * data, and finally the GraphQL API.
 */
export async function startHub(config: Config, log: Logger): Promise<Hub> {
  const state: AppState = { ready: false, graphql: null };
  const app = createApp(config, state);
  const server = http.createServer(app);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  let embedded: EmbeddedDatabase | null = null;
  let orm: MikroORM | null = null;
  let apolloStop: (() => Promise<void>) | null = null;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    state.ready = false;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2000).unref();
    });
    if (apolloStop) await apolloStop();
    if (orm) await orm.close(true);
    if (embedded) await embedded.stop();
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
    orm = await createOrm({ url, poolSize: embedded ? 1 : config.dbPoolSize });
    const sql = new Sql(orm.em.fork());
    await checkServerVersion(sql);
    const applied = await migrate(orm);
    if (applied.length) log.info(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
    const added = await loadReferenceData(sql);
    if (added.provinces || added.regencies) {
      log.info(`Loaded reference data: ${added.provinces} provinces, ${added.regencies} regencies/cities`);
    }
    setReferenceData(await ReferenceData.load(sql));
    await ensureAdmin(sql, config, log);

    let demoAccounts: DemoAccount[] = [];
    const wantDemo =
      config.demoData ?? ((await sql.one<{ n: number }>('select count(*)::int as n from agency')).n === 0 && !config.production);
    if (wantDemo) demoAccounts = await loadDemoData(orm, log, { timeZone: config.timeZone });
    if (!demoAccounts.length && !config.production) demoAccounts = await existingDemoAccounts(orm);

    const auth = new AuthService(new TokenSigner(await loadSigningSecret(sql, config.sessionSecret)), {
      ttlHours: config.sessionTtlHours,
      cookieSecure: config.cookieSecure,
    });
    const { apollo, handler } = await createGraphqlHandler({
      schema: await schemaPromise,
      orm,
      config,
      auth,
      log,
      preparedStatements: await keepsPreparedStatements(sql),
    });
    apolloStop = () => apollo.stop();
    state.graphql = handler;
    state.ready = true;
    return { url: `http://localhost:${port}`, port, orm, demoAccounts, stop };
  } catch (err) {
    await stop().catch(() => {});
    throw err;
  }
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
     values ($1, 'Administrator', $2, 'ADMIN', true, now())`,
    [email, await hashPassword(config.adminPassword)],
  );
  log.info(`Created the administrator account ${email}`);
}
