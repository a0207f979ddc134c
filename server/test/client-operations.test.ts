import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  visit,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkArguments } from '../src/http/arguments';
import { MAX_COMPLEXITY, complexityOf, validationRules } from '../src/http/limits';
import { MAX_PAGE_SIZE } from '../src/common/page-size';
import { getSchema } from '../src/schema';

const CLIENT_SRC = path.resolve(__dirname, '../../client/src');

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return graphqlFiles(p);
    return e.name.endsWith('.graphql') ? [p] : [];
  });
}

/** Every operation the dashboard sends, each with the fragments it uses. */
function clientOperations(): { name: string; document: DocumentNode }[] {
  const docs = graphqlFiles(CLIENT_SRC).map((f) => parse(fs.readFileSync(f, 'utf8')));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of docs) for (const def of d.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const operations = docs.flatMap((d) => d.definitions.filter((def): def is OperationDefinitionNode => def.kind === Kind.OPERATION_DEFINITION));
  return operations.map((op) => {
    const used = new Map<string, FragmentDefinitionNode>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const f = fragments.get(spread.name.value);
          if (f && !used.has(f.name.value)) {
            used.set(f.name.value, f);
            collect(f);
          }
        },
      });
    collect(op);
    return { name: op.name?.value ?? '(anonymous)', document: { kind: Kind.DOCUMENT, definitions: [op, ...used.values()] } };
  });
}

/** A value of the type for every variable, the page sizes at their largest (the costliest the dashboard can ask). */
function worstCaseVariables(schema: GraphQLSchema, op: OperationDefinitionNode): Record<string, unknown> {
  const pageSizeVariables = new Set<string>();
  visit(op, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) pageSizeVariables.add(node.value.name.value);
    },
  });
  const sample = (type: GraphQLInputType, pageSize: boolean): unknown => {
    if (isNonNullType(type)) return sample(type.ofType, pageSize);
    if (isListType(type)) return [sample(type.ofType, pageSize)];
    const named = getNamedType(type);
    if (isEnumType(named)) return named.getValues()[0].value;
    if (isInputObjectType(named)) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(named.getFields())) if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = sample(f.type, false);
      return out;
    }
    const scalars: Record<string, unknown> = { Int: pageSize ? MAX_PAGE_SIZE : 1, Float: 1, String: '52', ID: '1', Boolean: true, Date: '2026-01-01', DateTime: '2026-01-01T00:00:00Z' };
    return scalars[named.name];
  };
  const values: Record<string, unknown> = {};
  for (const def of op.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    values[name] = sample(typeFromAST(schema, def.type as never) as GraphQLInputType, pageSizeVariables.has(name));
  }
  return values;
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

describe('the dashboard', () => {
  const operations = clientOperations();

  it('has operations to check', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations.map((o) => [o.name, o] as const))('sends %s within every query limit', (_name, { document }) => {
    expect(validate(schema, document, [...specifiedRules, ...validationRules]).map((e) => e.message)).toEqual([]);
    const op = document.definitions[0] as OperationDefinitionNode;
    const variables = worstCaseVariables(schema, op);
    expect(() => checkArguments(document, op.name?.value, variables)).not.toThrow();
    const cost = complexityOf(schema, document, op.name?.value, variables);
    expect(cost).toBeLessThanOrEqual(MAX_COMPLEXITY);
  });
});
