import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import type { ValidationError as ClassValidationError } from 'class-validator';
import { trimText } from './text';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';

/** A refusal that is part of the API: it reaches the client with `extensions.code`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'You must be signed in to do this.') =>
  new AppError('UNAUTHENTICATED', message);

export const forbidden = (message = 'You are not allowed to do this.') => new AppError('FORBIDDEN', message);

export const notFound = (entity: string, id: string | number) =>
  new AppError('NOT_FOUND', `${entity} ${id} was not found.`, { entity, id: String(id) });

export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, extensions);

/** Bad input: `fields` names every offending input field, `fieldErrors` says what is wrong with each. */
export function badInput(fieldErrors: Record<string, string>): AppError {
  const fields = Object.keys(fieldErrors);
  const message = fields.map((f) => `${f}: ${fieldErrors[f]}`).join('; ');
  return new AppError('BAD_USER_INPUT', `Invalid input. ${message}`, { fields, fieldErrors });
}

/** Collects every problem of one input so the caller hears about all of them at once. */
export class InputErrors {
  private readonly errors: Record<string, string> = {};

  add(field: string, message: string): this {
    if (!(field in this.errors)) this.errors[field] = message;
    return this;
  }

  check(ok: boolean, field: string, message: string): this {
    if (!ok) this.add(field, message);
    return this;
  }

  has(field?: string): boolean {
    return field ? field in this.errors : Object.keys(this.errors).length > 0;
  }

  throwIfAny(): void {
    if (this.has()) throw badInput(this.errors);
  }
}

/** Trims a required text field (trimText); records an error when it is blank or too long. */
export function requiredText(errors: InputErrors, field: string, value: string, max = 300): string {
  const v = trimText(value);
  errors.check(v.length > 0, field, 'must not be empty');
  errors.check(v.length <= max, field, `must be at most ${max} characters`);
  return v;
}

/** Trims an optional text field (trimText): blank becomes null. */
export function optionalText(errors: InputErrors, field: string, value: string | null | undefined, max = 2000) {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const v = trimText(value);
  errors.check(v.length <= max, field, `must be at most ${max} characters`);
  return v === '' ? null : v;
}

function flattenValidation(errors: ClassValidationError[], out: Record<string, string>) {
  for (const e of errors) {
    if (e.constraints) out[e.property] = Object.values(e.constraints)[0];
    if (e.children?.length) flattenValidation(e.children, out);
  }
}

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNKNOWN_DOCUMENT',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_OPERATIONS',
]);

/** Codes of the hub's own validation rules (http/limits.ts). */
const OWN_VALIDATION_CODES = new Set(['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'TOO_MANY_OPERATIONS']);

/**
 * The one mapping from anything thrown to what a client sees. Known refusals keep their
 * code and message; anything else is logged and becomes a bare INTERNAL_SERVER_ERROR,
 * so no stack trace, SQL or internal message ever leaves the server.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (err: unknown) => void = console.error): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: { ...original.extensions, code: original.code } };
  }
  if (original instanceof ArgumentValidationError) {
    const fieldErrors: Record<string, string> = {};
    flattenValidation(original.extensions.validationErrors as unknown as ClassValidationError[], fieldErrors);
    const e = badInput(fieldErrors);
    return { ...base, message: e.message, extensions: { ...e.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof AuthenticationError) {
    return { ...base, message: 'You must be signed in to do this.', extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (original instanceof AuthorizationError) {
    return { ...base, message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } };
  }
  let code = formatted.extensions?.code;
  // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; the hub's own rules
  // (the query limits) keep the code they report.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && original instanceof GraphQLError && original.originalError instanceof GraphQLError) {
    const own = original.originalError.extensions?.code;
    if (typeof own === 'string' && OWN_VALIDATION_CODES.has(own)) code = own;
  }
  if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...base, message: formatted.message, extensions: { ...extensions, code } };
  }
  log(original);
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
