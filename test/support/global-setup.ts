import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/src/db/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let embedded: EmbeddedDatabase | null = null;

/**
 * One database for the whole run: the PostgreSQL server of DATABASE_URL when set (CI),
 * otherwise an in-memory embedded PGlite served on a loopback port. Test files start
 * their own hub against it, one file at a time.
 */
export async function setup(project: TestProject) {
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDatabase(null);
    url = embedded.url;
  }
  project.provide('databaseUrl', url);
}

export async function teardown() {
  if (embedded) await embedded.stop();
}
