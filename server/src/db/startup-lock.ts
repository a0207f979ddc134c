import pg from 'pg';

/** The advisory lock every hub process takes while it migrates and loads start-up data. */
const STARTUP_LOCK = 726_114_009;

/**
 * Serialises the start-up work of hub processes sharing one PostgreSQL database (migrations,
 * reference data, the configured administrator, demo data): several replicas started at once
 * take turns, and those after the first find nothing left to do. The lock lives on its own
 * connection, outside the pool, and ends with it. Returns the release function.
 */
export async function takeStartupLock(url: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url, application_name: 'hub-startup' });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
  } catch (err) {
    await client.end().catch(() => {});
    throw err;
  }
  return async () => {
    await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => {});
    await client.end().catch(() => {});
  };
}
