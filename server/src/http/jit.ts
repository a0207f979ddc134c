import type { ApolloServerOptions } from '@apollo/server';
import { defaultFieldResolver, execute, getOperationAST, isObjectType, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from '../common/context';

type Gateway = NonNullable<ApolloServerOptions<Context>['gateway']>;
type GatewayRequest = Parameters<NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>>[0];

/** Compiled operations kept per parsed document (Apollo keeps one per query text, trusted ones for good). */
const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

function compiledFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  let byName = compiled.get(document);
  if (!byName) {
    byName = new Map();
    compiled.set(document, byName);
  }
  const key = operationName ?? '';
  let query = byName.get(key);
  if (query === undefined) {
    const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    query = isCompiledQuery(result) ? result : null;
    byName.set(key, query);
  }
  return query;
}

/**
 * Runs an operation compiled to JavaScript by graphql-jit (once per document), which answers
 * trivial fields by property reads and serialises leaves without graphql-js's per-field
 * machinery. Variables are coerced by graphql-js first, so a variable that does not fit its type
 * gets graphql-js's error, exactly as before; the resolvers, their authorization and errors are
 * the same functions. `use(document)` decides which documents run compiled; the others, and any
 * document graphql-jit cannot compile, run on graphql-js.
 */
export function jitExecutor(schema: GraphQLSchema, use: (request: GatewayRequest) => boolean) {
  awaitLazyCounts(schema);
  return async (request: GatewayRequest): Promise<ExecutionResult> => {
    const { document } = request;
    const operationName = request.request.operationName ?? undefined;
    const variableValues = request.request.variables ?? {};
    const query = use(request) ? compiledFor(schema, document, operationName) : null;
    if (query) {
      const operation = getOperationAST(document, operationName);
      if (operation) {
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues, { maxErrors: 50 });
        if (coerced.errors) return { errors: coerced.errors };
        return query.query(undefined, request.context, variableValues) as Promise<ExecutionResult> | ExecutionResult;
      }
    }
    return execute({ schema, document, contextValue: request.context, variableValues, operationName });
  };
}

/**
 * graphql-jit reads a field without a resolver inline and does not wait for a promise there;
 * the lists' `totalCount` (and the notifications' `unreadCount`) are lazy getters returning one
 * (common/pagination.ts), so those fields get graphql's default resolver, which it waits for.
 */
function awaitLazyCounts(schema: GraphQLSchema) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve && (field.name === 'totalCount' || field.name === 'unreadCount')) field.resolve = defaultFieldResolver;
    }
  }
}

/** A "gateway" in Apollo's sense: this process's schema, executed by `executor`. */
export function localGateway(schema: GraphQLSchema, executor: ReturnType<typeof jitExecutor>): Gateway {
  let listener: Parameters<Gateway['onSchemaLoadOrUpdate']>[0] | null = null;
  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => {
        listener = null;
      };
    },
    async load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { schema, executor: executor as never };
    },
    async stop() {},
  };
}
