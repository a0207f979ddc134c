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

/** What checkArguments needs of one operation of a document, found once per document (see planOf). */
interface ArgumentPlan {
  /** In document order: string literals that are unacceptable, and the page sizes (`first`). */
  steps: ({ kind: 'text'; field: string; text: string } | { kind: 'first'; variable: string | null; literal: number | undefined })[];
  /** Where each variable is used: the argument or input field it stands for (first use). */
  usedAs: Map<string, string>;
  /** Unacceptable strings in the variables' default values, with the field they count for. */
  defaultTexts: [field: string, text: string][];
}

/** Plans per parsed document and operation name; documents are immutable and kept by Apollo's store. */
const plans = new WeakMap<DocumentNode, Map<string, ArgumentPlan>>();

/**
 * Checks every argument of a request before anything runs or is estimated, once for the whole
 * API rather than per field:
 *  - no text anywhere (arguments written in the query or sent as variables, at any depth) holds
 *    a NUL or an unpaired surrogate, which PostgreSQL refuses or silently replaces;
 *  - every page size (`first`) is one a list accepts (common/page-size.ts), so a huge `first` is bad input, not
 *    an expensive query.
 * Refusals are BAD_USER_INPUT naming the offending input fields (`fields`, `fieldErrors`).
 * What depends on the document alone is found once per parsed document; only the variables are
 * walked on every request.
 */
export function checkArguments(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): void {
  let byOperation = plans.get(document);
  if (!byOperation) {
    byOperation = new Map();
    plans.set(document, byOperation);
  }
  const key = operationName ?? '';
  let plan = byOperation.get(key);
  if (!plan) {
    const found = planOf(document, operationName);
    if (!found) return; // graphql refuses it with its own error
    // Only the document's own operation names are kept, so the map stays as small as the document.
    byOperation.set(key, found);
    plan = found;
  }

  const fieldErrors: Record<string, FieldError> = {};
  const add = (field: string, problem: FieldError) => {
    if (!(field in fieldErrors)) fieldErrors[field] = problem;
  };
  for (const step of plan.steps) {
    if (step.kind === 'text') {
      add(step.field, unacceptableText(step.text)!);
      continue;
    }
    const value = step.variable === null ? step.literal : step.variable in variables ? variables[step.variable] : step.literal;
    // Values of another type are refused by graphql's own coercion.
    const problem = typeof value === 'number' && Number.isInteger(value) ? pageSizeProblem(value) : null;
    if (problem) add('first', problem);
  }
  for (const [variable, name] of plan.usedAs) {
    const value = variable in variables ? variables[variable] : undefined;
    walkStrings(value, name, (field, text) => {
      const problem = unacceptableText(text);
      if (problem) add(field, problem);
    });
  }
  for (const [field, text] of plan.defaultTexts) add(field, unacceptableText(text)!);

  const fields = Object.keys(fieldErrors);
  if (fields.length) {
    throw new GraphQLError(badInputMessage(fieldErrors), {
      extensions: { code: 'BAD_USER_INPUT', fields, fieldErrors, http: { status: 400 } },
    });
  }
}

/** What checkArguments looks at in the operation's text, in the order it reports it; null without such an operation. */
function planOf(document: DocumentNode, operationName: string | undefined): ArgumentPlan | null {
  const operation = pickOperation(document, operationName);
  if (!operation) return null;
  const plan: ArgumentPlan = { steps: [], usedAs: new Map(), defaultTexts: [] };
  const defaults = new Map<string, ValueNode>();
  for (const def of operation.variableDefinitions ?? []) if (def.defaultValue) defaults.set(def.variable.name.value, def.defaultValue);

  const definitions = document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  for (const definition of definitions) {
    visit(definition, {
      VariableDefinition: () => false, // default values are checked where the variable is used
      StringValue(node, _key, parent, _path, ancestors) {
        if (unacceptableText(node.value)) plan.steps.push({ kind: 'text', field: inputNameOf([...ancestors, parent]) ?? 'input', text: node.value });
      },
      Variable(node, _key, parent, _path, ancestors) {
        const name = inputNameOf([...ancestors, parent]);
        if (name && !plan.usedAs.has(node.name.value)) plan.usedAs.set(node.name.value, name);
      },
      Argument(node) {
        if (node.name.value !== 'first') return;
        if (node.value.kind === Kind.VARIABLE) {
          const variable = node.value.name.value;
          plan.steps.push({ kind: 'first', variable, literal: intLiteral(defaults.get(variable)) });
        } else {
          plan.steps.push({ kind: 'first', variable: null, literal: intLiteral(node.value) });
        }
      },
    });
  }
  for (const [variable, value] of defaults) {
    walkLiteralStrings(value, plan.usedAs.get(variable) ?? variable, (field, text) => plan.defaultTexts.push([field, text]));
  }
  return plan;
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

/** Calls `found(field, text)` for every unacceptable string in a literal value, naming it by the innermost object field. */
function walkLiteralStrings(node: ValueNode, field: string, found: (field: string, text: string) => void): void {
  if (node.kind === Kind.STRING) {
    if (unacceptableText(node.value)) found(field, node.value);
  } else if (node.kind === Kind.LIST) for (const v of node.values) walkLiteralStrings(v, field, found);
  else if (node.kind === Kind.OBJECT) for (const f of node.fields) walkLiteralStrings(f.value, f.name.value, found);
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
  const marked = query.replace(LONE_SURROGATE, '\u0000');
  // The escape pattern (look-behinds over backslashes) is the dearer one, and needs a `\u`.
  return marked.includes('\\u') ? marked.replace(LONE_SURROGATE_ESCAPE, '\\u0000') : marked;
}
