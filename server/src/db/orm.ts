import type { MigrationObject } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities';
import { migrationsList } from './migrations';

export interface OrmOptions {
  url: string;
  poolSize: number;
  debug?: boolean;
  /** Where MikroORM's own messages (e.g. migrations applied) go. */
  log?: (message: string) => void;
  /** The migrations it knows (all committed ones unless given: the upgrade test starts from older ones). */
  migrations?: MigrationObject[];
}

/** One MikroORM instance (and so one connection pool) per hub process. */
export async function createOrm({ url, poolSize, debug = false, log = () => {}, migrations = migrationsList }: OrmOptions): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: url,
    entities,
    extensions: [Migrator],
    pool: { min: 0, max: poolSize, idleTimeoutMillis: 30_000 },
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

/** Runs every committed migration not yet applied; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
