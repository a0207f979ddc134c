import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import { RequestContext, type Context, type Services } from '../common/context';
import { todayIn } from '../common/dates';
import { formatError } from '../common/errors';
import type { Logger } from '../common/logger';
import { Sql, statementCounter } from '../common/sql';
import { factsOf } from './app';
import { limitsPlugin, validationRules, withoutSchemaDetails } from './limits';
import { TrustedDocuments, trustedDocumentsPlugin } from './trusted-documents';

/** Apollo Server with the hub's error mapping, limits and per-request context. */
export async function createGraphqlHandler(deps: {
  schema: GraphQLSchema;
  orm: MikroORM;
  config: Config;
  services: Services;
  log: Logger;
  /** Whether the database keeps prepared statements per connection (a PostgreSQL server, not the embedded one). */
  preparedStatements: boolean;
}) {
  const { schema, orm, config, services, log } = deps;
  const { auth } = services;
  // The dashboard's operations, parsed and validated once here (README, "Trusted documents").
  const trusted = TrustedDocuments.load(schema, { production: config.production, log });
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true, // anonymous introspection is refused in production by limitsPlugin
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM and stops Apollo as part of the hub's orderly shutdown.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    validationRules,
    // A hash alone (the APQ protocol) names a trusted document; nothing else is ever registered.
    persistedQueries: { cache: trusted.apqCache() },
    documentStore: trusted.documentStore(),
    formatError: (formatted, error) => formatError(formatted, error, (err) => log.error('Unexpected error in a request', err)),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // The cache-control plugin hooks every field of every response to collect @cacheControl
      // hints, and the schema has none: every answer was `no-store`, which is now set below.
      ApolloServerPluginCacheControlDisabled(),
      // Before the limits: a dashboard session's unknown document is refused as such.
      trustedDocumentsPlugin(trusted, config.production),
      limitsPlugin(schema, config.production),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, operationName, contextValue }) {
              response.http.headers.set('cache-control', 'no-store');
              // The operation and outcome code for the request log and metrics.
              if (contextValue.res) {
                const facts = factsOf(contextValue.res);
                facts.operation = operationName ?? null;
                const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
                facts.outcome = errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK';
              }
              if (config.production && !contextValue.viewer && response.body.kind === 'single' && response.body.singleResult.errors) {
                response.body.singleResult.errors = response.body.singleResult.errors.map(withoutSchemaDetails);
              }
              const store = statementCounter.getStore();
              if (config.sqlStats && store && response.body.kind === 'single') {
                response.body.singleResult.extensions = {
                  ...response.body.singleResult.extensions,
                  sqlStatements: store.count,
                };
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  // A request's plain SQL runs on the pool, outside any transaction (a mutation's statements go
  // through its own Tx): one fork, never in a transaction, serves every request's Sql, and a
  // request gets its own EntityManager fork only when it opens a transaction.
  const sql = new Sql(orm.em.fork(), { prepared: deps.preparedStatements });
  const handler = expressMiddleware(apollo, {
    context: async ({ req, res }): Promise<Context> => {
      // The session check (one statement on every signed-in request) is not counted in
      // `sqlStatements`, which measures what the operation itself needs.
      const viewer = await statementCounter.exit(() => auth.viewerFor(sql, auth.tokenOf(req)));
      if (viewer) {
        const facts = factsOf(res);
        facts.userId = viewer.id;
        facts.role = viewer.role;
      }
      return new RequestContext(orm, sql, viewer, config, todayIn(config.timeZone), services, req, res);
    },
  });
  return { apollo, handler };
}
