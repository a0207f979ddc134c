import type { MigrationObject } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities';
import { migrationsList } from './migrations';

export interface OrmOptions {
  url: string;
  poolSize: number;
  /**
   * Keep the pool's connections open for the life of the process (the embedded database: its
   * one connection stays the hub's, so the socket refuses any other client while the hub runs).
   */
  holdConnections?: boolean;
  debug?: boolean;
  /** Where MikroORM's own messages (e.g. migrations applied) go. */
  log?: (message: string) => void;
  /** The migrations it knows (all committed ones unless given: the upgrade test starts from older ones). */
  migrations?: MigrationObject[];
}

/** One MikroORM instance (and so one connection pool) per hub process. */
export async function createOrm({ url, poolSize, holdConnections = false, debug = false, log = () => {}, migrations = migrationsList }: OrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    ...connectionOptions(url),
    entities,
    extensions: [Migrator],
    pool: holdConnections
      ? { min: poolSize, max: poolSize, idleTimeoutMillis: 2_147_483_647 }
      : { min: 0, max: poolSize, idleTimeoutMillis: 30_000 },
    driverOptions: { connection: { application_name: 'hub' } },
    debug,
    logger: log,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ensureDatabase: false,
    discovery: { disableDynamicFileAccess: true },
    migrations: {
      migrationsList: migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  });
}

/**
 * MikroORM's options for a connection URL. A URL naming a Unix socket directory (`host=/dir`
 * in its query, as libpq and `pg` read it; the embedded database's) becomes explicit options,
 * because MikroORM reads only the URL's host part and would otherwise go to TCP on the default
 * host; any other URL is passed on as it is.
 */
export function connectionOptions(url: string): {
  clientUrl?: string;
  host?: string;
  port?: number;
  user?: string;
  password?: string;
  dbName?: string;
} {
  const socketDir = /[?&]host=([^&]*)/.exec(url);
  if (!socketDir || !decodeURIComponent(socketDir[1]).startsWith('/')) return { clientUrl: url };
  // `postgresql://user@/db?...` has no host, which WHATWG URLs refuse: give it a placeholder.
  const u = new URL(url.replace(/^(postgres(?:ql)?:\/\/[^/]*@)\//, '$1placeholder/').replace(/^(postgres(?:ql)?:\/\/)\//, '$1placeholder/'));
  const port = /[?&]port=(\d+)/.exec(url)?.[1] ?? (u.port || '5432');
  return {
    host: decodeURIComponent(socketDir[1]),
    port: Number(port),
    user: decodeURIComponent(u.username) || 'postgres',
    password: decodeURIComponent(u.password) || undefined,
    dbName: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres',
  };
}

/** Runs every committed migration not yet applied; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
