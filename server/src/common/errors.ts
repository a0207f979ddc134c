import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import type { FieldError, FieldErrorCode, FieldErrorDetails } from './field-error';
import { MAX_LENGTH } from './limits';
import { isEmailAddress, trimText } from './text';

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

/** A field error from its code, English message and details (common/field-error.ts). */
export const fieldError = (code: FieldErrorCode, message: string, details: FieldErrorDetails = {}): FieldError => ({ code, message, ...details });

/**
 * Bad input: `fields` names every offending input field, `fieldErrors` says what is wrong with
 * each, as a code per rule (clients translate it) and an English message.
 */
export function badInput(fieldErrors: Record<string, FieldError>): AppError {
  const fields = Object.keys(fieldErrors);
  return new AppError('BAD_USER_INPUT', badInputMessage(fieldErrors), { fields, fieldErrors });
}

/** The message of a BAD_USER_INPUT refusal: every field with what is wrong with it. */
export function badInputMessage(fieldErrors: Record<string, FieldError>): string {
  return `Invalid input. ${Object.entries(fieldErrors)
    .map(([f, e]) => `${f}: ${e.message}`)
    .join('; ')}`;
}

/** Collects every problem of one input so the caller hears about all of them at once (the first per field counts). */
export class InputErrors {
  private readonly errors: Record<string, FieldError>;

  /** `found`: errors already found (by the validation layer, common/validation.ts inputErrors). */
  constructor(found: Record<string, FieldError> = {}) {
    this.errors = { ...found };
  }

  add(field: string, code: FieldErrorCode, message: string, details: FieldErrorDetails = {}): this {
    if (!(field in this.errors)) this.errors[field] = fieldError(code, message, details);
    return this;
  }

  check(ok: boolean, field: string, code: FieldErrorCode, message: string, details: FieldErrorDetails = {}): this {
    if (!ok) this.add(field, code, message, details);
    return this;
  }

  /** Records the error a shape rule found (shapeRules), if any. */
  rule(field: string, error: FieldError | null): this {
    if (error && !(field in this.errors)) this.errors[field] = error;
    return this;
  }

  has(field?: string): boolean {
    return field ? field in this.errors : Object.keys(this.errors).length > 0;
  }

  throwIfAny(): void {
    if (this.has()) throw badInput(this.errors);
  }
}

/**
 * The shape rules of input fields, each written once: the field error a value breaks the rule
 * with, or null. The services' checks (below, and InputErrors.rule) and the validation layer's
 * decorators (common/validation.ts) both use them.
 */
export const shapeRules = {
  /** REQUIRED: blank text (white space and zero-width characters only). */
  notBlank: (text: string) => (trimText(text) === '' ? fieldError('REQUIRED', 'must not be empty') : null),
  /** TOO_LONG: more than `max` characters. */
  maxLength: (text: string, max: number) => (text.length > max ? fieldError('TOO_LONG', `must be at most ${max} characters`, { max }) : null),
  /** TOO_SHORT: fewer than `min` characters. */
  minLength: (text: string, min: number) => (text.length < min ? fieldError('TOO_SHORT', `must be at least ${min} characters`, { min }) : null),
  /** INVALID: not an e-mail address (common/text.ts isEmailAddress). */
  email: (text: string) => (isEmailAddress(text) ? null : fieldError('INVALID', 'must be an email address')),
  /** TOO_FEW: a list of fewer than `min` entries, named `what` in the message ("agency"). */
  minEntries: (list: readonly unknown[], min: number, what: string) =>
    list.length < min ? fieldError('TOO_FEW', `must name at least ${min === 1 ? 'one' : min} ${what}`, { min }) : null,
};

/** Records TOO_LONG when a text is longer than `max` characters. */
export function checkLength(errors: InputErrors, field: string, value: string, max: number): void {
  errors.rule(field, shapeRules.maxLength(value, max));
}

/** Trims a required text field (trimText); records an error when it is blank or too long. */
export function requiredText(errors: InputErrors, field: string, value: string, max: number = MAX_LENGTH.title): string {
  const v = trimText(value);
  errors.rule(field, shapeRules.notBlank(v));
  checkLength(errors, field, v, max);
  return v;
}

/** Trims an optional text field (trimText): blank becomes null. */
export function optionalText(errors: InputErrors, field: string, value: string | null | undefined, max: number) {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const v = trimText(value);
  checkLength(errors, field, v, max);
  return v === '' ? null : v;
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
