/**
 * Writes the SDL the code emits to schema/schema.graphql (`npm run schema -w server`).
 * The file is committed: the client is generated from it and a test fails when it drifts.
 */
import fs from 'node:fs';
import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { getSchema, SCHEMA_FILE } from './schema';

export function printHubSchema(schema: GraphQLSchema): string {
  return `# Emitted by the server (npm run schema -w server); do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (require.main === module) {
  getSchema()
    .then((schema) => {
      fs.writeFileSync(SCHEMA_FILE, printHubSchema(schema));
      console.log(`Wrote ${SCHEMA_FILE}`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
