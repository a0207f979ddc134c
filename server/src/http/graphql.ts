import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import { Loaders, type Context } from '../common/context';
import { todayIn } from '../common/dates';
import { formatError } from '../common/errors';
import type { Logger } from '../common/logger';
import { Sql, statementCounter } from '../common/sql';
import type { AuthService } from '../modules/auth/auth.service';
import { limitsPlugin, validationRules } from './limits';

/** Apollo Server with the hub's error mapping, limits and per-request context. */
export async function createGraphqlHandler(deps: {
  schema: GraphQLSchema;
  orm: MikroORM;
  config: Config;
  auth: AuthService;
  log: Logger;
}) {
  const { schema, orm, config, auth, log } = deps;
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
    formatError: (formatted, error) => formatError(formatted, error, (err) => log.error('Unexpected error in a request:', err)),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin(schema, config.production),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
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
  const handler = expressMiddleware(apollo, {
    context: async ({ req, res }): Promise<Context> => {
      const em = orm.em.fork();
      const sql = new Sql(em);
      const viewer = await auth.viewerFor(sql, auth.tokenOf(req));
      const ctx = { em, sql, viewer, config, today: todayIn(config.timeZone), req, res, auth } as Context;
      ctx.loaders = new Loaders(ctx);
      return ctx;
    },
  });
  return { apollo, handler };
}
