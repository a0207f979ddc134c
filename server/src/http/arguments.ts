import {
  GraphQLError,
  Kind,
  visit,
  type ASTNode,
  type DocumentNode,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { badInputMessage } from '../common/errors';
import type { FieldError } from '../common/field-error';
import { pageSizeProblem } from '../common/page-size';
import { unacceptableText } from '../common/text';

/**
 * Checks every argument of a request before anything runs or is estimated, once for the whole
 * API rather than per field:
 *  - no text anywhere (arguments written in the query or sent as variables, at any depth) holds
 *    a NUL or an unpaired surrogate, which PostgreSQL refuses or silently replaces;
 *  - every page size (`first`) is one a list accepts (common/page-size.ts), so a huge `first` is bad input, not
 *    an expensive query.
 * Refusals are BAD_USER_INPUT naming the offending input fields (`fields`, `fieldErrors`).
 */
export function checkArguments(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): void {
  const operation = pickOperation(document, operationName);
  if (!operation) return; // graphql refuses it with its own error
  const fieldErrors: Record<string, FieldError> = {};
  const add = (field: string, problem: FieldError) => {
    if (!(field in fieldErrors)) fieldErrors[field] = problem;
  };

  // Where each variable is used: the argument or input field it stands for.
  const usedAs = new Map<string, string>();
  const defaults = new Map<string, ValueNode>();
  for (const def of operation.variableDefinitions ?? []) if (def.defaultValue) defaults.set(def.variable.name.value, def.defaultValue);

  const definitions = document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  for (const definition of definitions) {
    visit(definition, {
      VariableDefinition: () => false, // default values are checked where the variable is used
      StringValue(node, _key, parent, _path, ancestors) {
        const problem = unacceptableText(node.value);
        if (problem) add(inputNameOf([...ancestors, parent]) ?? 'input', problem);
      },
      Variable(node, _key, parent, _path, ancestors) {
        const name = inputNameOf([...ancestors, parent]);
        if (name && !usedAs.has(node.name.value)) usedAs.set(node.name.value, name);
      },
      Argument(node) {
        if (node.name.value !== 'first') return;
        const value =
          node.value.kind === Kind.VARIABLE
            ? node.value.name.value in variables
              ? variables[node.value.name.value]
              : intLiteral(defaults.get(node.value.name.value))
            : intLiteral(node.value);
        // Values of another type are refused by graphql's own coercion.
        const problem = typeof value === 'number' && Number.isInteger(value) ? pageSizeProblem(value) : null;
        if (problem) add('first', problem);
      },
    });
  }

  for (const [variable, name] of usedAs) {
    const value = variable in variables ? variables[variable] : undefined;
    walkStrings(value, name, (field, text) => {
      const problem = unacceptableText(text);
      if (problem) add(field, problem);
    });
  }
  for (const [variable, value] of defaults) walkLiteralStrings(value, usedAs.get(variable) ?? variable, add);

  const fields = Object.keys(fieldErrors);
  if (fields.length) {
    throw new GraphQLError(badInputMessage(fieldErrors), {
      extensions: { code: 'BAD_USER_INPUT', fields, fieldErrors, http: { status: 400 } },
    });
  }
}

function pickOperation(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
}

/** The nearest argument or input-object field a value belongs to. */
function inputNameOf(ancestors: readonly (ASTNode | readonly ASTNode[] | undefined)[]): string | null {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const a = ancestors[i];
    if (a && !Array.isArray(a) && ((a as ASTNode).kind === Kind.OBJECT_FIELD || (a as ASTNode).kind === Kind.ARGUMENT)) {
      return (a as { name: { value: string } }).name.value;
    }
  }
  return null;
}

function intLiteral(node: ValueNode | undefined): number | undefined {
  return node?.kind === Kind.INT ? Number(node.value) : undefined;
}

/** Calls `visit(field, text)` for every string in a variable's JSON value, naming it by the innermost object key. */
function walkStrings(value: unknown, field: string, visitText: (field: string, text: string) => void): void {
  if (typeof value === 'string') visitText(field, value);
  else if (Array.isArray(value)) for (const v of value) walkStrings(v, field, visitText);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (unacceptableText(key)) visitText(field, key);
      walkStrings(v, key, visitText);
    }
  }
}

function walkLiteralStrings(node: ValueNode, field: string, add: (field: string, problem: FieldError) => void): void {
  if (node.kind === Kind.STRING) {
    const problem = unacceptableText(node.value);
    if (problem) add(field, problem);
  } else if (node.kind === Kind.LIST) for (const v of node.values) walkLiteralStrings(v, field, add);
  else if (node.kind === Kind.OBJECT) for (const f of node.fields) walkLiteralStrings(f.value, f.name.value, add);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** `\uXXXX` escapes of a lone surrogate, after an even number of backslashes (an odd one escapes the backslash itself). */
const EVEN_BACKSLASHES = String.raw`(?<=(?:^|[^\\])(?:\\\\)*)`;
const HIGH = String.raw`\\u[dD][89abAB][0-9a-fA-F]{2}`;
const LOW = String.raw`\\u[dD][c-fC-F][0-9a-fA-F]{2}`;
const LONE_SURROGATE_ESCAPE = new RegExp(`${EVEN_BACKSLASHES}(?:${HIGH}(?!${LOW})|(?<!${HIGH})${LOW})`, 'g');

/**
 * GraphQL's parser refuses a lone surrogate inside a string literal as a syntax error, so the
 * caller would not learn which field is wrong. Such surrogates (raw, or written as `\uD800`)
 * become NUL before parsing: still refused, by checkArguments, as bad input on their field.
 */
export function markLoneSurrogates(query: string): string {
  return query.replace(LONE_SURROGATE, '\u0000').replace(LONE_SURROGATE_ESCAPE, '\\u0000');
}
