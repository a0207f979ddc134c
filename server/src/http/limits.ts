import {
  GraphQLError,
  Kind,
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLFormattedError,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  getNamedType,
  isListType,
  getNullableType,
  visit,
  BREAK,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from '../common/context';
import { checkArguments } from './arguments';

export const MAX_DEPTH = 10;
export const MAX_ALIASES = 15;
/** Budget of estimated work per request; the dashboard's heaviest query costs well under a tenth of it. */
export const MAX_COMPLEXITY = 50_000;
export const MAX_BODY = '100kb';

function isIntrospectionField(name: string) {
  return name === '__schema' || name === '__type';
}

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (isIntrospectionField(sel.name.value)) continue;
      max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, fragments, visited) : 1);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, visited));
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const name = sel.name.value;
      if (visited.has(name) || !fragments[name]) continue; // cycles are reported by graphql's own rules
      visited.add(name);
      max = Math.max(max, depthOf(fragments[name].selectionSet, fragments, visited));
      visited.delete(name);
    }
  }
  return max;
}

/** Refuses documents nested deeper than MAX_DEPTH fields (introspection excepted). */
export function depthLimitRule(context: ValidationContext): ASTVisitor {
  const doc = context.getDocument();
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return {
    OperationDefinition(node: OperationDefinitionNode) {
      const depth = depthOf(node.selectionSet, fragments, new Set());
      if (depth > MAX_DEPTH) {
        context.reportError(
          new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${MAX_DEPTH}.`, {
            nodes: [node],
            extensions: { code: 'QUERY_TOO_DEEP' },
          }),
        );
      }
    },
  };
}

/** Refuses documents with more than MAX_ALIASES aliased fields (alias floods). */
export function aliasLimitRule(context: ValidationContext): ASTVisitor {
  let aliases = 0;
  let reported = false;
  return {
    Field(node) {
      if (!node.alias) return;
      aliases += 1;
      if (aliases > MAX_ALIASES && !reported) {
        reported = true;
        context.reportError(
          new GraphQLError(`Query uses more than ${MAX_ALIASES} aliases.`, { nodes: [node], extensions: { code: 'TOO_MANY_ALIASES' } }),
        );
      }
    },
  };
}

/** One operation per request: a document may not carry several. */
export function singleOperationRule(context: ValidationContext): ASTVisitor {
  return {
    Document(node: DocumentNode) {
      const ops = node.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      if (ops.length > 1) {
        context.reportError(
          new GraphQLError('Send one operation per request.', { nodes: ops, extensions: { code: 'TOO_MANY_OPERATIONS' } }),
        );
      }
    },
  };
}

export const validationRules = [depthLimitRule, aliasLimitRule, singleOperationRule];

/**
 * Cost of a field: its own weight (1, or the `complexity` its resolver declares, for fields whose
 * work does not grow with what they return, like the metrics), plus its children times how many
 * items it may return: `first` (default 50) for paginated lists, 10 for other lists (an
 * agreement's parties, a network's members, a meeting's follow-ups), 1 for single objects.
 * Declared weights are numbers, never functions of other arguments: costs are cached per value
 * of the `first` variables only (see costVariables).
 */
const listAwareEstimator: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  const declared = field.extensions?.complexity;
  const type = getNullableType(field.type);
  const connection = getNamedType(type).name.endsWith('Connection');
  let multiplier = 1;
  if (connection) multiplier = typeof args.first === 'number' ? args.first : 50;
  // A connection's nodes are already counted by its `first`.
  else if (isListType(type) && !(parent.name.endsWith('Connection') && field.name === 'nodes')) multiplier = 10;
  return (typeof declared === 'number' ? declared : 1) + childComplexity * multiplier;
};

/** Estimated cost of an operation, for the budget and for tests. */
export function complexityOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [listAwareEstimator] });
}

/**
 * The variables an operation's cost can depend on: those in a `first` argument (the only
 * argument the estimator reads) and in @skip/@include conditions.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable(v) {
        names.add(v.name.value);
      },
    });
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first') collect(node.value);
    },
    Directive(node) {
      collect(node);
    },
  });
  return [...names].sort();
}

const MAX_CACHED_COSTS = 64;
const costCache = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();

/**
 * complexityOf, remembered per parsed document (Apollo keeps one parsed document per query
 * text) and per value of the variables the cost depends on. Only costs within the budget are
 * remembered, so a refusal is always computed afresh, exactly as before.
 */
function cachedComplexity(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) {
  let entry = costCache.get(document);
  if (!entry) {
    entry = { variables: costVariables(document), costs: new Map() };
    costCache.set(document, entry);
  }
  const key = JSON.stringify([operationName ?? null, ...entry.variables.map((n) => (n in variables ? variables[n] : { absent: true }))]);
  const known = entry.costs.get(key);
  if (known !== undefined) return known;
  const cost = complexityOf(schema, document, operationName, variables);
  if (cost <= MAX_COMPLEXITY) {
    if (entry.costs.size >= MAX_CACHED_COSTS) entry.costs.clear();
    entry.costs.set(key, cost);
  }
  return cost;
}

/**
 * Enforces the complexity budget and, in production, hides the schema from anonymous
 * callers. Both run after the operation is resolved and before anything executes.
 */
export function limitsPlugin(schema: GraphQLSchema, production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          if (production && !contextValue.viewer && usesIntrospection(document)) {
            throw new GraphQLError('Sign in to read the schema.', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
          // Arguments first: a page size out of range is bad input, whatever it would cost.
          checkArguments(document, request.operationName ?? undefined, request.variables ?? {});
          let cost: number;
          try {
            cost = cachedComplexity(schema, document, request.operationName ?? undefined, request.variables ?? {});
          } catch {
            // Variables that do not fit the operation: execution refuses them (BAD_USER_INPUT)
            // before running anything, so there is no cost to limit here.
            return;
          }
          if (cost > MAX_COMPLEXITY) {
            throw new GraphQLError(
              `Query is too complex: estimated cost ${cost}, the limit is ${MAX_COMPLEXITY}. Ask for fewer items per page or fewer nested lists.`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', cost, limit: MAX_COMPLEXITY, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (isIntrospectionField(node.name.value)) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Generic wording of graphql's validation messages, which name the schema's fields and types. */
const GENERIC_VALIDATION: [RegExp, string][] = [
  [/^Cannot query field/, 'Cannot query this field.'],
  [/^Unknown argument/, 'Unknown argument.'],
  [/^Unknown type/, 'Unknown type.'],
  [/argument .* is required, but it was not provided/, 'A required argument is missing.'],
  [/must have a selection of subfields/, 'This field needs a selection of subfields.'],
  [/must not have a selection/, 'This field has no subfields.'],
];

/**
 * In production, what an anonymous caller hears about a query that does not fit the schema:
 * that it does not, without the names of the fields, types and arguments involved (introspection
 * is refused to them too). Variables that do not fit their type are named by the caller's own
 * variable name only.
 */
export function withoutSchemaDetails(error: GraphQLFormattedError): GraphQLFormattedError {
  const code = error.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED') {
    const generic = GENERIC_VALIDATION.find(([pattern]) => pattern.test(error.message));
    return { ...error, message: generic ? generic[1] : 'The query does not fit the schema.' };
  }
  const variable = /^Variable "(\$\w+)" (?:got invalid value|of required type|of non-null type)/.exec(error.message);
  if (code === 'BAD_USER_INPUT' && variable) return { ...error, message: `Variable "${variable[1]}" has an invalid value.` };
  return error;
}
