/**
 * PostGraphile v4 over the hub's database, the reference GraphQL layer of `npm run bench`
 * (PostGraphile 5 needs Node 22; v4 is the newest that runs on Node 20). It compiles each
 * GraphQL query into one SQL statement.
 *
 * Config, kept small: the `public` schema as it is (no smart comments, no extra SQL objects in
 * the database), the simplify inflector for readable names, and one condition the default
 * schema cannot express: `overdueAsOf: Date` on action items (open statuses, due before that
 * day), the same definition as the hub's `overdue` filter. No authentication: every request
 * runs as the pool's user (the hub's requests are signed in and scope-checked).
 *
 * Environment: DATABASE_URL, PORT, POOL_SIZE (default 10, the hub's default DB_POOL_SIZE).
 */
import http from 'node:http';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { countStatements, statsRoute } from './count-statements.mjs';

// npm installs two copies of graphql 15 under PostGraphile (its own, and graphile-build-pg's),
// and graphql refuses types from "another module": every `graphql` require in this process is
// resolved to PostGraphile's copy.
const require = createRequire(import.meta.url);
const postgraphileDir = path.dirname(require.resolve('postgraphile/package.json'));
const graphqlDir = path.dirname(createRequire(path.join(postgraphileDir, 'package.json')).resolve('graphql/package.json'));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveOneGraphql(request, ...rest) {
  if (request === 'graphql' || request.startsWith('graphql/')) request = path.join(graphqlDir, request.slice('graphql'.length));
  return resolveFilename.call(this, request, ...rest);
};
const { postgraphile } = require('postgraphile');
const PgSimplifyInflectorPlugin = require('@graphile-contrib/pg-simplify-inflector');

const { DATABASE_URL, PORT = '4611', POOL_SIZE = '10' } = process.env;
const OPEN_STATUSES = ['OPEN', 'IN_PROGRESS', 'BLOCKED'];

/** `condition: { overdueAsOf: "YYYY-MM-DD" }` on action item collections. */
function OverdueConditionPlugin(builder) {
  const isActionItem = (table) => table && table.kind === 'class' && table.namespaceName === 'public' && table.name === 'action_item';
  builder.hook('GraphQLInputObjectType:fields', (fields, build, context) => {
    const { isPgCondition, pgIntrospection: table } = context.scope;
    if (!isPgCondition || !isActionItem(table)) return fields;
    return build.extend(fields, {
      overdueAsOf: {
        description: 'Only items OPEN, IN_PROGRESS or BLOCKED that fall due before this day.',
        type: build.getTypeByName('Date'),
      },
    });
  });
  builder.hook('GraphQLObjectType:fields:field:args', (args, build, context) => {
    const { isPgFieldConnection, isPgFieldSimpleCollection, pgFieldIntrospection: table } = context.scope;
    if (!(isPgFieldConnection || isPgFieldSimpleCollection) || !isActionItem(table) || !args.condition) return args;
    const sql = build.pgSql;
    context.addArgDataGenerator(({ condition }) => ({
      pgQuery: (queryBuilder) => {
        const asOf = condition?.overdueAsOf;
        if (asOf == null) return;
        const alias = queryBuilder.getTableAlias();
        queryBuilder.where(
          sql.fragment`(${alias}.status = any(${sql.value(OPEN_STATUSES)}::text[]) and ${alias}.due_on < ${sql.value(asOf)}::date)`,
        );
      },
    }));
    return args;
  });
}

const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(POOL_SIZE) });
const counter = countStatements(pool);

const middleware = postgraphile(pool, 'public', {
  appendPlugins: [PgSimplifyInflectorPlugin, OverdueConditionPlugin],
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  legacyRelations: 'omit',
  disableQueryLog: true,
  graphiql: false,
  enhanceGraphiql: false,
  watchPg: false,
  retryOnInitFail: false,
  enableQueryBatching: false,
  showErrorStack: false,
  extendedErrors: [],
  bodySizeLimit: '100kB',
});

const server = http.createServer((req, res) => {
  if (statsRoute(req, res, counter)) return;
  middleware(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(PORT), '127.0.0.1', () => console.log(`PostGraphile ready on ${PORT}`));

const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
